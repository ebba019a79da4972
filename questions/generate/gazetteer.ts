/**
 * @module
 * A small gazetteer: countries with their demonyms and capitals, large cities, US states and regions. It types
 * the places an article names and supplies distractors of the same sub-type when the article has too few.
 */

export type PlaceType = 'country' | 'city' | 'state' | 'region' | 'planet' | 'place';

/** Country|demonym|capital, one a line, grouped by region so that wrong options can be neighbours. */
const COUNTRIES = `
# americas
United States|American|Washington
Canada|Canadian|Ottawa
Mexico|Mexican|Mexico City
Guatemala|Guatemalan|Guatemala City
Honduras|Honduran|Tegucigalpa
El Salvador|Salvadoran|San Salvador
Nicaragua|Nicaraguan|Managua
Costa Rica|Costa Rican|San José
Panama|Panamanian|Panama City
Cuba|Cuban|Havana
Haiti|Haitian|Port-au-Prince
Jamaica|Jamaican|Kingston
Colombia|Colombian|Bogotá
Venezuela|Venezuelan|Caracas
Ecuador|Ecuadorian|Quito
Peru|Peruvian|Lima
Bolivia|Bolivian|La Paz
Brazil|Brazilian|Brasília
Paraguay|Paraguayan|Asunción
Uruguay|Uruguayan|Montevideo
Argentina|Argentine|Buenos Aires
Chile|Chilean|Santiago
# europe
England|English|London
Scotland|Scottish|Edinburgh
Wales|Welsh|Cardiff
United Kingdom|British|London
Ireland|Irish|Dublin
Iceland|Icelandic|Reykjavík
Norway|Norwegian|Oslo
Sweden|Swedish|Stockholm
Finland|Finnish|Helsinki
Denmark|Danish|Copenhagen
Netherlands|Dutch|Amsterdam
Belgium|Belgian|Brussels
France|French|Paris
Germany|German|Berlin
Switzerland|Swiss|Bern
Austria|Austrian|Vienna
Italy|Italian|Rome
Spain|Spanish|Madrid
Portugal|Portuguese|Lisbon
Greece|Greek|Athens
Cyprus|Cypriot|Nicosia
Poland|Polish|Warsaw
Czech Republic|Czech|Prague
Slovakia|Slovak|Bratislava
Hungary|Hungarian|Budapest
Slovenia|Slovenian|Ljubljana
Croatia|Croatian|Zagreb
Bosnia|Bosnian|Sarajevo
Serbia|Serbian|Belgrade
Albania|Albanian|Tirana
Romania|Romanian|Bucharest
Bulgaria|Bulgarian|Sofia
Estonia|Estonian|Tallinn
Latvia|Latvian|Riga
Lithuania|Lithuanian|Vilnius
Belarus|Belarusian|Minsk
Ukraine|Ukrainian|Kyiv
Russia|Russian|Moscow
# middle-east
Turkey|Turkish|Ankara
Georgia|Georgian|Tbilisi
Armenia|Armenian|Yerevan
Azerbaijan|Azerbaijani|Baku
Syria|Syrian|Damascus
Lebanon|Lebanese|Beirut
Israel|Israeli|Jerusalem
Jordan|Jordanian|Amman
Iraq|Iraqi|Baghdad
Iran|Iranian|Tehran
Saudi Arabia|Saudi|Riyadh
Kuwait|Kuwaiti|Kuwait City
Qatar|Qatari|Doha
United Arab Emirates|Emirati|Abu Dhabi
Yemen|Yemeni|Sanaa
Egypt|Egyptian|Cairo
# africa
Morocco|Moroccan|Rabat
Algeria|Algerian|Algiers
Tunisia|Tunisian|Tunis
Libya|Libyan|Tripoli
Sudan|Sudanese|Khartoum
Ethiopia|Ethiopian|Addis Ababa
Somalia|Somali|Mogadishu
Kenya|Kenyan|Nairobi
Uganda|Ugandan|Kampala
Rwanda|Rwandan|Kigali
Tanzania|Tanzanian|Dodoma
Mozambique|Mozambican|Maputo
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
South Africa|South African|Pretoria
Nigeria|Nigerian|Abuja
Ghana|Ghanaian|Accra
Senegal|Senegalese|Dakar
Cameroon|Cameroonian|Yaoundé
# asia
Afghanistan|Afghan|Kabul
Pakistan|Pakistani|Islamabad
India|Indian|New Delhi
Nepal|Nepalese|Kathmandu
Bangladesh|Bangladeshi|Dhaka
Sri Lanka|Sri Lankan|Colombo
Myanmar|Burmese|Naypyidaw
Thailand|Thai|Bangkok
Cambodia|Cambodian|Phnom Penh
Vietnam|Vietnamese|Hanoi
Malaysia|Malaysian|Kuala Lumpur
Singapore|Singaporean|Singapore
Indonesia|Indonesian|Jakarta
Philippines|Filipino|Manila
China|Chinese|Beijing
Taiwan|Taiwanese|Taipei
North Korea|North Korean|Pyongyang
South Korea|South Korean|Seoul
Japan|Japanese|Tokyo
Kazakhstan|Kazakh|Astana
Uzbekistan|Uzbek|Tashkent
# oceania
Australia|Australian|Canberra
New Zealand|New Zealander|Wellington
`;

