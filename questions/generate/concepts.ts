/**
 * @module
 * Concepts a classroom text teaches: terms it defines ("The change from a gas to a liquid is called
 * condensation", "Photosynthesis is the process by which …", "a green pigment called chlorophyll") and terms
 * it lists as members of one class ("three states: solid, liquid or gas"). Each concept keeps its definitions
 * and its mentions, so that templates can ask for a term from its definition and choose other terms of the
 * same class as distractors.
 */
import type { Sentence } from './article';
import type { Entity } from './entities';
import { quoteSpans } from './quotes';
import type { Token } from './tokens';
import { contrastedTerms, lawsIn, measuredIn } from './concept-forms';
import { ROLE_NOUNS } from './lexicon';
import { escapeRegExp } from '../text/regexp';

export type DefinitionForm =
  /** "NP is called TERM" */
  | 'called'
  /** "a NOUN called TERM" inside a sentence */
  | 'named'
  /** "TERM is the NP that …" */
  | 'is-a'
  /** "QUANTITY is measured in TERM (a unit), using a TERM (an instrument)" */
  | 'measured'
  /** "… by TERM (a law): STATEMENT", "TERM states that STATEMENT" */
  | 'law'
  /** "an oasis, a fertile place in a desert where …", "a caravan, which is a group of traders …" */
  | 'apposition'
  /** "Geologists call this slow process the rock cycle" (`copula` is the index of "call") */
  | 'call';

export interface Definition {
  sentence: number;
  form: DefinitionForm;
  /** Token range of the term, inclusive. */
  termFirst: number;
  termLast: number;
  /** Token range of what defines it: the subject NP of "is called", the predicate NP of "is a". */
  npFirst: number;
  npLast: number;
  /** Token index of the copula ("is", "are"), or -1. */
  copula: number;
  /** The class noun of the definition ("process", "change", "structure"), lower case. */
  classNoun: string;
  /** 'measured': the quantity ("electric current"); 'law': what the law says. */
  about?: string;
  /** 'is-a': the other name of the term ("Voltage, or potential difference, is …"). */
  alias?: string;
}

export interface Concept {
  term: string;
  lower: string;
  plural: boolean;
  /** A term that is an adjective ("dormant", "extinct"), which only other adjectives can stand in for. */
  adjective: boolean;
  classNoun: string;
  /** Other names the text gives it ("Voltage, or potential difference, is …"). */
  aliases: string[];
  definitions: Definition[];
  /** Where the term occurs, as offsets in sentence texts. */
  mentions: { sentence: number; start: number; end: number }[];
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const NAMING = new Set(['called', 'termed', 'named']);
const STOP_TERM = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'which', 'what', 'anything', 'something', 'one', 'some', 'all', 'most', 'more', 'the', 'a', 'an',
  // "The result is sedimentary rock": a word that points at something, not a term.
  'result', 'results', 'reason', 'answer', 'problem', 'idea', 'aim', 'goal', 'effect', 'outcome', 'difference', 'point', 'truth', 'question', 'solution', 'key', 'rest', 'same', 'first', 'last', 'next', 'other', 'second', 'third']);
const CLAUSE_END = /^(?:when|where|which|that|who|because|if|as|while|and|but|or|in|on|at|of|for|from|with|by|to|without|after|before)$/;

const ends = (t: Token) => /[,;:.!?)]/.test(t.post);

