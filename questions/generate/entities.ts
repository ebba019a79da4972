/**
 * @module
 * People, places and organisations named in an article, each with every mention. A name is a run of
 * capitalised words; titles in front of it are split off ("US Secretary of State | Antony Blinken"), head
 * words type it ("... Ministry" an organisation, "... River" a place), and later short mentions are joined
 * to the full name they abbreviate ("Blinken" → "Antony Blinken"). When the evidence is thin the run is left
 * untyped: an untyped name makes no question, a mistyped one makes a wrong question.
 */
import { countryOfDemonym, lookupPlace, type PlaceType } from './gazetteer';
import {
  HONORIFICS,
  NAME_PARTICLES,
  ORG_ACRONYMS,
  KNOWN_ORGS,
  ACRONYM_OF,
  ORG_HEADS,
  PLACE_HEADS,
  ROLE_NOUNS,
  STREET_HEADS,
  SPEECH_VERBS,
  THING_HEADS,
  TITLE_WORDS,
  type OrgType,
} from './lexicon';
import type { Token } from './tokens';

export type EntityKind = 'person' | 'place' | 'org' | 'thing';

export interface Entity {
  id: number;
  kind: EntityKind;
  /** 'person'; a PlaceType; an OrgType; or a thing's head word. */
  subtype: string;
  /** The fullest form of the name in the article. */
  name: string;
  /** Every form that refers to it, the name included. */
  aliases: string[];
  mentions: Mention[];
  gender: 'female' | 'male' | undefined;
  /** A place's state or country as the article names it right after it ("Opelousas, Louisiana"). */
  within?: string;
}

export interface Mention {
  entity: number;
  sentence: number;
  /** Token range of the name itself, inclusive. */
  first: number;
  last: number;
  /** First token of the title or role words before the name (equals `first` when there are none). */
  titleFirst: number;
  /** The title or role, lower case ("foreign minister"), or ''. */
  role: string;
  /** Character offsets of the name in the sentence text, without a possessive "'s". */
  start: number;
  end: number;
  text: string;
  possessive: boolean;
  /** A demonym ("Peruvian") standing for its country. */
  demonym: boolean;
}

export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
}

interface Run {
  sentence: number;
  first: number;
  last: number;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn']);
const OF_HEADS = new Set(['friends', 'chamber', 'republic', 'kingdom', 'bank', 'state', 'states', 'gulf', 'bay', 'isle', 'cape', 'lake', 'sea', 'duke', 'duchess', 'prince', 'princess', 'house', 'secretary', 'minister', 'department', 'ministry', 'university', 'institute', 'museum', 'council', 'commission', 'office', 'court', 'church', 'school', 'college', 'association', 'federation', 'union', 'society', 'league', 'board', 'bureau', 'agency', 'act', 'river', 'city', 'county', 'province', 'district']);
const TITLE_QUALIFIERS = new Set(['council', 'assembly', 'board', 'committee', 'city', 'county', 'cabinet', 'staff']);
const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const NOT_NAME_WORDS = new Set(['i', 'a', 'an', 'the', 'it', 'we', 'he', 'she', 'they', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'because', 'although', 'though', 'some', 'many', 'most', 'all', 'every', 'each', 'no', 'not', 'only', 'just', 'even', 'still', 'yet', 'so', 'then', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'under', 'with', 'without', 'from', 'to', 'by', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'what', 'who', 'which', 'where', 'how', 'why', 'instead', 'meanwhile', 'however', 'also', 'both', 'neither', 'either', 'among', 'despite', 'during', 'until', 'unlike', 'like', 'more', 'fewer', 'less', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'chief', 'shares', 'sales', 'revenue', 'local', 'longtime', 'neighbouring', 'neighboring', 'pupils', 'students', 'parents', 'residents', 'officials', 'scientists', 'researchers', 'engineers', 'volunteers', 'drivers', 'pedestrians', 'architects', 'organisers', 'organizers', 'satellite', 'environmental', 'rural', 'red', 'green', 'plant', 'plants', 'water', 'matter', 'everything', 'transport', 'working', 'oxygen', 'photosynthesis', 'chlorophyll', 'chloroplasts', 'glucose', 'light', 'dry', 'bacterial', 'mitochondria', 'ribosomes', 'respiration', 'condensation', 'evaporation', 'cutting', 'fines', 'boats', 'children', 'nobody', 'everybody', 'people', 'together', 'fewer', 'rocky', 'teenagers', 'libraries', 'rovers']);

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const SCORE = /\b\d{1,3}-\d{1,3}\b/;
const SPORT = /\b(?:league|championship|match|tournament|season|coach|cup|semi-final|quarter-final|play-offs?|fixture|derby)\b/i;

/** Letters next to a name that are not part of it ("Helen Ashworth KC", "Martin Luther King Jr", "49 BC Julius Caesar"). */
const POSTNOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'jr', 'sr', 'phd', 'bc', 'ad', 'bce', 'ce']);
/** Abbreviated titles whose full stop does not end a name ("Dr. Mónica Echeverría"). */
const ABBREVIATED_TITLE = /^(?:dr|mr|mrs|ms|prof|sen|rep|gov|gen|lt|col|sgt|capt|rev|st|det|supt|insp)$/;

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !POSTNOMINALS.has(t.lower.replace(/\.$/, ''));
/** "Darnell R. Whitcombe": a middle initial's full stop does not end the name. */
export const isInitial = (t: Token): boolean => /^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post);
const breaksAfter = (t: Token): boolean =>
  !((ABBREVIATED_TITLE.test(t.lower) || isInitial(t)) && /^\.\s*$/.test(t.post)) && /[,;:.!?()"”'’—–]|\s-\s/.test(t.post.replace(/^'s/, '')) || isPossessive(t);
/** "King's College London": a possessive inside an institution's name. */
const possessiveInsideName = (t: Token, next: Token | undefined): boolean =>
  isPossessive(t) && !/[,;:.!?]/.test(t.post) && next !== undefined && isCap(next) && ORG_HEADS.has(lowerBare(next));
const breaksBefore = (t: Token): boolean => /["“'‘(—–]/.test(t.pre);
const isPossessive = (t: Token): boolean => t.tags.has('Possessive') && /['’]s?$/.test(t.text) || /['’]s$/.test(t.text) || /^['’]/.test(t.post) && /s$/.test(t.text);
const bare = (t: Token): string => t.text.replace(/['’]s$/, '').replace(/['’]$/, '');
const lowerBare = (t: Token): string => bare(t).toLowerCase();
const hasPersonTag = (t: Token): boolean => PERSON_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Possessive') || t.tags.has('FirstName');

/** Runs of capitalised tokens, allowing "of", "da", "&" and the like inside a name. */
function findRuns(sentence: number, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCap(t)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && (!breaksAfter(tokens[last]!) || possessiveInsideName(tokens[last]!, tokens[last + 1]))) {
      const next = tokens[last + 1]!;
      if (breaksBefore(next)) break;
      if (isCap(next)) {
        last++;
        continue;
      }
      const connector = next.lower;
      if (!CONNECTORS.has(connector)) break;
      // "Reyes of Arizona" is two names; "University of Leeds" and "Luiz Inácio Lula da Silva" are one.
      let k = last + 2;
      if (connector !== 'the' && tokens[k]?.lower === 'the') k++;
      const after = tokens[k];
      if (after === undefined || !isCap(after) || breaksAfter(next)) break;
      const head = lowerBare(tokens[last]!);
      const joins =
        NAME_PARTICLES.has(connector) ||
        ((connector === 'of' || connector === 'for') && (OF_HEADS.has(head) || ORG_HEADS.has(head) || TITLE_WORDS.has(head))) ||
        ((connector === 'and' || connector === '&') && !tokens.slice(i, last + 1).some((x) => ORG_HEADS.has(lowerBare(x)) || THING_HEADS.has(lowerBare(x))) && headAhead(tokens, k));
      if (!joins || connector === 'the') break;
      last = k;
    }
    runs.push({ sentence, first: i, last });
    i = last + 1;
  }
  return runs;
}

/** Whether an organisation or thing head word closes the capitalised run starting at `k`. */
function headAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j]!;
    if (!isCap(t)) return false;
    const w = lowerBare(t);
    if (ORG_HEADS.has(w) || THING_HEADS.has(w)) return true;
    if (breaksAfter(t) && !possessiveInsideName(t, tokens[j + 1])) return false;
  }
  return false;
}