/**
 * Large cities, grouped by country (a `# Country` line); an American or Canadian city has its state or
 * province after a slash. Wrong options for a city come from its own country, and its own state when the
 * stem names it ("Born in _____, Louisiana").
 */
const CITIES = `
# United States
New York/New York|Los Angeles/California|Chicago/Illinois|Houston/Texas|Phoenix/Arizona|Philadelphia/Pennsylvania|
San Antonio/Texas|San Diego/California|Dallas/Texas|San Jose/California|Austin/Texas|Boston/Massachusetts|
Seattle/Washington|Denver/Colorado|Miami/Florida|Atlanta/Georgia|Detroit/Michigan|Charleston/South Carolina|
Nashville/Tennessee|Portland/Oregon|Las Vegas/Nevada|San Francisco/California|New Orleans/Louisiana|
Baltimore/Maryland|Baton Rouge/Louisiana|Shreveport/Louisiana|Lafayette/Louisiana|Columbus/Ohio|Cleveland/Ohio|
Cincinnati/Ohio|Sacramento/California|Orlando/Florida|Tampa/Florida|Pittsburgh/Pennsylvania|
Minneapolis/Minnesota|St Louis/Missouri|Kansas City/Missouri|Milwaukee/Wisconsin|Indianapolis/Indiana|
Memphis/Tennessee|Louisville/Kentucky|Salt Lake City/Utah|Albuquerque/New Mexico|Tucson/Arizona|
Raleigh/North Carolina|Richmond/Virginia|Buffalo/New York|Omaha/Nebraska|
Oklahoma City/Oklahoma|Boise/Idaho|Anchorage/Alaska|Honolulu/Hawaii|Des Moines/Iowa
# Canada
Toronto/Ontario|Montreal/Quebec|Vancouver/British Columbia|Calgary/Alberta|Edmonton/Alberta|Winnipeg/Manitoba|
Halifax/Nova Scotia|Quebec City/Quebec
# Brazil
São Paulo|Rio de Janeiro|Belém|Manaus|Recife
# Mexico
Guadalajara|Monterrey|Puebla
# Colombia
Medellín|Cali|Cartagena
# Peru
Cusco|Arequipa
# Argentina
Córdoba|Rosario
# Spain
Barcelona|Valencia|Seville|Bilbao|Málaga
# Portugal
Porto|Braga|Coimbra
# Italy
Milan|Naples|Turin|Venice
# Germany
Munich|Hamburg|Frankfurt|Cologne|Stuttgart
# France
Lyon|Marseille|Toulouse|Bordeaux
# Switzerland
Geneva|Zurich|Basel
# Belgium
Antwerp|Ghent|Liège
# Netherlands
Rotterdam|Utrecht|The Hague
# Poland
Kraków|Gdańsk|Wrocław
# Russia
St Petersburg|Novosibirsk
# Iceland
Grindavík|Keflavík|Akureyri
# England
Manchester|Birmingham|Liverpool|Leeds|Bristol|Sheffield|Newcastle|Southampton|Oxford|Cambridge|Derby|Nottingham|
York|Bath|Brighton|Leicester|Coventry|Norwich|Exeter|Plymouth|Hull|Bradford
# Scotland
Glasgow|Dundee|Aberdeen|Inverness|Stirling
# Wales
Swansea|Newport|Wrexham
# Northern Ireland
Belfast|Derry|Lisburn
# Turkey
Istanbul|Izmir
# United Arab Emirates
Dubai
# India
Mumbai|Kolkata|Chennai|Bangalore
# Pakistan
Karachi|Lahore
# Bangladesh
Sylhet|Chittagong|Khulna
# China
Shanghai|Hong Kong|Shenzhen|Guangzhou
# Japan
Osaka|Kyoto|Yokohama
# Australia
Sydney|Melbourne|Brisbane
# New Zealand
Auckland|Christchurch
# Nigeria
Lagos|Kano|Ibadan
# South Africa
Johannesburg|Cape Town|Durban
# Morocco
Casablanca|Marrakesh|Fez
`;

