/**
 * @module
 * What in a sentence can be blanked or swapped: its numbers, its named people, places and organisations,
 * and the concepts it mentions, each with its answer text, its other spellings and its wrong options.
 */
import type { Article, Sentence } from '../article';
import { conceptSpellings, entitySpellings, numberSpellings } from '../aliases';
import { sameClass, singular } from '../concepts';
import { knownPerson, leadingEntity, type Entity } from '../entities';
import { takesThe } from '../gazetteer';
import { writtenWithThe } from '../../checks/article-index';
import { HONORIFICS, ROLE_NOUNS, SPEECH_VERBS } from '../lexicon';
import { verbAfter } from '../quotes';
import { conceptOptions, displayTerm, entityOptions, numberOptions, type Option } from '../distractors';
import type { NumberMention } from '../numbers';

export interface Target {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  answer: string;
  /** As written in the sentence (the answer may be a fuller form of it). */
  surface: string;
  spellings: string[];
  focus: string;
  kind: 'number' | 'entity' | 'concept';
  /** Whether a reader can be expected to type it. */
  typeable: boolean;
  options: (stem: string) => Option[];
  /** Whether an option is of the same class as the answer (concepts); always true for the rest. */
  sameClass: (option: string) => boolean;
  /** A person who says something in the sentence ("said _____"): blanking them asks who spoke. */
  speaker?: boolean;
  /**
   * A person the sentence gives a title or role ("Peruvian Foreign Minister …", "the bassist …", "her
   * attorney, …"): swapped for someone else, the statement would be false for the title's sake.
   */
  titled?: boolean;
}

const COMPOUND_TAIL = /^\s+\d+\s*(?:minutes?|mins?|seconds?|secs?|inches?|lb|pounds?)\b/i;
const COMPOUND_LEAD = /\b\d+\s*(?:hours?|hrs?|minutes?|mins?|feet|foot|ft|stone)\s*$/i;