/** The term right after "called"/"known as": up to three words, before punctuation or a clause word. */
function termAfter(tokens: readonly Token[], i: number): [number, number] | undefined {
  let first = i;
  // "is called its atomic number": the term is "atomic number".
  if (/^(?:a|an|the|its|their)$/.test(tokens[first]?.lower ?? '')) first++;
  let last = first - 1;
  let named = false;
  for (let j = first; j < Math.min(tokens.length, first + 3); j++) {
    const t = tokens[j]!;
    // "an official named Zhang Qian westwards": an adverb ends the name.
    if (CLAUSE_END.test(t.lower) || t.tags.has('Value') || t.tags.has('Pronoun') || (t.tags.has('Adverb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))) break;
    // "nerve cells called neurones carry …", "four states called khanates": the word a name is given is a
    // noun, whatever the tagger made of an unfamiliar plural.
    if (j === first && j > 0 && NAMING.has(tokens[j - 1]!.lower) && t.tags.has('Verb') && /^\p{Ll}+s$/u.test(t.text) && !/(?:ed|ing)$/.test(t.lower)) {
      last = j;
      named = true;
      if (ends(t)) break;
      continue;
    }
    if (t.tags.has('Verb')) {
      // "a force called slab pull, does …": a bare verb form that closes the term at a comma is its noun.
      if (j > first && t.tags.has('Infinitive') && /^[,.;]/.test(t.post)) last = j;
      break;
    }
    last = j;
    // "a pascal (Pa), named after …": a bracket ends the term.
    if (ends(t) || /\(/.test(t.post) || /\(/.test(tokens[j + 1]?.pre ?? '')) break;
  }
  if (last < first) return undefined;
  const words = tokens.slice(first, last + 1);
  if (!named && !words.some((t) => t.tags.has('Noun') || t.tags.has('Adjective') || /ing$/.test(t.lower))) return undefined;
  if (words.some((t) => t.tags.has('Superlative') || /est$/.test(t.lower) && t.tags.has('Adjective'))) return undefined;
  if (STOP_TERM.has(words[0]!.lower)) return undefined;
  return [first, last];
}

/**
 * "… called the principal focus, or focal point.": the other name set after the term; "… known as a pascal
 * (Pa)": its symbol in brackets.
 */
function orAlias(tokens: readonly Token[], last: number): { alias?: string } {
  const next = tokens[last + 1];
  if (next !== undefined && (/\(\s*$/.test(tokens[last]!.post) || /\(\s*$/.test(next.pre)) && /^\)/.test(next.post) && next.text.length <= 4) return { alias: next.text };
  if (next?.lower !== 'or' || !/^,\s*$/.test(tokens[last]!.post)) return {};
  let end = last + 2;
  while (end < tokens.length && end < last + 5 && !ends(tokens[end]!)) end++;
  const words = tokens.slice(last + 2, end + 1);
  if (words.length === 0 || words.length > 3 || end >= tokens.length || !words.every((x) => (x.tags.has('Noun') || x.tags.has('Adjective')) && !x.tags.has('Pronoun'))) return {};
  const text = words.map((x) => x.text).join(' ');
  return { alias: /^(?:a|an|the)\s/i.test(text) ? text.replace(/^\S+\s/, '') : text };
}

/** Definitions in one sentence, outside its quotations (a speaker's words define nothing for the text). */
function definitionsIn(s: Sentence): Definition[] {
  const quoted = quoteSpans(s.text);
  const inQuote = (d: Definition) => quoted.some((q) => s.tokens[d.termFirst]!.start >= q.start && s.tokens[d.termFirst]!.start < q.end);
  return allDefinitionsIn(s).filter((d) => !inQuote(d));
}

function allDefinitionsIn(s: Sentence): Definition[] {
  const t = s.tokens;
  const found: Definition[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lower;
    const knownAs = w === 'known' && t[i + 1]?.lower === 'as';
    if (!NAMING.has(w) && !knownAs) continue;
    const term = termAfter(t, i + (knownAs ? 2 : 1));
    // "often called the powerhouses of the cell" is a nickname, not a term.
    if (term === undefined || t[term[1] + 1]?.lower === 'of') continue;
    // "NP is called TERM": the copula stands right before (perhaps with an adverb).
    let c = i - 1;
    if (t[c]?.tags.has('Adverb')) c--;
    if (c >= 1 && COPULAS.has(t[c]!.lower)) {
      let npFirst = c - 1;
      while (npFirst > 0 && !ends(t[npFirst - 1]!)) npFirst--;
      // "An animal that eats only plants, such as a rabbit or a cow, is called …": examples set off by commas
      // belong to the phrase they follow.
      if (npFirst > 1 && /^,\s*$/.test(t[npFirst - 1]!.post) && /^(?:such|like|including|e\.g\.)$/.test(t[npFirst]!.lower) && (t[npFirst]!.lower !== 'such' || t[npFirst + 1]?.lower === 'as')) {
        npFirst--;
        while (npFirst > 0 && !ends(t[npFirst - 1]!)) npFirst--;
      }
      // "The spread of beliefs, inventions and customs … is called …": a list's commas are inside the phrase.
      const listItem = (i: number) => {
        let j = i;
        while (j < c && (t[j]!.tags.has('Noun') || t[j]!.tags.has('Adjective')) && !t[j]!.tags.has('Pronoun') && !ends(t[j]!)) j++;
        return j > i && j - i <= 2 && /^(?:and|or)$/.test(t[j]?.lower ?? '') && t[i - 1]!.tags.has('Noun') && !t[i - 1]!.tags.has('Pronoun');
      };
      while (npFirst > 1 && /^,\s*$/.test(t[npFirst - 1]!.post) && listItem(npFirst)) {
        npFirst--;
        while (npFirst > 0 && !ends(t[npFirst - 1]!)) npFirst--;
      }
      // "The rich, old landowning families were called …": a comma between two adjectives is inside the phrase.
      while (npFirst > 1 && t[npFirst]!.tags.has('Adjective') && t[npFirst - 1]!.tags.has('Adjective') && /^,\s*$/.test(t[npFirst - 1]!.post)) {
        npFirst--;
        while (npFirst > 0 && !ends(t[npFirst - 1]!)) npFirst--;
      }
      // "The place where a river begins, often in hills or mountains, is called …", "The edge of a drainage
      // basin, usually a ridge of high land, is called …": an aside between commas is not the phrase named.
      let npEnd = c - 1;
      if (npFirst > 1 && /^,\s*$/.test(t[npFirst - 1]!.post) && /^,\s*$/.test(t[c - 1]!.post) && (t[npFirst]!.tags.has('Adverb') || /^(?:often|usually|sometimes|also|typically|normally|generally|mostly|mainly|especially)$/.test(t[npFirst]!.lower))) {
        npEnd = npFirst - 1;
        npFirst--;
        while (npFirst > 0 && !ends(t[npFirst - 1]!)) npFirst--;
      }
      // "…, and the two lower chambers are called ventricles": the second definition of a sentence.
      if (/^(?:and|but|while)$/.test(t[npFirst]!.lower) && npFirst < c - 1) npFirst++;
      // "Beneath the surface this molten rock is called magma": the phrase starts at its own determiner.
      if (t[npFirst]!.tags.has('Preposition') || LEADING_PREPOSITION.test(t[npFirst]!.lower)) {
        let d = c - 1;
        while (d > npFirst && !/^(?:this|these|that|those|the|a|an)$/.test(t[d]!.lower)) d--;
        if (d > npFirst + 1 && !t.slice(d, c).some((x) => x.tags.has('Preposition'))) npFirst = d;
      }
      const np = t.slice(npFirst, npEnd + 1);
      // A verb may stand in a relative clause ("Blood vessels that carry blood … are called arteries", "Regions
      // where the particles are squeezed together are called compressions").
      const relative = np.findIndex((x) => /^(?:that|which|who|where|whose)$/.test(x.lower));
      // "Those that carry blood back …": the class is a noun of the sentence before.
      // "The material a river carries is called …": a relative clause without "that", opening with its own
      // determiner right after the head noun.
      const reduced = relative >= 0 ? -1 : np.findIndex((x, k) => k >= 2 && /^(?:a|an|the)$/.test(x.lower) && np[k - 1]!.tags.has('Noun') && !np[k - 1]!.tags.has('Pronoun') && np.slice(k + 1).some((y) => y.tags.has('Verb')));
      const clauseAt = relative >= 0 ? relative : reduced;
      const classNoun = relative === 1 && /^(?:those|these)$/.test(np[0]!.lower) ? '' : headNoun(reduced > 0 ? np.slice(0, reduced) : np);
      // "This bending of light is called …": a word in -ing after a determiner is a noun.
      const gerund = (x: Token, k: number) => /ing$/.test(x.lower) && k > 0 && /^(?:this|that|these|those|the|a|an|its|their)$/.test(np[k - 1]!.lower);
      const verbs = np.filter((x, k) => x.tags.has('Verb') && !x.tags.has('Participle') && !x.tags.has('PastTense') && (clauseAt < 0 || k < clauseAt) && !gerund(x, k));
      // "He scored 27 goals … and was named the best young player": a pronoun or a clause is no noun phrase.
      const clause = np[0]?.tags.has('Pronoun') === true || np[np.length - 1]?.tags.has('Conjunction') === true;
      if (np.length === 0 || np[0]!.tags.has('Preposition') || np[0]!.tags.has('Conjunction') || verbs.length > 0 || relative === 0 || clause) continue;
      found.push({ sentence: s.index, form: 'called', termFirst: term[0], termLast: term[1], npFirst, npLast: npEnd, copula: c, classNoun, ...orAlias(t, term[1]) });
    } else if (i >= 1 && /^['’]?,\s*$/.test(t[i - 1]!.post) && /^\p{Ll}/u.test(t[term[0]]!.text) && (/^,/.test(t[term[1]]!.post) || term[1] === t.length - 1) && (t[i - 1]!.lower === 'ones' || (t[i - 1]!.tags.has('Noun') && !t[i - 1]!.tags.has('Pronoun')))) {
      // "many smaller ones, called tectonic plates,", "The smallest vessels, called capillaries, are …",
      // "others blamed 'bad air', known as miasma."
      const classNoun = t[i - 1]!.lower === 'ones' ? '' : singular(t[i - 1]!.lower);
      found.push({ sentence: s.index, form: 'named', termFirst: term[0], termLast: term[1], npFirst: i - 1, npLast: i - 1, copula: -1, classNoun });
    } else if (i >= 1 && t[i - 1]!.tags.has('Noun') && !t[i - 1]!.tags.has('Pronoun') && !ends(t[i - 1]!)) {
      // "an official named Zhang Qian": a person's name, not a term.
      if (/^\p{Lu}/u.test(t[term[0]]!.text) && (ROLE_NOUNS.has(t[i - 1]!.lower) || /^(?:man|woman|boy|girl|child|person|official|monk|merchant|explorer|king|queen|emperor|general|soldier|priest|trader)$/.test(t[i - 1]!.lower))) continue;
      let npFirst = i - 1;
      while (npFirst > 0 && (t[npFirst - 1]!.tags.has('Adjective') || t[npFirst - 1]!.tags.has('Determiner')) && !ends(t[npFirst - 1]!)) npFirst--;
      found.push({ sentence: s.index, form: 'named', termFirst: term[0], termLast: term[1], npFirst, npLast: i - 1, copula: -1, classNoun: t[i - 1]!.lower, ...orAlias(t, term[1]) });
    }
  }
  found.push(...appositionsIn(s), ...activeNamingIn(s));
  // "TERM is the process by which …" at the start of the sentence; "TERM, or ALIAS, is …" names it twice.
  const c = t.findIndex((x) => COPULAS.has(x.lower));
  const or = t.findIndex((x, i) => i >= 1 && i <= 3 && x.lower === 'or' && /^,\s*$/.test(t[i - 1]!.post));
  const aliasEnd = or < 0 ? -1 : t.findIndex((x, i) => i > or && i <= or + 3 && /^,\s*$/.test(x.post));
  const aliased = or > 0 && aliasEnd === c - 1 && t.slice(or + 1, c).every((x) => x.tags.has('Noun') || x.tags.has('Adjective'));
  // "In chemistry, a salt is …": a short opener before the term.
  const lead = t.findIndex((x, i) => i <= 3 && /^,\s*$/.test(x.post)) + 1;
  const openerFirst = lead > 0 && t[0]!.tags.has('Preposition') ? lead : 0;
  if (c >= 1 && (c - openerFirst <= 4 || aliased)) {
    let termFirst = openerFirst;
    if (/^(?:the|a|an)$/.test(t[termFirst]!.lower)) termFirst++;
    const term = t.slice(termFirst, aliased ? or : c).map((x, i, all) => (i === all.length - 1 && aliased ? { ...x, post: ' ' } : x));
    const next = t[c + 1];
    const termOk =
      term.length > 0 &&
      term.every((x) => (x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('ProperNoun')) && !x.tags.has('Pronoun') && !x.tags.has('Value') && !ends(x)) &&
      !STOP_TERM.has(term[0]!.lower) &&
      !term.some((x) => /^(?:people|we|it|this|there)$/.test(x.lower)) &&
      // "The Sun is a star": a named thing said to be one of a kind is no definition of that kind.
      !(term.some((x) => x.tags.has('ProperNoun') || (/^\p{Lu}/u.test(x.text) && x !== t[0])) && /^(?:a|an)$/.test(next?.lower ?? '')) &&
      // "The longest river is the Nile": a superlative picks out a thing, it defines no term.
      !term.some((x) => x.tags.has('Superlative') || (/est$/.test(x.lower) && x.tags.has('Adjective')));
    const afterNext = t[c + 2];
    const predicateOk =
      next !== undefined &&
      (/^(?:a|an|the|any|anything|something)$/.test(next.lower) || (next.tags.has('Adjective') && afterNext !== undefined && (afterNext.tags.has('Noun') || afterNext.tags.has('Adjective')) && !afterNext.tags.has('Preposition'))) &&
      !t[c + 2]?.tags.has('Value') &&
      !next.tags.has('Verb') &&
      !(next.lower === 'the' && /^\p{Lu}/u.test(afterNext?.text ?? ''));
    if (termOk && predicateOk) {
      let npLast = t.length - 1;
      const np = t.slice(c + 1);
      if (np.some((x) => x.tags.has('Noun') && !x.tags.has('Pronoun'))) {
        found.push({ sentence: s.index, form: 'is-a', termFirst, termLast: aliased ? or - 1 : c - 1, npFirst: c + 1, npLast, copula: c, classNoun: headNoun(np), ...(aliased ? { alias: s.text.slice(t[or + 1]!.start, t[c - 1]!.end) } : {}) });
        npLast = npLast + 0;
      }
    }
  }
  return found;
}

/**
 * "Geologists call this slow, never-ending process the rock cycle": who names it, the phrase it names, then
 * the term after its own "the" or "a".
 */
function activeNamingIn(s: Sentence): Definition[] {
  const t = s.tokens;
  const found: Definition[] = [];
  for (let i = 1; i < t.length - 3; i++) {
    if (!/^(?:call|calls)$/.test(t[i]!.lower) || i > 3) continue;
    const subject = t.slice(0, i);
    if (!subject.every((x) => x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('Determiner')) || subject.some((x) => x.tags.has('ProperNoun') && x !== t[0])) continue;
    if (!/^(?:this|these|that|those|the|a|an)$/.test(t[i + 1]!.lower)) continue;
    let j = i + 3;
    while (j < t.length && !/^(?:the|a|an)$/.test(t[j]!.lower)) j++;
    if (j >= t.length - 1 || t.slice(i + 2, j).some((x) => x.tags.has('Preposition') || CLAUSE_END.test(x.lower))) continue;
    const term = termAfter(t, j);
    if (term === undefined || term[1] !== t.length - 1) continue;
    found.push({ sentence: s.index, form: 'call', termFirst: term[0], termLast: term[1], npFirst: i + 1, npLast: j - 1, copula: i, classNoun: headNoun(t.slice(i + 1, j)) });
  }
  return found;
}

const PERSON_NOUNS = /^(?:man|woman|men|women|boy|girl|child|children|person|people|official|officials|resident|residents|worker|workers|member|members|father|mother|son|daughter|friend|neighbour|neighbor|wife|husband)$/;
const LEADING_PREPOSITION = /^(?:beneath|below|under|underneath|above|inside|within|in|on|at|during|over|after|before|across|around|near|outside|deep)$/;
const DEFINING = /^(?:that|which|who|where|whose|when|used|made|consisting|containing)$/;

/**
 * "travelled in a caravan, which is a group of traders … for safety", "near an oasis, a fertile place in a
 * desert where underground water reaches the surface": a common noun set beside a description that says
 * what it is (a relative clause or a participle in it), not merely what it is like.
 */
function appositionsIn(s: Sentence): Definition[] {
  const t = s.tokens;
  const found: Definition[] = [];
  const common = (x: Token) => (x.tags.has('Noun') || x.tags.has('Adjective')) && !x.tags.has('Pronoun') && !x.tags.has('ProperNoun') && !x.tags.has('Value') && /^\p{Ll}/u.test(x.text);
  for (let k = 1; k < t.length - 4; k++) {
    // "The Mongols were nomads: people who move from place to place …": a plural said after a copula, then
    // what such people or things are.
    if (/^[:,]\s*$/.test(t[k]!.post) && COPULAS.has(t[k - 1]!.lower) && t[k]!.tags.has('Plural') && common(t[k]!) && common(t[k + 1]!) && t[k + 1]!.tags.has('Plural') && /^(?:who|that|which)$/.test(t[k + 2]!.lower)) {
      let npLast = k + 1;
      while (npLast < t.length - 1 && !/[;:.]/.test(t[npLast]!.post)) npLast++;
      if (npLast - k >= 5) found.push({ sentence: s.index, form: 'apposition', termFirst: k, termLast: k, npFirst: k + 1, npLast, copula: -1, classNoun: singular(t[k + 1]!.lower) });
      continue;
    }
    if (!/^,\s*$/.test(t[k]!.post) || !t[k]!.tags.has('Noun') || !common(t[k]!)) continue;
    let termFirst = k;
    while (termFirst > 0 && k - termFirst < 2 && common(t[termFirst - 1]!) && !ends(t[termFirst - 1]!)) termFirst--;
    // People are described, not defined: "the mayor, a former teacher who …" names no term.
    if (ROLE_NOUNS.has(t[k]!.lower) || PERSON_NOUNS.test(t[k]!.lower)) continue;
    const determiner = t[termFirst - 1]?.lower ?? '';
    // "The Sun is a star, a huge ball of hot gas": the words describe the Sun, not every star.
    if (COPULAS.has(t[termFirst - 2]?.lower ?? '')) continue;
    const plural = t[k]!.tags.has('Plural');
    // "The second property is amplitude, the size of the vibrations": a text that counts its terms off names
    // each after a copula and says what it is after "the".
    const counted = COPULAS.has(determiner) && countingSubject(t.slice(0, termFirst - 1));
    // "an oasis, …", "the pH scale, …", "in cogs, broad sailing ships …"
    if (!counted && !/^(?:a|an|the)$/.test(determiner) && !(plural && /^(?:in|of|by|with|as|from|into|on|use|used)$/.test(determiner))) continue;
    let p = k + 1;
    if (t[p]!.lower === 'which' && /^(?:is|was|are|were)$/.test(t[p + 1]?.lower ?? '')) p += 2;
    const opens =
      /^(?:a|an)$/.test(t[p]?.lower ?? '') ||
      (plural && common(t[p]!) && t[p]!.tags.has('Adjective') && !t[p]!.tags.has('Verb')) ||
      (counted && t[p]!.lower === 'the' && t[p + 1]?.tags.has('Noun') === true && t[p + 2]?.lower === 'of');
    if (!opens) continue;
    let npLast = p;
    while (npLast < t.length - 1 && !ends(t[npLast]!)) npLast++;
    const np = t.slice(p, npLast + 1);
    // After "which is", the words say what it is; an apposition must carry a defining clause, or, ending its
    // sentence after "a"/"an", a phrase of its own ("an embargo, a ban on trade with a particular place").
    const which = p > k + 1;
    const sentenceEnd = npLast === t.length - 1 && (counted || /^(?:a|an)$/.test(determiner)) && np.some((x) => x.tags.has('Preposition'));
    if (np.length < (counted ? 4 : 5) || np.length > 25 || (!which && !sentenceEnd && !counted && !np.some((x, i) => i >= 2 && DEFINING.test(x.lower))) || /[;:]/.test(t[npLast]!.post)) continue;
    // "in layers, sedimentary rocks are where …": a clause with its own verb, not a description.
    const firstDefining = np.findIndex((x, i) => i >= 1 && DEFINING.test(x.lower));
    if (np.slice(0, firstDefining < 0 ? np.length : firstDefining).some((x) => x.tags.has('Copula') || x.tags.has('Auxiliary') || x.tags.has('Modal') || /^(?:is|are|was|were|has|have|had|will|can|could|would|may|might|must)$/.test(x.lower))) continue;
    // "a splash pad, a zip line and a fenced area": a list, not a description.
    if (np.some((x, i) => /^(?:and|or)$/.test(x.lower) && /^(?:a|an|the)$/.test(np[i + 1]?.lower ?? ''))) continue;
    // "the same temperature, a state that scientists call …", "the previous year, a group in which …": no term.
    if (t.slice(termFirst, k + 1).some((x) => /^(?:same|previous|next|last|following|other|first|year|years|month|months|week|weeks|day|days|time|period|season)$/.test(x.lower))) continue;
    if (np.some((x) => /^(?:call|calls|called|named|termed)$/.test(x.lower))) continue;
    found.push({ sentence: s.index, form: 'apposition', termFirst, termLast: k, npFirst: p, npLast, copula: -1, classNoun: headNoun(np.slice(1)) });
  }
  return found;
}

/** "The first", "The second property", "The third main type": a subject that counts terms off. */
function countingSubject(words: readonly Token[]): boolean {
  const [the, ordinal, ...rest] = words;
  return the?.lower === 'the' && /^(?:first|second|third|fourth|fifth|next|last|final|other)$/.test(ordinal?.lower ?? '') && rest.length <= 2 && rest.every((x) => x.tags.has('Noun') || x.tags.has('Adjective'));
}

/**
 * Whether a defined term is plural: its verb says so ("Mitochondria are …", "These pores are called stomata"),
 * or the noun it names does ("tiny structures called chloroplasts"), or its own last word is tagged plural.
 */
function pluralTerm(s: Sentence, d: Definition): boolean {
  const t = s.tokens;
  if (d.copula >= 0) return /^(?:are|were)$/.test(t[d.copula]!.lower);
  if (d.form === 'apposition' || d.form === 'call') return t[d.termLast]!.tags.has('Plural');
  return t[d.npLast]!.tags.has('Plural') || t[d.termLast]!.tags.has('Plural');
}

/** The head of the first noun group: "the control centre of the cell" → "centre". */
function headNoun(np: readonly Token[]): string {
  let head = '';
  for (const x of np) {
    const nominal = x.tags.has('Noun') && !x.tags.has('Pronoun');
    if (nominal) head = x.lower;
    else if (head !== '' && !x.tags.has('Adjective')) break;
    if (head !== '' && /[;:.!?)]/.test(x.post)) break;
  }
  return singular(head);
}

/**
 * Class nouns grouped into families of terms that can stand in for one another as options: processes and
 * forces ("subduction", "slab pull", "convection currents"), parts of a thing ("nucleus", "cytoplasm"),
 * states of matter, periods. A class outside every family (an unusual noun) fits any family.
 */
const FAMILIES: Record<string, string> = {
  process: 'process change reaction force current loop cycle movement mechanism method way technique procedure phenomenon effect',
  quantity: 'quantity rate measure amount ratio energy',
  structure: 'structure organelle part layer fluid centre center unit pore tube vessel organ tissue membrane wall cell body',
  substance: 'substance pigment chemical compound element material mineral gas fuel sugar molecule',
  state: 'state phase',
  period: 'period era age',
};
const CLASS_FAMILY: Record<string, string> = Object.fromEntries(
  Object.entries(FAMILIES).flatMap(([family, nouns]) => nouns.split(' ').map((n) => [n, family])),
);

/** The family of a class noun ("loops" → "process"), or '' when it belongs to none. */
export function classFamily(classNoun: string): string {
  return CLASS_FAMILY[singular(classNoun.toLowerCase())] ?? '';
}

/** Whether two class nouns name the same class ("change" and "process" do). */
export function sameClass(a: string, b: string): boolean {
  return (a !== '' && a === b) || (classFamily(a) !== '' && classFamily(a) === classFamily(b));
}

/** Whether a term names one thing ("Mid-Atlantic Ridge") rather than a kind of thing ("subduction"). */
export function isProperTerm(term: string): boolean {
  return /^\p{Lu}/u.test(term);
}

/**
 * Whether two concepts' classes allow one as a wrong option for the other: the same class or family, or a
 * class the text does not name ("many smaller ones, called …"). Two different classes outside every family
 * ("chambers" and "vessels") are kept apart: blood enters the heart through the atria, and also, in a way,
 * through the veins.
 */
export function compatibleClasses(a: string, b: string): boolean {
  if (a === '' || b === '' || singular(a) === singular(b)) return true;
  const x = classFamily(a);
  return x !== '' && x === classFamily(b);
}

export function singular(word: string): string {
  if (/(?:ss|us|is|as|os)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

/** "one of three states: solid, liquid or gas" */
function listedTerms(s: Sentence): { terms: string[]; classNoun: string } | undefined {
  const m = /\b(?:two|three|four|five|six|several|many|main|different)\s+([a-z]+?)s?:\s+([a-z -]+(?:,\s*[a-z -]+)*,?\s+(?:and|or)\s+[a-z -]+)\.?$/i.exec(s.text);
  if (m === null) return undefined;
  const terms = m[2]!.split(/,\s*|\s+(?:and|or)\s+/).map((x) => x.trim()).filter((x) => x !== '' && x.split(' ').length <= 3);
  return terms.length >= 2 ? { terms, classNoun: m[1]!.toLowerCase() } : undefined;
}

export function findConcepts(sentences: readonly Sentence[], entities: readonly Entity[]): Concept[] {
  const byTerm = new Map<string, Concept>();
  const personal = new Set(entities.filter((e) => e.kind === 'person' || e.kind === 'place').flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
  const add = (term: string, classNoun: string, plural: boolean, adjective = false): Concept | undefined => {
    const lower = term.toLowerCase();
    // "a pascal, named after Blaise Pascal": a unit in lower case is no person.
    if ((personal.has(lower) && /^\p{Lu}/u.test(term)) || lower.length < 3) return undefined;
    let c = byTerm.get(lower);
    if (c === undefined) {
      c = { term, lower, plural, adjective, classNoun, aliases: [], definitions: [], mentions: [] };
      byTerm.set(lower, c);
    }
    return c;
  };
  for (const s of sentences) {
    for (const d of definitionsIn(s)) {
      const words = s.tokens.slice(d.termFirst, d.termLast + 1);
      const term = s.text.slice(words[0]!.start, words[words.length - 1]!.end);
      const concept = add(/^\p{Lu}/u.test(term) && d.termFirst === 0 && !words[0]!.tags.has('ProperNoun') ? term[0]!.toLowerCase() + term.slice(1) : term, d.classNoun, pluralTerm(s, d), words.every((w) => w.tags.has('Adjective') && !w.tags.has('Noun') && !/ing$/.test(w.lower)));
      concept?.definitions.push(d);
      // "Voltage, or potential difference, is …": the other name is an alias, never a wrong option.
      if (d.alias !== undefined) concept?.aliases.push(d.alias);
    }
    const listed = listedTerms(s);
    if (listed !== undefined) for (const term of listed.terms) add(term, singular(listed.classNoun), false);
  }
  // The term each sentence defines first, which an "it" in the next one may stand for.
  const definedAt = new Map<number, string>();
  for (const c of byTerm.values()) for (const d of c.definitions) if (d.form === 'is-a' && d.termFirst <= 1 && !definedAt.has(d.sentence)) definedAt.set(d.sentence, c.term);
  // "The strength of a lens is known as its power. Power is measured in dioptres": the quantity belongs to
  // something ("its power"), and asked alone ("What unit is power measured in?") it has another unit.
  const owned = (quantity: string) => byTerm.get(quantity.toLowerCase())?.definitions.some((d) => /^(?:its|their)$/.test(sentences[d.sentence]!.tokens[d.termFirst - 1]?.lower ?? '')) === true;
  const measured = measuredIn(sentences, definedAt).filter((f) => f.definition.about === undefined || !owned(f.definition.about));
  for (const found of [...measured, ...lawsIn(sentences)]) add(found.term, found.definition.classNoun, found.plural)?.definitions.push(found.definition);
  const explains = entities.filter((e) => e.kind === 'person').length <= 1;
  for (const found of contrastedTerms(sentences, explains)) add(found.term, found.classNoun, false);
  // Every occurrence of every term, as a whole word (singular or plural); a sentence without the term's
  // letters is not searched.
  const lowered = sentences.map((s) => s.text.toLowerCase());
  for (const c of byTerm.values()) {
    const stem = c.lower.replace(/(?:s|es)$/, '');
    const re = new RegExp(`(?<![\\p{L}-])${escapeRegExp(stem)}(?:s|es)?(?![\\p{L}-])`, 'giu');
    sentences.forEach((s, i) => {
      if (!lowered[i]!.includes(stem)) return;
      for (const m of s.text.matchAll(re)) c.mentions.push({ sentence: s.index, start: m.index, end: m.index + m[0].length });
    });
  }
  return [...byTerm.values()].filter((c) => c.mentions.length > 0);
}