/** States, provinces and counties, grouped by country. */
const STATES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|
Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming
# india
Assam|Kerala|Punjab|Bihar|Gujarat|Maharashtra|Odisha|West Bengal
# brazil
Pará|Amazonas|Mato Grosso|Rondônia|Acre|Roraima|Maranhão|Tocantins
# britain
Derbyshire|Yorkshire|Kent|Essex|Cornwall|Devon|Lancashire
# europe
Bavaria|Catalonia|Andalusia|Tuscany
# canada
Quebec|Ontario
`;

const REGIONS = `
Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Middle East|South Asia|
Southeast Asia|East Asia|Central Asia|Scandinavia|Balkans|Caribbean|Amazon|Sahara|Arctic|Pacific|Atlantic|
Mediterranean|Indo-Pacific|Patagonia|Siberia|Himalayas|Alps|Andes|Pyrenees|Rockies
`;

const PLANETS = `
Earth|Mars|Venus|Jupiter|Saturn|Neptune|Uranus|Mercury|Pluto
`;

const ALIASES: [string, string][] = [
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['USA', 'United States'],
  ['America', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['Holland', 'Netherlands'],
];

export interface Place {
  name: string;
  type: PlaceType;
  /** The group of neighbouring places it was listed in. */
  group: string;
  /** A city's country ("Scotland" for Glasgow, "England" for London). */
  country?: string;
  /** An American or Canadian city's state or province. */
  state?: string;
}

/** Names of one list, each with the group (a `# name` line) it was listed under. */
function entries(list: string, defaultGroup: string): [string, string][] {
  const out: [string, string][] = [];
  let group = defaultGroup;
  for (const line of list.trim().split('\n')) {
    if (line.startsWith('#')) {
      group = line.slice(1).trim();
      continue;
    }
    for (const name of line.split('|').map((x) => x.trim()).filter((x) => x !== '')) out.push([name, group]);
  }
  return out;
}

interface Gazetteer {
  byName: Map<string, Place>;
  demonyms: Map<string, string>;
  byType: Map<PlaceType, Place[]>;
}

let cache: Gazetteer | undefined;

/** Built on first use, so that importing the generator costs no start-up time. */
function gazetteer(): Gazetteer {
  if (cache !== undefined) return cache;
  const byName = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const byType = new Map<PlaceType, Place[]>();
  const add = (name: string, type: PlaceType, group: string, country?: string, state?: string) => {
    const key = name.toLowerCase();
    const place: Place = { name, type, group, ...(country === undefined ? {} : { country }), ...(state === undefined ? {} : { state }) };
    if (!byName.has(key)) byName.set(key, place);
    if (!byType.has(type)) byType.set(type, []);
    if (!byType.get(type)!.some((p) => p.name === name)) byType.get(type)!.push(place);
  };
  for (const [line, group] of entries(COUNTRIES.replace(/\|/g, '~'), 'world')) {
    const [country, demonym, capital] = line.split('~') as [string, string, string];
    add(country, 'country', group);
    demonyms.set(demonym.toLowerCase(), country);
    if (capital !== country) add(capital, 'city', `capitals-${group}`, country);
  }
  for (const [entry, country] of entries(CITIES, 'United States')) {
    const [city, state] = entry.split('/') as [string, string | undefined];
    add(city.trim(), 'city', country, country, state?.trim());
  }
  for (const [state, group] of entries(STATES, 'us')) add(state, 'state', group);
  for (const [region, group] of entries(REGIONS, 'regions')) add(region, 'region', group);
  for (const [planet] of entries(PLANETS, 'planets')) add(planet, 'planet', 'planets');
  for (const [alias, name] of ALIASES) byName.set(alias.toLowerCase(), byName.get(name.toLowerCase())!);
  cache = { byName, demonyms, byType };
  return cache;
}

