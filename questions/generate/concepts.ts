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
import type { Token } from './tokens';

export type DefinitionForm =
  /** "NP is called TERM" */
  | 'called'
  /** "a NOUN called TERM" inside a sentence */
  | 'named'
  /** "TERM is the NP that …" */
  | 'is-a';

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
}

export interface Concept {
  term: string;
  lower: string;
  plural: boolean;
  classNoun: string;
  definitions: Definition[];
  /** Where the term occurs, as offsets in sentence texts. */
  mentions: { sentence: number; start: number; end: number }[];
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const NAMING = new Set(['called', 'termed', 'named']);
const STOP_TERM = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'which', 'what', 'anything', 'something', 'one', 'some', 'all', 'most', 'more', 'the', 'a', 'an']);
const CLAUSE_END = /^(?:when|where|which|that|who|because|if|as|while|and|but|or|in|on|at|of|for|from|with|by|to|without|after|before)$/;

const ends = (t: Token) => /[,;:.!?)]/.test(t.post);

/** The term right after "called"/"known as": up to three words, before punctuation or a clause word. */
function termAfter(tokens: readonly Token[], i: number): [number, number] | undefined {
  let first = i;
  if (/^(?:a|an|the)$/.test(tokens[first]?.lower ?? '')) first++;
  let last = first - 1;
  for (let j = first; j < Math.min(tokens.length, first + 3); j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.test(t.lower) || t.tags.has('Verb') || t.tags.has('Value') || t.tags.has('Pronoun')) break;
    last = j;
    if (ends(t)) break;
  }
  if (last < first) return undefined;
  const words = tokens.slice(first, last + 1);
  if (!words.some((t) => t.tags.has('Noun') || t.tags.has('Adjective') || /ing$/.test(t.lower))) return undefined;
  if (words.some((t) => t.tags.has('Superlative') || /est$/.test(t.lower) && t.tags.has('Adjective'))) return undefined;
  if (STOP_TERM.has(words[0]!.lower)) return undefined;
  return [first, last];
}

/** Definitions in one sentence. */
function definitionsIn(s: Sentence): Definition[] {
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
      const np = t.slice(npFirst, c);
      if (np.length === 0 || np[0]!.tags.has('Preposition') || np[0]!.tags.has('Conjunction') || np.some((x) => x.tags.has('Verb') && !x.tags.has('Participle') && !x.tags.has('PastTense'))) continue;
      found.push({ sentence: s.index, form: 'called', termFirst: term[0], termLast: term[1], npFirst, npLast: c - 1, copula: c, classNoun: headNoun(np) });
    } else if (i >= 1 && t[i - 1]!.tags.has('Noun') && !t[i - 1]!.tags.has('Pronoun') && !ends(t[i - 1]!)) {
      let npFirst = i - 1;
      while (npFirst > 0 && (t[npFirst - 1]!.tags.has('Adjective') || t[npFirst - 1]!.tags.has('Determiner')) && !ends(t[npFirst - 1]!)) npFirst--;
      found.push({ sentence: s.index, form: 'named', termFirst: term[0], termLast: term[1], npFirst, npLast: i - 1, copula: -1, classNoun: t[i - 1]!.lower });
    }
  }
  // "TERM is the process by which …" at the start of the sentence.
  const c = t.findIndex((x) => COPULAS.has(x.lower));
  if (c >= 1 && c <= 4) {
    let termFirst = 0;
    if (t[0]!.lower === 'the') termFirst = 1;
    const term = t.slice(termFirst, c);
    const next = t[c + 1];
    const termOk =
      term.length > 0 &&
      term.every((x) => (x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('ProperNoun')) && !x.tags.has('Pronoun') && !x.tags.has('Value') && !ends(x)) &&
      !STOP_TERM.has(term[0]!.lower) &&
      !term.some((x) => /^(?:people|we|it|this|there)$/.test(x.lower));
    const afterNext = t[c + 2];
    const predicateOk =
      next !== undefined &&
      (/^(?:a|an|the|anything|something)$/.test(next.lower) || (next.tags.has('Adjective') && afterNext !== undefined && (afterNext.tags.has('Noun') || afterNext.tags.has('Adjective')) && !afterNext.tags.has('Preposition'))) &&
      !t[c + 2]?.tags.has('Value') &&
      !next.tags.has('Verb');
    if (termOk && predicateOk) {
      let npLast = t.length - 1;
      const np = t.slice(c + 1);
      if (np.some((x) => x.tags.has('Noun') && !x.tags.has('Pronoun'))) {
        found.push({ sentence: s.index, form: 'is-a', termFirst, termLast: c - 1, npFirst: c + 1, npLast, copula: c, classNoun: headNoun(np) });
        npLast = npLast + 0;
      }
    }
  }
  return found;
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
  return CLASS_FAMILY[singular(head)] ?? singular(head);
}

/** Class nouns that name one family of terms ("a process", "a change" of state). */
const CLASS_FAMILY: Record<string, string> = { process: 'process', change: 'process', reaction: 'process', structure: 'structure', organelle: 'structure', part: 'structure' };

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
  const add = (term: string, classNoun: string, plural: boolean): Concept | undefined => {
    const lower = term.toLowerCase();
    if (personal.has(lower) || lower.length < 3) return undefined;
    let c = byTerm.get(lower);
    if (c === undefined) {
      c = { term, lower, plural, classNoun, definitions: [], mentions: [] };
      byTerm.set(lower, c);
    }
    return c;
  };
  for (const s of sentences) {
    for (const d of definitionsIn(s)) {
      const words = s.tokens.slice(d.termFirst, d.termLast + 1);
      const term = s.text.slice(words[0]!.start, words[words.length - 1]!.end);
      const concept = add(/^\p{Lu}/u.test(term) && d.termFirst === 0 && !words[0]!.tags.has('ProperNoun') ? term[0]!.toLowerCase() + term.slice(1) : term, d.classNoun, words[words.length - 1]!.tags.has('Plural'));
      concept?.definitions.push(d);
    }
    const listed = listedTerms(s);
    if (listed !== undefined) for (const term of listed.terms) add(term, singular(listed.classNoun), false);
  }
  // Every occurrence of every term, as a whole word (singular or plural).
  for (const c of byTerm.values()) {
    const stem = c.lower.replace(/(?:s|es)$/, '');
    const re = new RegExp(`(?<![\\p{L}-])${escape(stem)}(?:s|es)?(?![\\p{L}-])`, 'giu');
    for (const s of sentences) {
      for (const m of s.text.matchAll(re)) c.mentions.push({ sentence: s.index, start: m.index, end: m.index + m[0].length });
    }
  }
  return [...byTerm.values()].filter((c) => c.mentions.length > 0);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