const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*|[$£€¥]?\d[\d,.]*\p{L}*)`;
/** A list of names or figures set after a number's noun phrase: ", Nauru and Tonga", ", of 265p and 290p". */
const LISTED = new RegExp(String.raw`^[^,.;:]{0,40},\s+(?:of\s+)?${NAME}(?:,\s+${NAME})*,?\s+(?:and|or)\s+${NAME}`, 'u');

/** "bringing the total in the outbreak to 27", "the death toll rose to 14": a bare number that counts. */
const RUNNING_TOTAL = /\b(?:(?:the |a )?total(?: [\p{L}'-]+){0,4} (?:to|of)|(?:rose|risen|climbed|fell|dropped|jumped|grew|increased|decreased) to|toll of|tally of|number of [\p{L}'-]+ to)\s*$/iu;

/**
 * Whether a number without a counted noun still counts something: a running total, "61 of the deaths", or a
 * figure in thousands written with commas ("more than 140,000 forced from their homes").
 */
function countsSomething(s: Sentence, n: NumberMention): boolean {
  const text = s.text;
  // "stage 14 of the race", "Route 27": a number after a noun labels it.
  const before = s.tokens.filter((t) => t.end <= n.start).pop();
  if (before !== undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && !/[,;:]/.test(before.post)) return false;
  if (RUNNING_TOTAL.test(text.slice(Math.max(0, n.start - 48), n.start))) return true;
  if (/^\s+of (?:the|them|those|these|its|their|whom|which)\b/i.test(text.slice(n.end, n.end + 16))) return true;
  return n.format.commas && n.format.currency === '' && n.value >= 1000;
}

const NUMBER_KINDS = new Set(['percent', 'money', 'count', 'measure', 'year', 'date', 'month', 'ordinal', 'age', 'decade', 'score', 'duration', 'fraction']);

export function targetsOf(article: Article, s: Sentence): Target[] {
  const out: Target[] = [];
  for (const n of s.numbers) {
    if (!NUMBER_KINDS.has(n.kind) && !(n.kind === 'number' && countsSomething(s, n))) continue;
    // "more than 1 metre long": after a one, the singular noun gives it away, and no other value fits.
    if (n.value === 1 && n.format.currency === '' && (n.kind === 'count' || n.kind === 'number' || n.kind === 'measure')) continue;
    // "1 minute 12 seconds", "6 feet 2 inches": the second part of one measure is no fact of its own.
    if (COMPOUND_LEAD.test(s.text.slice(Math.max(0, n.start - 24), n.start)) || COMPOUND_TAIL.test(s.text.slice(n.end, n.end + 24))) continue;
    // "Two members of the forum, Nauru and Tonga, declined": the names that follow count it out.
    if (n.value <= 12 && LISTED.test(s.text.slice(n.end, n.end + 120))) continue;
    out.push({
      start: n.start,
      end: n.end,
      answer: n.text,
      surface: n.text,
      spellings: numberSpellings(n),
      focus: `n:${n.text}`,
      kind: 'number',
      typeable: n.kind !== 'date' && n.kind !== 'score' && n.kind !== 'duration',
      options: (stem) => numberOptions(article, n, stem),
      sameClass: () => true,
    });
  }
  for (const m of s.mentions) {
    const e = article.entities[m.entity]!;
    if (e.kind === 'person' && !knownPerson(e, article)) continue;
    if (m.possessive || m.demonym || e.kind === 'thing' || dominates(article, e)) continue;
    if (e.kind === 'place' && !['country', 'city', 'state', 'region', 'place', 'street'].includes(e.subtype)) continue;
    // A place keeps the article's own word when its full name reads differently: "It began in Britain",
    // not "in United Kingdom".
    const answer = e.kind === 'person' || (e.kind === 'place' && takesThe(e.name) === takesThe(m.text)) ? e.name : m.text;
    // "of the _____": wrong options the article (or the gazetteer) writes with "the" too; "at _____": none it does.
    const the = /\bthe\s*$/i.test(s.text.slice(0, m.start));
    out.push({
      start: m.start,
      end: m.end,
      answer,
      surface: m.text,
      spellings: entitySpellings(e),
      focus: `e${e.id}`,
      kind: 'entity',
      titled: e.kind === 'person' && titled(s, m),
      speaker: e.kind === 'person' && (/"/.test(s.text) || SPEECH_VERBS.has(s.tokens[m.titleFirst - 1]?.lower ?? '') || SPEECH_VERBS.has(s.tokens[verbAfter(s.tokens, m)]?.lower ?? '')),
      typeable: e.name.split(' ').length <= 3,
      options: (stem) => entityOptions(article, e, stem).filter((o) => takesThe(o.text) === takesThe(answer) && (e.kind === 'person' || the === writtenWithThe(article, o.text))),
      sameClass: () => true,
    });
  }
  for (const c of article.concepts) {
    // "Bases that dissolve in water are called alkalis": outside its definition, "a strong _____" takes "base"
    // as rightly as "alkali", so a term of a kind the text also names is blanked only where it is defined.
    if (kindNamed(article).has(c) && !c.definitions.some((d) => d.sentence === s.index)) continue;
    for (const at of c.mentions) {
      if (at.sentence !== s.index) continue;
      if (out.some((o) => o.start < at.end && at.start < o.end)) continue;
      // "melting point": part of a longer term, blanking it would be ambiguous.
      const next = s.tokens.find((t) => t.start >= at.end);
      if (next !== undefined && s.text.slice(at.end, next.start) === ' ' && next.tags.has('Noun') && !next.tags.has('Pronoun') && /^\p{Ll}/u.test(next.text)) continue;
      const surface = s.text.slice(at.start, at.end);
      out.push({
        start: at.start,
        end: at.end,
        answer: /^\p{Lu}/u.test(surface) ? displayTerm(c.term) : surface.toLowerCase() === c.lower ? c.term : surface,
        surface,
        spellings: conceptSpellings(c.term),
        focus: `c:${c.lower}`,
        kind: 'concept',
        typeable: c.term.split(' ').length <= 2,
        // Inside a sentence a term is written as the article writes it: "pascals", "degrees Celsius".
        options: (stem) => conceptOptions(article, c, stem).map((o) => ({ ...o, text: /^\p{Lu}/u.test(surface) ? o.text : asWritten(article, o.text) })),
        sameClass: (option) => article.concepts.some((x) => x.lower === option.toLowerCase() && sameClass(x.classNoun, c.classNoun) && x.plural === c.plural && x.adjective === c.adjective),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The concepts whose class noun is another concept of the text ("alkalis", a kind of base), found once. */
function kindNamed(article: Article): Set<Article['concepts'][number]> {
  let found = KIND_NAMED.get(article);
  if (found === undefined) {
    const terms = new Set(article.concepts.map((x) => singular(x.lower)));
    found = new Set(article.concepts.filter((c) => c.classNoun !== '' && singular(c.classNoun) !== singular(c.lower) && terms.has(singular(c.classNoun))));
    KIND_NAMED.set(article, found);
  }
  return found;
}

const KIND_NAMED = new WeakMap<Article, Set<Article['concepts'][number]>>();

/** A term offered as an option ("Degrees Celsius") as the article writes it ("degrees Celsius"). */
function asWritten(article: Article, option: string): string {
  const term = article.concepts.find((x) => x.lower === option.toLowerCase())?.term;
  return term ?? option.charAt(0).toLowerCase() + option.slice(1);
}

/** Whether a person's mention carries a title or role beyond an honorific ("Ms.", "Dr."). */
function titled(s: Sentence, m: Sentence['mentions'][number]): boolean {
  if (m.role.split(' ').some((w) => w !== '' && !HONORIFICS.has(w))) return true;
  const t = s.tokens;
  const before = t[m.titleFirst - 1];
  const twoBefore = t[m.titleFirst - 2];
  // "the bassist Tomás Ibarra", "Whitcombe's attorney, Robert J. Szymański,"
  return (before !== undefined && ROLE_NOUNS.has(before.lower)) || (twoBefore !== undefined && ROLE_NOUNS.has(twoBefore.lower) && /^,\s*$/.test(twoBefore.post));
}

/**
 * Whether a place or organisation is what the whole text is about (Rome in a lesson on the Roman Republic):
 * named in at least four sentences and twice as many as any other of its kind (see `leadingEntity`), it is
 * the guess of every reader, so neither "Which city was led by two consuls?" nor "_____ was led by two
 * consuls" asks anything.
 */
export function dominates(article: Article, e: Entity): boolean {
  if (e.kind === 'person') return false;
  let leaders = LEADERS.get(article);
  if (leaders === undefined) LEADERS.set(article, (leaders = new Map()));
  if (!leaders.has(e.kind)) {
    const sentences = (x: Entity) => new Set(x.mentions.map((m) => m.sentence)).size;
    leaders.set(e.kind, leadingEntity(article.entities.filter((x) => x.kind === e.kind), sentences, 4));
  }
  return leaders.get(e.kind) === e;
}

/** The leading place and organisation of each article, found once. */
const LEADERS = new WeakMap<Article, Map<string, Entity | undefined>>();