interface Candidate {
  run: Run;
  /** Countries named in a title before the name ("US", "Peruvian"), as token indices. */
  titleCountries?: number[];
  /** First token of the name after titles were split off. */
  nameFirst: number;
  kind: EntityKind | 'unknown' | 'demonym';
  subtype: string;
  text: string;
  personEvidence: boolean;
  role: string;
  titleFirst: number;
}

function classify(s: SentenceInput, run: Run, sentenceIndex: number): Candidate | undefined {
  const tokens = s.tokens;
  let first = run.first;
  const last = run.last;
  if (tokens[first]!.lower === 'the') first++;
  // "Neighbouring India", "Longtime patron": a capital that only opens the sentence.
  while (first < last && NOT_NAME_WORDS.has(tokens[first]!.lower) && !tokens[first]!.tags.has('ProperNoun')) first++;
  if (first > last) return undefined;
  const words = (a: number, b: number) => tokens.slice(a, b + 1).map(lowerBare);
  const textOf = (a: number, b: number) => s.text.slice(tokens[a]!.start, tokens[b]!.end).replace(/['’]s?$/, '');
  const all = words(first, last);
  const lastWord = all[all.length - 1]!;
  const base = { run, titleFirst: first, role: '' };

  // A sentence-initial capital proves nothing; such runs are typed only through other evidence.
  const initial = first === 0 || /["“'‘(]/.test(tokens[first]!.pre) || /:\s*$/.test(tokens[first - 1]?.post ?? '');

  // "A House Without Corners by Amara Dioume", "Quiet Hours by Matias Lerner": a work's title before its
  // author's name is nobody.
  const byline = tokens[last + 1]?.lower === 'by' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '');
  if (byline && !all.some((w) => HONORIFICS.has(w)) && lookupPlace(textOf(first, last)) === undefined && !(all.length === 1 && countryOfDemonym(all[0]!) !== undefined)) {
    return { ...base, nameFirst: first, kind: 'thing', subtype: 'work', text: textOf(first, last), personEvidence: false };
  }

  // Titles before a name.
  let k = first;
  const titleAt = (j: number): boolean => {
    const w = all[j - first]!;
    if (isPossessive(tokens[j]!)) return false;
    if (w === 'of') return j > first && j < last && TITLE_WORDS.has(all[j + 1 - first]!);
    // "Council Member Rosa Peña", "Board Member …": a body's name before "member" is part of the title.
    if (TITLE_QUALIFIERS.has(w) && all[j + 1 - first] === 'member') return true;
    // "Farmer Sevim Orlak said …": a role noun capitalised only because it opens the sentence.
    if (j === first && initial && last - first >= 2 && ROLE_NOUNS.has(w) && !all.slice(1).some((x) => ORG_HEADS.has(x) || PLACE_HEADS.has(x) || THING_HEADS.has(x))) return true;
    return TITLE_WORDS.has(w) || countryOfDemonym(w) !== undefined || isCountryCode(tokens[j]!);
  };
  while (k <= last && titleAt(k)) k++;
  // "Assistant Prosecutor Lena Marchetti", "Common Pleas Judge Harriet O. Bancroft", "Chief Medical Officer
  // Chris Whitty": words before the last title word of a run are part of the title, not of the name.
  for (let j = last - 1; j >= k; j--) {
    if (!titleAt(j) || all[j - first] === 'of') continue;
    const rest = all.slice(j + 1 - first);
    if (rest.length >= 2 && rest.length <= 4 && !rest.some((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w) && !NAME_PARTICLES.has(w))) k = j + 1;
    break;
  }
  // "Chinese Foreign Ministry": the titles were really the start of an organisation's name.
  const titleIsOrg = k <= last && ORG_HEADS.has(all[k - first]!) && k === last;
  if (k > first && k <= last && !titleIsOrg) {
    const role = words(first, k - 1).join(' ');
    const nameWords = all.slice(k - first);
    const head = nameWords[nameWords.length - 1]!;
    const personTitle = all.slice(0, k - first).some((w) => !ORG_HEADS.has(w) && w !== 'state' && TITLE_WORDS.has(w));
    const plausible = !CONNECTORS.has(nameWords[0]!) && nameWords.length >= 2 || (personTitle && !tokens[k]!.tags.has('Plural') && !NOT_NAME_WORDS.has(nameWords[0]!));
    if (plausible && nameWords.length <= 4 && !ORG_HEADS.has(head) && !THING_HEADS.has(head) && !PLACE_HEADS.has(head) && lookupPlace(nameWords.join(' ')) === undefined) {
      const titleCountries = [];
      for (let j = first; j < k; j++) if (countryOfDemonym(lowerBare(tokens[j]!)) !== undefined || isCountryCode(tokens[j]!)) titleCountries.push(j);
      return { ...base, nameFirst: k, kind: 'person', subtype: 'person', text: textOf(k, last), personEvidence: true, role, titleFirst: first, titleCountries };
    }
  }
  if (k > last && all.every((w) => TITLE_WORDS.has(w) || w === 'of')) {
    const org = all.find((w) => ORG_HEADS.has(w) && w !== 'state');
    if (org !== undefined && all.length === 1) return { ...base, nameFirst: first, kind: 'org', subtype: ORG_HEADS.get(org)!, text: textOf(first, last), personEvidence: false };
    if (all.length === 1 && countryOfDemonym(all[0]!) !== undefined) {
      return { ...base, nameFirst: first, kind: 'demonym', subtype: 'country', text: textOf(first, last), personEvidence: false };
    }
    if (all.length === 1 && isCountryCode(tokens[first]!)) {
      return { ...base, nameFirst: first, kind: 'place', subtype: 'country', text: textOf(first, last), personEvidence: false };
    }
    return undefined;
  }

  const whole = textOf(first, last);
  const republic = /^(?:[\p{L}-]+ )*(?:Republic|Kingdom|State|Commonwealth) of (?:the )?(.+)$/u.exec(whole)?.[1];
  const place = lookupPlace(whole) ?? (republic === undefined ? undefined : lookupPlace(republic));
  if (place !== undefined) return { ...base, nameFirst: first, kind: 'place', subtype: place.type, text: place.name, personEvidence: false };

  const known = KNOWN_ORGS.get(all.join(' '));
  if (known !== undefined) return { ...base, nameFirst: first, kind: 'org', subtype: known, text: whole, personEvidence: false };
  // Organisation and thing heads, allowing an "of ..." tail ("University of Leeds").
  const ofAt = all.findIndex((w) => w === 'of' || w === 'for');
  if (all[0] === 'friends' && ofAt === 1) return { ...base, nameFirst: first, kind: 'org', subtype: 'association', text: whole, personEvidence: false };
  const headWord = ofAt > 0 ? all[ofAt - 1]! : lastWord;
  for (const w of [lastWord, headWord]) {
    if (ORG_HEADS.has(w) && all.length > 1) return { ...base, nameFirst: first, kind: 'org', subtype: ORG_HEADS.get(w)!, text: whole, personEvidence: false };
  }
  // "King's College London": a head word inside the name, followed only by places.
  const inner = all.findIndex((w, i) => i > 0 && ORG_HEADS.has(w) && w !== 'state');
  if (inner > 0 && all.slice(inner + 1).every((w) => lookupPlace(w) !== undefined) && !tokens.slice(first + inner + 1, last + 1).some(hasPersonTag)) {
    return { ...base, nameFirst: first, kind: 'org', subtype: ORG_HEADS.get(all[inner]!)!, text: whole, personEvidence: false };
  }
  // "Brentford Falls Unified School District", "Harbor Water District": a district run by a body is that body.
  if (all.length > 2 && /^(?:district|districts|board)$/.test(lastWord) && /^(?:school|schools|water|fire|sanitation|transit|hospital|park|parks|library|utility)$/.test(all[all.length - 2]!)) {
    return { ...base, nameFirst: first, kind: 'org', subtype: 'public-body', text: whole, personEvidence: false };
  }
  if (all.length > 1 && (THING_HEADS.has(lastWord) || THING_HEADS.has(headWord))) {
    return { ...base, nameFirst: first, kind: 'thing', subtype: THING_HEADS.has(lastWord) ? lastWord : headWord, text: whole, personEvidence: false };
  }
  if (all.length > 1 && (PLACE_HEADS.has(lastWord) || PLACE_HEADS.has(all[0]!) && all[0] !== 'county')) {
    // "Harbour Bean, Britain's third-largest coffee chain": a description beats a head word.
    const org = describedOrganisation(s.tokens, first, last);
    if (org !== undefined) return { ...base, nameFirst: first, kind: 'org', subtype: org, text: whole, personEvidence: false };
    // "Bourbon Street" is no town: streets are offered only among streets.
    return { ...base, nameFirst: first, kind: 'place', subtype: STREET_HEADS.has(lastWord) ? 'street' : 'place', text: whole, personEvidence: false };
  }
  // "Opelousas, Louisiana": a name followed by its state or country is a town.
  if (all.length <= 3 && !initial && placeAfter(tokens, last) !== undefined && !all.some((w) => NOT_NAME_WORDS.has(w)) && !personEvidence(s, first, last, initial)) {
    return { ...base, nameFirst: first, kind: 'place', subtype: 'city', text: whole, personEvidence: false };
  }
  if (all.length === 1) {
    const w = all[0]!;
    if (countryOfDemonym(w) !== undefined) return { ...base, nameFirst: first, kind: 'demonym', subtype: 'country', text: whole, personEvidence: false };
    const acronym = ORG_ACRONYMS.get(w.replace(/\./g, ''));
    if (acronym !== undefined && /^[\p{Lu}.]+$/u.test(tokens[first]!.text.replace(/['’]s$/, ''))) {
      return { ...base, nameFirst: first, kind: 'org', subtype: acronym, text: whole, personEvidence: false };
    }
  }

  // "on 3 September, the day before the company confirmed …": a date is no name.
  if (all.length === 1 && CALENDAR_WORDS.test(all[0]!)) return undefined;
  // "the San Diego company Veridian Diagnostics", "Haldor Trucks, the Swedish lorry maker": described as one.
  const described = describedOrganisation(s.tokens, first, last);
  if (described !== undefined && !all.some((w) => NOT_NAME_WORDS.has(w))) return { ...base, nameFirst: first, kind: 'org', subtype: described, text: whole, personEvidence: false };
  // "Storm Elin", "Hurricane Milton": a weather system, whatever its name sounds like.
  if (all.length >= 2 && /^(?:storm|hurricane|typhoon|cyclone|tropical)$/.test(all[0]!)) {
    return { ...base, nameFirst: first, kind: 'thing', subtype: 'storm', text: whole, personEvidence: false };
  }
  // "Opéra de Rimouski", "Orchestre de Paris", "Teatro Real": a company of performers named head first.
  if (all.length >= 2 && /^(?:opera|opéra|ballet|orchestra|orchestre|orquesta|orchestra|théâtre|teatro|compagnie|companhia|banco|banque)$/.test(all[0]!)) {
    return { ...base, nameFirst: first, kind: 'org', subtype: /^(?:banco|banque)$/.test(all[0]!) ? 'company' : 'association', text: whole, personEvidence: false };
  }
  // "Police Scotland", "Council Tax": a body's head word first makes no person's name.
  if (all.length === 2 && ORG_HEADS.get(all[0]!) === 'public-body' && all[0] !== 'state') {
    return { ...base, nameFirst: first, kind: 'org', subtype: 'public-body', text: whole, personEvidence: false };
  }
  const evidence = personEvidence(s, first, last, initial) && !notAPerson(s.tokens, first, last);
  if (all.some((w) => NOT_NAME_WORDS.has(w)) && !evidence) return undefined;
  if (evidence && all.length <= 4) return { ...base, nameFirst: first, kind: 'person', subtype: 'person', text: whole, personEvidence: true, role: roleBefore(s.tokens, first) };
  const tags = tokens.slice(first, last + 1);
  // "Porto Open": a place's tag on one word does not make the whole name a place.
  const placeWords = tags.every((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country') || CONNECTORS.has(t.lower));
  if (placeWords && tags.some((t) => t.tags.has('Country'))) return { ...base, nameFirst: first, kind: 'place', subtype: 'country', text: whole, personEvidence: false };
  if (placeWords && !initial && tags.some((t) => t.tags.has('City'))) return { ...base, nameFirst: first, kind: 'place', subtype: 'city', text: whole, personEvidence: false };
  if (initial && all.length === 1) return { ...base, nameFirst: first, kind: 'unknown', subtype: 'initial', text: whole, personEvidence: false };
  if (!initial && all.length === 1 && /^(?:in|at|from|to|near|of|across|around)$/.test(tokens[first - 1]?.lower ?? '') && sentenceIndex >= 0) {
    return { ...base, nameFirst: first, kind: 'unknown', subtype: 'after-preposition', text: whole, personEvidence: false };
  }
  return { ...base, nameFirst: first, kind: 'unknown', subtype: '', text: whole, personEvidence: false };
}

/** The state or country named right after token `last` and a comma ("…, Louisiana"), if any. */
function placeAfter(tokens: readonly Token[], last: number): string | undefined {
  if (!/^,\s*$/.test(tokens[last]!.post)) return undefined;
  for (const n of [2, 1]) {
    const words = tokens.slice(last + 1, last + 1 + n);
    if (words.length < n || words.slice(0, -1).some((w) => w.post !== ' ')) continue;
    const place = lookupPlace(words.map(bare).join(' '));
    if (place !== undefined && (place.type === 'state' || place.type === 'country')) return place.name;
  }
  return undefined;
}

function isCountryCode(t: Token): boolean {
  return /^(?:US|U\.S\.|UK|U\.K\.|UAE|USA)$/.test(t.text.replace(/['’]s$/, ''));
}

/** Evidence that a capitalised run names a person. */
function personEvidence(s: SentenceInput, first: number, last: number, initial: boolean): boolean {
  const tokens = s.tokens;
  const name = tokens.slice(first, last + 1);
  if (name.length >= 2 && name.some(hasPersonTag) && !name.some((t) => t.tags.has('Place') && !hasPersonTag(t) && name.length === 1)) return true;
  if (name.length >= 2 && hasPersonTag(name[0]!)) return true;
  const before = tokens[first - 1];
  if (before !== undefined && HONORIFICS.has(before.lower)) return true;
  // "Kenya's Ruth Chepkoech": a country's own runner, minister, champion.
  if (before !== undefined && name.length >= 2 && name.length <= 3 && isPossessive(before) && lookupPlace(bare(before)) !== undefined) return true;
  if (before !== undefined && ROLE_NOUNS.has(before.lower) && !/[,;:]/.test(before.post)) return true;
  // "Its chief executive, Raj Malhotra, said": a full name set off by commas after a role.
  if (before !== undefined && ROLE_NOUNS.has(before.lower) && /^,\s*$/.test(before.post) && /^,\s*$/.test(tokens[last]!.post) && name.length >= 2) return true;
  // "Kessaland's minister of culture and heritage, Obiora Danmaliki, said": the role with its "of" phrase.
  if (before !== undefined && /^,\s*$/.test(before.post) && /^,\s*$/.test(tokens[last]!.post) && name.length >= 2) {
    for (let j = first - 2; j >= Math.max(0, first - 8); j--) {
      if (/[,;:.!?"]/.test(tokens[j]!.post)) break;
      if (ROLE_NOUNS.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'of') return true;
    }
  }
  const after = tokens[last + 1];
  const afterNext = tokens[last + 2];
  if (after !== undefined && SPEECH_VERBS.has(after.lower) && !/[,;:]/.test(tokens[last]!.post)) return name.length >= 2 || !initial;
  // '"…," said Reyes' names the speaker; "He said Brookfield Primary had space" does not.
  const inverted = first < 2 || /[,"'”’]/.test(tokens[first - 2]!.post);
  if (before !== undefined && inverted && SPEECH_VERBS.has(before.lower) && !NAMING_WORDS.test(before.lower) && !/^(?:calls|describes|described)$/.test(before.lower) && !/[,;:]/.test(before.post)) return true;
  // "Rahima Begum, a 52-year-old farmer", "Edith Larkin, 84,"
  if (/,/.test(tokens[last]!.post) && after !== undefined && name.length >= 2) {
    if (/^(?:a|an|the|who)$/.test(after.lower) && afterNext !== undefined && (ROLE_NOUNS.has(afterNext.lower) || after.lower === 'who' || /-year-old$/.test(afterNext.lower))) return true;
    if (/^\d{1,3}$/.test(after.text)) return true;
  }
  return false;
}

/** Common nouns that describe an organisation, with the sub-type they give its name. */
const ORG_NOUNS: ReadonlyMap<string, OrgType> = new Map([
  ...'company firm start-up startup maker manufacturer producer carrier airline bank lender insurer retailer chain group fund investor newspaper broadcaster publisher magazine journal developer supplier operator consultancy exchange'
    .split(' ')
    .map((w): [string, OrgType] => [w, 'company']),
  ...'charity agency regulator watchdog union club'.split(' ').map((w): [string, OrgType] => [w, w === 'club' ? 'team' : w === 'agency' || w === 'regulator' || w === 'watchdog' ? 'public-body' : 'association']),
]);

/**
 * The sub-type of an organisation when the sentence says what the name is: "the … company X" right before
 * it, ", the … maker" right after it, or a job "at X" ("an analyst at Bernstadt Research").
 */
function describedOrganisation(tokens: readonly Token[], first: number, last: number): OrgType | undefined {
  const before = tokens[first - 1];
  if (before !== undefined && ORG_NOUNS.has(before.lower) && !/[,;:]/.test(before.post)) {
    // The description starts with an article: "the local newspaper Jornal do Norte".
    for (let j = first - 2; j >= Math.max(0, first - 6); j--) {
      if (/^(?:the|a|an)$/.test(tokens[j]!.lower)) return ORG_NOUNS.get(before.lower);
      if (/[,;:.]/.test(tokens[j]!.post) || tokens[j]!.tags.has('Verb')) break;
    }
  }
  // "…, the Swedish lorry maker", "…, Britain's third-largest coffee chain".
  const next = tokens[last + 1];
  const describes = next !== undefined && (/^(?:the|a|an)$/.test(next.lower) || (isPossessive(next) && lookupPlace(bare(next)) !== undefined));
  if (/^,/.test(tokens[last]!.post) && describes) {
    for (let j = last + 2; j < Math.min(tokens.length, last + 7); j++) {
      const t = tokens[j]!;
      // "start-up" comes as two tokens.
      const word = t.post === '-' ? `${t.lower}-${tokens[j + 1]?.lower ?? ''}` : t.lower;
      if (ORG_NOUNS.has(word)) return ORG_NOUNS.get(word);
      if ((t.tags.has('Verb') && !t.tags.has('Hyphenated')) || /[;:.]/.test(t.post) || ROLE_NOUNS.has(t.lower)) break;
    }
  }
  if (before?.lower === 'at' && last > first && ROLE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return 'company';
  return undefined;
}

/** Words before a name that make it the name of a thing: "a test called PancScan", "known as Big Ben". */
const NAMING_WORDS = /^(?:called|named|dubbed|nicknamed|titled|entitled|codenamed|branded)$/;

/**
 * Vetoes on person typing, whatever the tagger says: a name after an article ("a Capital Investment Grant",
 * "the San Andreas Fault"), after a naming verb ("a test called PancScan"), or with words the tagger knows
 * as an organisation's.
 */
function notAPerson(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before !== undefined && /^(?:a|an|the|this|that|its|their|our)$/.test(before.lower) && !/[,;:]/.test(before.post)) return true;
  // "at Ashton Gate", "in Sivrice": a place, whatever its first word looks like.
  if (before !== undefined && /^(?:at|in)$/.test(before.lower) && !/[,;:]/.test(before.post) && !ROLE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return true;
  if (before !== undefined && (NAMING_WORDS.test(before.lower) || (before.lower === 'as' && tokens[first - 2]?.lower === 'known'))) return true;
  // "Historic England", "Sport Scotland": a name ending in a country is a body's.
  if (last > first && lookupPlace(bare(tokens[last]!))?.type === 'country') return true;
  return tokens.slice(first, last + 1).some((t) => t.tags.has('Organization') && !t.tags.has('Person'));
}

/**
 * The one of `group` the text is about by count: named at least `min` times (by `count`) and at least twice
 * as often as any other of the group. Undefined when none leads that clearly.
 */
export function leadingEntity(group: readonly Entity[], count: (e: Entity) => number, min: number): Entity | undefined {
  const ranked = [...group].sort((a, b) => count(b) - count(a));
  const [first, second] = ranked;
  if (first === undefined || count(first) < min) return undefined;
  return second === undefined || count(first) >= 2 * count(second) ? first : undefined;
}

/**
 * Whether the article shows an entity typed as a person to be one beyond doubt: a gender it shows, a title
 * or role before a mention, a first name the tagger knows, or words quoted as theirs. Only such people are
 * asked about or offered as wrong options, so that a mistyped "Western Power Distribution" never stands
 * among them.
 */
export function knownPerson(e: Entity, article: { sentences: readonly SentenceInput[]; quotes: readonly { speaker: number | undefined }[] }): boolean {
  if (e.kind !== 'person') return false;
  if (e.gender !== undefined || article.quotes.some((q) => q.speaker === e.id)) return true;
  return e.mentions.some((m) => m.role !== '' || m.titleFirst < m.first || hasPersonTag(article.sentences[m.sentence]!.tokens[m.first]!));
}

function roleBefore(tokens: readonly Token[], first: number): string {
  const words: string[] = [];
  for (let i = first - 1; i >= 0 && words.length < 3; i--) {
    const t = tokens[i]!;
    if (/[,;:]/.test(t.post) || !/^\p{Ll}/u.test(t.text)) break;
    if (!ROLE_NOUNS.has(t.lower) && words.length === 0) break;
    if (t.tags.has('Determiner') || t.tags.has('Verb') || t.tags.has('Preposition')) break;
    words.unshift(t.lower);
  }
  return words.join(' ');
}

/** Entities of the article, with mentions in sentence order. */
export function findEntities(sentences: readonly SentenceInput[]): Entity[] {
  const candidates: Candidate[] = [];
  sentences.forEach((s, index) => {
    for (const run of findRuns(index, s.tokens)) {
      const c = classify(s, run, index);
      if (c !== undefined) candidates.push(c);
    }
  });

  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (kind: EntityKind, subtype: string, name: string): Entity => {
    const key = `${kind}:${name.toLowerCase()}`;
    let e = byKey.get(key);
    if (e === undefined) {
      e = { id: entities.length, kind, subtype, name, aliases: [name], mentions: [], gender: undefined };
      entities.push(e);
      byKey.set(key, e);
    }
    return e;
  };

  // A full name whose surname is elsewhere a person on its own ("Tigist Alemu" … "Alemu said") is a person.
  const surnames = new Set(candidates.filter((c) => c.kind === 'person' && !/\s/.test(c.text)).map((c) => c.text.toLowerCase()));
  for (const c of candidates) {
    const words = c.text.split(/\s+/);
    if (c.kind === 'unknown' && words.length >= 2 && words.length <= 3 && surnames.has(words[words.length - 1]!.toLowerCase())) c.kind = 'person';
  }

  // "Redhill Royals beat Castlegate Falcons 88-81": in the report of a game, a name ending in a plural
  // nickname is a team ("the Royals" is then that team said short).
  const text = sentences.map((x) => x.text).join(' ');
  if (SCORE.test(text) && SPORT.test(text)) {
    for (const c of candidates) {
      const words = c.text.split(/\s+/);
      const first = sentences[c.run.sentence]!.tokens[c.nameFirst];
      if (c.kind === 'unknown' && words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}+[^s']s$/u.test(words[words.length - 1]!) && first !== undefined && !hasPersonTag(first)) {
        c.kind = 'org';
        c.subtype = 'team';
      }
    }
  }

  // A name the article once describes as an organisation is one everywhere, whatever its head word suggests
  // elsewhere ("Harbour Bean, Britain's third-largest coffee chain" … "shares in Harbour Bean").
  const orgNames = new Map(candidates.filter((c) => c.kind === 'org').map((c) => [c.text.toLowerCase(), c.subtype]));
  for (const c of candidates) {
    const org = orgNames.get(c.text.toLowerCase());
    if (c.kind === 'place' && org !== undefined && lookupPlace(c.text) === undefined) {
      c.kind = 'org';
      c.subtype = org;
    }
  }

  // "attends Willow Creek" after "Willow Creek Elementary School": the start of a named school, company or
  // place is that name said short, however much its first word looks like a first name.
  const shortFor = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    if (c.kind !== 'person' || c.role !== '') continue;
    const long = candidates.find((o) => (o.kind === 'org' || o.kind === 'place' || o.kind === 'thing') && o.text.toLowerCase().startsWith(`${c.text.toLowerCase()} `));
    if (long !== undefined) shortFor.set(c, long);
  }

  // "the UN" in an article that names the United Nations is that body, not a second one.
  const spelledOut = new Set(candidates.filter((c) => c.kind === 'org').map((c) => ACRONYM_OF.get(c.text.toLowerCase())).filter((a) => a !== undefined));

  // Pass 1: full names with evidence found on their own.
  for (const c of candidates) {
    if (shortFor.has(c) || (c.kind === 'org' && spelledOut.has(c.text))) continue;
    if (c.kind === 'person' && c.text.split(/\s+/).length >= 2) add('person', 'person', c.text);
    else if (c.kind === 'org') add('org', c.subtype, c.text);
    else if (c.kind === 'place') {
      const canonical = lookupPlace(c.text)?.name ?? c.text;
      add('place', c.subtype, canonical);
    } else if (c.kind === 'thing') add('thing', c.subtype, c.text);
  }
  mergePeople(entities, byKey);

  // Aliases: surnames and shorter forms of people, organisations without their head word.
  const aliasOwners = new Map<string, Set<Entity>>();
  const own = (alias: string, e: Entity) => {
    const key = alias.toLowerCase();
    if (!aliasOwners.has(key)) aliasOwners.set(key, new Set());
    aliasOwners.get(key)!.add(e);
  };
  for (const e of entities) {
    for (const alias of aliasesOf(e)) own(alias, e);
  }
  const resolve = (text: string): Entity | undefined => {
    const owners = aliasOwners.get(text.toLowerCase());
    return owners !== undefined && owners.size === 1 ? [...owners][0] : undefined;
  };
  for (const e of entities) e.aliases = aliasesOf(e).filter((a) => resolve(a) === e);

  // Countries named only in titles ("US Secretary of State") are still mentioned.
  for (const c of candidates) {
    for (const j of c.titleCountries ?? []) {
      const t = sentences[c.run.sentence]!.tokens[j]!;
      const country = countryOfDemonym(lowerBare(t)) ?? lookupPlace(bare(t))?.name;
      if (country === undefined) continue;
      const e = add('place', 'country', country);
      e.mentions.push({ entity: e.id, sentence: c.run.sentence, first: j, last: j, titleFirst: j, role: '', start: t.start, end: t.start + bare(t).length, text: bare(t), possessive: false, demonym: true });
    }
  }

  // Pass 2: mentions, with short forms resolved.
  for (const c of candidates) {
    const s = sentences[c.run.sentence]!;
    let entity: Entity | undefined;
    let demonym = false;
    let text = c.text;
    if (c.kind === 'demonym') {
      const country = countryOfDemonym(text);
      entity = country === undefined ? undefined : byKey.get(`place:${country.toLowerCase()}`);
      demonym = true;
    } else if (c.kind === 'place') entity = byKey.get(`place:${(lookupPlace(text)?.name ?? text).toLowerCase()}`);
    else if (shortFor.has(c)) {
      const long = shortFor.get(c)!;
      entity = byKey.get(`${long.kind}:${(long.kind === 'place' ? lookupPlace(long.text)?.name ?? long.text : long.text).toLowerCase()}`);
    } else {
      entity = resolve(text) ?? byHonorific(text, c.role, aliasOwners.get(text.toLowerCase()), sentences);
      // A person known by one word only needs a title or a name the tagger knows: "Commerce said" is no one.
      const oneWord = !/\s/.test(text);
      if (entity === undefined && c.kind === 'person' && (!oneWord || c.role !== '' || hasPersonTag(s.tokens[c.nameFirst]!))) entity = add('person', 'person', text);
      if (entity === undefined && c.kind !== 'unknown') entity = byKey.get(`${c.kind}:${text.toLowerCase()}`);
      if (entity === undefined && c.kind === 'unknown' && c.subtype === 'after-preposition' && (s.tokens[c.nameFirst]!.tags.has('Place') || s.tokens[c.nameFirst]!.tags.has('City'))) {
        entity = add('place', 'place', text);
      }
    }
    if (entity === undefined) continue;
    const firstToken = s.tokens[c.nameFirst]!;
    const lastToken = s.tokens[c.run.last]!;
    if (entity.kind === 'place' && entity.within === undefined) {
      const within = placeAfter(s.tokens, c.run.last);
      if (within !== undefined) entity.within = within;
    }
    const possessive = isPossessive(lastToken);
    const end = possessive ? lastToken.start + bare(lastToken).length : lastToken.end;
    text = s.text.slice(firstToken.start, end);
    entity.mentions.push({
      entity: entity.id,
      sentence: c.run.sentence,
      first: c.nameFirst,
      last: c.run.last,
      titleFirst: c.titleFirst,
      role: c.role,
      start: firstToken.start,
      end,
      text,
      possessive,
      demonym,
    });
  }
  return entities.filter((e) => e.mentions.length > 0);
}

/**
 * "Ms. Olivier" in an article about Marguerite Olivier and her nephew Paul Olivier: a surname two people share
 * goes to the one whose first name the honorific's gender fits, when exactly one does.
 */
function byHonorific(text: string, role: string, owners: ReadonlySet<Entity> | undefined, sentences: readonly SentenceInput[]): Entity | undefined {
  if (owners === undefined || owners.size < 2) return undefined;
  const honorific = role.split(' ').find((w) => HONORIFICS.has(w));
  const wanted = /^(?:ms|ms\.|mrs|mrs\.|miss|dame|lady)$/.test(honorific ?? '') ? 'FemaleName' : /^(?:mr|mr\.|sir|lord)$/.test(honorific ?? '') ? 'MaleName' : undefined;
  if (wanted === undefined || /\s/.test(text)) return undefined;
  const fits = [...owners].filter((e) => e.kind === 'person' && e.mentions.some((m) => sentences[m.sentence]!.tokens[m.first]!.tags.has(wanted)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** "Edmundo González" and "Edmundo González Urrutia" are one person: keep the longer name. */
function mergePeople(entities: Entity[], byKey: Map<string, Entity>): void {
  const people = entities.filter((e) => e.kind === 'person');
  for (const a of people) {
    for (const b of people) {
      if (a === b || a.kind !== 'person' || b.kind !== 'person') continue;
      if (b.name.length > a.name.length && b.name.toLowerCase().startsWith(`${a.name.toLowerCase()} `) && a.name.split(' ').length >= 2) {
        byKey.set(`person:${a.name.toLowerCase()}`, b);
        a.kind = 'thing';
        a.subtype = 'merged';
      }
    }
  }
  // "Dr Samira El Idrissi … El Idrissi said": a name of two words or more that ends one other person's name,
  // and only one, is that person's surname.
  for (const a of people) {
    if (a.kind !== 'person' || a.name.split(' ').length < 2) continue;
    const longer = people.filter((b) => b !== a && b.kind === 'person' && b.name.toLowerCase().endsWith(` ${a.name.toLowerCase()}`));
    if (longer.length !== 1) continue;
    byKey.set(`person:${a.name.toLowerCase()}`, longer[0]!);
    a.kind = 'thing';
    a.subtype = 'merged';
  }
  for (let i = entities.length - 1; i >= 0; i--) {
    if (entities[i]!.subtype === 'merged') entities.splice(i, 1);
  }
  entities.forEach((e, i) => (e.id = i));
}

function aliasesOf(e: Entity): string[] {
  const out = new Set<string>([e.name]);
  // "Darnell R. Whitcombe" is also "Darnell Whitcombe"; an initial is never a name on its own.
  const initial = (w: string) => /^\p{Lu}\.$/u.test(w);
  if (e.kind === 'person' && e.name.split(/\s+/).some(initial)) out.add(e.name.split(/\s+/).filter((w) => !initial(w)).join(' '));
  const words = e.kind === 'person' ? e.name.split(/\s+/).filter((w) => !initial(w)) : e.name.split(/\s+/);
  // "Louis XVI" is "Louis", never "XVI" (a name one other king shares is dropped as an alias below).
  if (e.kind === 'person' && words.length === 2 && /^[IVXL]+$/.test(words[1]!)) return [...out, words[0]!];
  if (e.kind === 'person' && words.length >= 2) {
    // Every tail of the name is a way to refer to the person: "Machado", "Corina Machado", "da Silva".
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i);
      if (NAME_PARTICLES.has(tail[0]!.toLowerCase()) && tail.length === 1) continue;
      out.add(tail.join(' '));
    }
    // Two surnames ("González Urrutia") and a nickname before a particle ("Lula da Silva").
    const secondLast = words[words.length - 2]!;
    if (words.length >= 3 && !NAME_PARTICLES.has(secondLast.toLowerCase())) out.add(secondLast);
    const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w.toLowerCase()));
    if (particle > 1) out.add(words[particle - 1]!);
    if (words[0]!.includes('-') === false && words[words.length - 1]!.includes('-')) {
      out.add(words[words.length - 1]!.split('-')[0]!);
    }
  }
  const acronym = e.kind === 'org' ? ACRONYM_OF.get(e.name.toLowerCase()) : undefined;
  if (acronym !== undefined) out.add(acronym);
  if (e.kind === 'org' && words.length >= 2) {
    const head = words[words.length - 1]!.toLowerCase();
    // "Redhill Royals" … "the Royals".
    if (e.subtype === 'team' && !ORG_HEADS.has(head) && /^\p{Lu}\p{Ll}+s$/u.test(words[words.length - 1]!)) out.add(words[words.length - 1]!);
    if (ORG_HEADS.has(head) && words.length === 2 && !/^(?:national|united|royal|federal|central|state|new)$/i.test(words[0]!)) {
      out.add(words[0]!);
    }
    // "Haldor Trucks" … "from Haldor": a company is called by its first word.
    if (e.subtype === 'company' && words.length === 2 && lookupPlace(words[0]!) === undefined && countryOfDemonym(words[0]!) === undefined && !/^(?:national|united|royal|federal|central|state|new|general|american|british|european|international)$/i.test(words[0]!)) {
      out.add(words[0]!);
    }
  }
  if (e.kind === 'place') {
    if (e.name === 'United States') ['US', 'U.S.', 'USA', 'America'].forEach((a) => out.add(a));
    if (e.name === 'United Kingdom') ['UK', 'U.K.', 'Britain'].forEach((a) => out.add(a));
  }
  return [...out];
}

export type { OrgType, PlaceType };
