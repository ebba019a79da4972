/**
 * @module
 * Small word lists the analysis relies on: titles that precede names, role nouns, the head words of
 * organisations and of place names, speech verbs and pronouns. Lower case throughout.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words of a title written before a name ("US Secretary of State Antony Blinken"). */
export const TITLE_WORDS = set(`
  president vice prime minister secretary state foreign interior defence defense finance health education justice
  environment disaster management home trade economy culture transport energy labor labour senate house majority
  minority leader senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor speaker
  chancellor ambassador commissioner director chief executive financial operating officer deputy general gen gen.
  captain capt capt. colonel col col. lieutenant lt lt. sergeant sgt sgt. admiral judge justice king queen prince
  princess pope sir dame lord lady dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. mx miss coach manager
  head chairman chairwoman chair spokesman spokeswoman spokesperson inspector detective superintendent chief
  bishop archbishop cardinal father rev rev. reverend sheikh emir crown attorney councillor councilman
  councilwoman alderman commander marshal premier president-elect member councilmember assemblymember prosecutor
  coroner sheriff constable magistrate
`);

/** Honorifics: a name follows them for certain. */
export const HONORIFICS = set(`dr dr. mr mr. mrs mrs. ms ms. mx sir dame lord lady prof prof. professor`);

/** Words inside a name that are no name on their own: "da" of "Lula da Silva", "al" of "Ibn al-Haytham". */
export const NAME_PARTICLES = set(`de da do dos das del della di du van von der den la le al el bin bint ibn abu mac st`);

/** Role nouns written in lower case before or after a name ("opposition leader", "county engineer"). */
export const ROLE_NOUNS = set(`
  leader spokesman spokeswoman spokesperson minister president senator governor mayor engineer analyst economist
  goalkeeper striker midfielder defender captain manager boss coach director executive officer chairman chairwoman
  founder volcanologist scientist researcher professor author patron teacher candidate farmer nurse doctor resident
  official officer chief head co-leader secretary ambassador commissioner judge lawyer attorney spokesperson
  representative mp mep economist historian astronomer physicist biologist chemist geologist meteorologist
  forecaster owner student pupil player runner athlete winner champion substitute referee umpire pilot driver
  rider singer actor actress writer novelist poet artist designer architect curator librarian police detective
  inspector sergeant officer worker employee chef baker banker investor trader broker ceo cfo coo chairperson
  minister-designate president-elect member compatriot teammate rival colleague pianist bassist guitarist
  drummer trumpeter saxophonist violinist cellist composer conductor soprano tenor baritone photographer painter
  sculptor dancer choreographer producer editor journalist reporter columnist critic accompanist librettist
  playwright filmmaker director nephew niece cousin firefighter accountant auditor trustee treasurer surgeon
  paramedic guard forward winger centre center flanker hooker fly-half scrum-half full-back fullback centre-back
  left-back right-back wing-back quarterback pitcher batter batsman bowler wicketkeeper skipper jockey sprinter
  replacement playmaker co-author co-founder lecturer consultant supervisor statistician biostatistician ecologist
  ornithologist audiologist epidemiologist microbiologist neurologist zoologist entomologist oceanographer
  climatologist glaciologist seismologist psychologist sociologist archaeologist anthropologist botanist pharmacist
  therapist physiotherapist nutritionist paediatrician pediatrician cardiologist oncologist ophthalmologist
`);

/** Organisation head words, each with the sub-type its name gets. */
export const ORG_HEADS: ReadonlyMap<string, OrgType> = new Map([
  ...words('party greens labour conservatives conservative democrats republicans', 'party'),
  ...words(
    'council commission ministry department office agency authority senate house parliament assembly congress ' +
      'government administration cabinet court police army navy force service bureau committee board reserve ' +
      'commons lords guard chamber',
    'public-body',
  ),
  ...words('university college school academy institute primary secondary grammar', 'school'),
  ...words(
    'inc inc. corp corp. ltd ltd. co co. plc llc group company holdings airlines airways air semiconductor ' +
      'securities bank motors foods landscapes labs technologies systems partners capital energy pharmaceuticals ' +
      'industries enterprises media network broadcasting corporation distribution utilities water breweries ' +
      'brewery records rail snacks coaches logistics shipping insurance bakeries dairies studios',
    'company',
  ),
  ...words('fc rovers united athletic wanderers rangers albion hotspur town city', 'team'),
  ...words(
    'association union federation foundation trust fund society league organisation organization charity bank ' +
      'alliance coalition network project programme program forum institution club',
    'association',
  ),
]);

export type OrgType = 'party' | 'public-body' | 'school' | 'company' | 'team' | 'association';