/** The place a name refers to, if the gazetteer knows it. */
export function lookupPlace(name: string): Place | undefined {
  return gazetteer().byName.get(name.toLowerCase());
}

/** "Peruvian" → "Peru". */
export function countryOfDemonym(word: string): string | undefined {
  return gazetteer().demonyms.get(word.toLowerCase());
}

/** Places of one sub-type, neighbours of `near` first (its list group, then the rest), in a fixed order. */
export function placesOfType(type: PlaceType, near?: string): readonly string[] {
  const all = gazetteer().byType.get(type) ?? [];
  const anchor = near === undefined ? undefined : lookupPlace(near);
  if (anchor === undefined) return all.map((p) => p.name);
  const at = Math.max(0, all.findIndex((p) => p.name === anchor.name));
  const byDistance = all.map((p, i) => ({ p, d: Math.abs(i - at) })).sort((a, b) => a.d - b.d);
  const sameGroup = byDistance.filter((x) => x.p.group === anchor.group || x.p.group === `capitals-${anchor.group}`);
  return [...sameGroup, ...byDistance.filter((x) => !sameGroup.includes(x))].map((x) => x.p.name);
}

/**
 * Places of one sub-type from the same region as `near` (a country's world region, a city's country), in a
 * fixed order; cities only from `state` when it is given.
 */
export function neighbouringPlaces(type: PlaceType, near: string, state?: string): readonly string[] {
  const anchor = lookupPlace(near);
  if (anchor === undefined) return [];
  return placesOfType(type, near).filter((name) => sameRegion(name, near) && (state === undefined || lookupPlace(name)?.state === state));
}

/**
 * Whether two gazetteer places are neighbours: two cities of one country (a capital counts as a city of its
 * country), or two places listed in one group (countries of one world region, states of one country).
 */
export function sameRegion(a: string, b: string): boolean {
  const x = lookupPlace(a);
  const y = lookupPlace(b);
  if (x === undefined || y === undefined) return false;
  if (x.country !== undefined && y.country !== undefined) return sameCountry(x.country, y.country);
  return x.group.replace(/^capitals-/, '') === y.group.replace(/^capitals-/, '');
}

/** London is the capital of both England and the United Kingdom. */
function sameCountry(a: string, b: string): boolean {
  const uk = (c: string) => (c === 'United Kingdom' ? 'England' : c);
  return uk(a) === uk(b);
}

/** Places of one sub-type that lie in a state or country ("Louisiana" → Baton Rouge, Lafayette, …). */
export function placesWithin(type: PlaceType, container: string): readonly string[] {
  return (gazetteer().byType.get(type) ?? []).filter((p) => p.state === container || (p.country !== undefined && sameCountry(p.country, container))).map((p) => p.name);
}

/** The country or state a place lies in, as the gazetteer knows it: "Louisiana" for New Orleans. */
export function containerOf(name: string): string[] {
  const p = lookupPlace(name);
  if (p === undefined) return [];
  return [p.state, p.country, p.country === 'England' || p.country === 'Scotland' || p.country === 'Wales' || p.country === 'Northern Ireland' ? 'United Kingdom' : undefined].filter((x): x is string => x !== undefined);
}

/** Places written with "the": "the United Kingdom", "the Netherlands", "the Amazon", "the Alps". */
const WITH_THE = /^(?:United (?:States|Kingdom|Arab Emirates)|Czech Republic|Netherlands|Philippines|Middle East|Balkans|Caribbean|Amazon|Sahara|Arctic|Pacific|Atlantic|Mediterranean|Indo-Pacific|Himalayas|Alps|Andes|Pyrenees|Rockies)$/;

export function takesThe(name: string): boolean {
  return WITH_THE.test(name);
}