function words(list: string, type: OrgType): [string, OrgType][] {
  return list.split(/\s+/).map((w) => [w, type]);
}

/** Well-known acronyms of organisations; others are left untyped. */
export const ORG_ACRONYMS: ReadonlyMap<string, OrgType> = new Map([
  ...words('un eu nato opec wto who imf unicef unesco unhcr wfp fao iaea', 'association'),
  ...words('nasa esa fbi cia nhs fda epa sec inpe ibama', 'public-body'),
  ...words('bbc cnn rtu ruv nbc abc cbs lseg', 'company'),
  ...words('fifa uefa ioc nba nfl fa', 'association'),
]);

/** Well-known organisations whose names have no head word to go by. */
export const KNOWN_ORGS: ReadonlyMap<string, OrgType> = new Map([
  ['united nations', 'association'],
  ['european union', 'association'],
  ['world bank', 'association'],
  ['red cross', 'association'],
  ['met office', 'public-body'],
]);

/** The acronym a well-known organisation also goes by: "the United Nations" is "the UN" said short. */
export const ACRONYM_OF: ReadonlyMap<string, string> = new Map([
  ['united nations', 'UN'],
  ['european union', 'EU'],
  ['world health organization', 'WHO'],
  ['world health organisation', 'WHO'],
  ['world food programme', 'WFP'],
  ['international monetary fund', 'IMF'],
  ['national health service', 'NHS'],
]);

/** Last words of place names ("Carver River", "Elm Street", "Reykjanes Peninsula"). */
export const PLACE_HEADS = set(`
  river street road avenue lane square peninsula island islands mountains mountain valley vale lake bay sea ocean
  county province district region park hill hills forest desert coast gulf strait canal falls heights boulevard
  way drive bridge harbour harbor port fault ridge trench plateau glacier volcano basin reef canyon fjord delta
  estuary mount cape isle gate
`);

/** Last words of the names of streets and squares, which are no towns. */
export const STREET_HEADS = set(`street road avenue lane boulevard way drive square crescent terrace close row gate parade`);

/** Head words of named things that are not people, places or organisations. */
export const THING_HEADS = set(`
  telescope marathon trophy cup prize award act bill treaty accord agreement lagoon revolution war day festival
  summit games championship championships league olympics tournament race station plan programme program mission
  satellite spacecraft rover model index report survey study law amendment policy strategy tower building centre
  center stadium arena hall museum library gallery theatre theater spa plant farm airport hospital railway jenny
  engine cycle system open masters classic invitational prix rally regatta storm hurricane typhoon cyclone
`);

/** Verbs that introduce or attribute speech. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds continued continues explained explains asked asks replied replies insisted
  insists warned warns argued argues declared declares stated states wrote writes tweeted posted noted notes
  recalled admitted admits announced announces claimed claims acknowledged conceded joked pledged pledges promised
  promises vowed vows urged urges stressed stresses suggested suggests remarked observed commented countered
  shouted whispered agreed cautioned predicted concluded confirmed confirms complained maintained recounted
  reflected responded quipped described describes called calls
`);

/** Speech verbs that can stand between a name and a quote without an object ("X said: ..."). */
export const STRICT_SPEECH_VERBS = set(`
  said says told tells added adds continued explained asked replied insisted warned argued declared stated wrote
  tweeted posted noted recalled admitted announced claimed acknowledged conceded joked responded quipped remarked
  observed commented countered cautioned concluded confirmed complained maintained recounted reflected stressed
  urged
`);

export const PERSONAL_PRONOUNS = set(`he she`);

/** Words that, opening a stem, point back to something the reader cannot see. */
export const ANAPHORS = set(`
  he she it they we i you his her its their our my your him them us this these those that such there
`);

/** Openers that carry no fact and may be dropped from a stem ("For his part, ..."). */
export const DISCOURSE_MARKERS = [
  'for his part',
  'for her part',
  'for its part',
  'for their part',
  'meanwhile',
  'however',
  'in addition',
  'also',
  'instead',
  'still',
  'even so',
  'in turn',
  'at the same time',
];

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['dozen', 12],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
]);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof st jr sr gen col lt sgt capt rep sen gov pres inc ltd co corp vs etc e.g i.e no jan feb mar apr
  jun jul aug sep sept oct nov dec calif fla mass penn ariz wash mt ft rev hon approx est dept univ a.m p.m u.s u.k
  u.n e.u fig
`);

/** Common English function words: a text with few of them is not English. */
export const ENGLISH_FUNCTION_WORDS = set(`
  the of and to in is was that for on with as by at from it he she they this be are were has have had not but or
  which who an its his her their said will would been also after about than into more there when
`);
