/**
 * @module
 * How likely a candidate question is to ask about one of the article's key facts: a logistic model over
 * what the question asks for (a percentage, a sum of money, a person, a country, a plain noun …), where it
 * sits in its sentence and in the article, and how much its sentence states. Its weights are fitted on the
 * corpus's hand-made gold files by `npm run fit:salience` and kept in `salience-weights.ts`.
 *
 * A place or a body named all through the text is its setting, not its news; a figure is usually what a
 * sentence is there to tell; a "nine-hour" debate or a "five-year" study is a modifier. The model weighs
 * such things together instead of by hand.
 *
 * @example
 * ```ts
 * const chance = keyFactChance(article, candidate, sentenceImportance(article));
 * ```
 */
import { foldText } from '../text/fold';
import { STOPWORDS, wordsOf } from '../text/words';
import type { Article, Sentence } from './article';
import type { Candidate } from './candidate';
import { opensWithAnaphor, wordCount } from './stem';
import { SALIENCE_WEIGHTS } from './salience-weights';

/** The features the model reads, each a number; kinds are one-hot. */
export const SALIENCE_FEATURES = [
  'bias',
  'importance',
  'position',
  'lead',
  'length',
  'numbers',
  'names',
  'quoted',
  'defines',
  'anaphor',
  'headline',
  'superlative',
  'person',
  'organisation',
  'country',
  'city',
  'region',
  'otherPlace',
  'concept',
  'plainNoun',
  'percent',
  'money',
  'count',
  'measure',
  'year',
  'date',
  'duration',
  'bareNumber',
  'fraction',
  'decade',
  'otherNumber',
  'statement',
  'typed',
  'choice',
  'whoSaid',
  'whSubject',
  'howMany',
  'definition',
  'role',
  'mentions',
  'firstMention',
  'afterIn',
  'offset',
  'modifier',
  'canBeFalse',
] as const;

export type SalienceFeature = (typeof SALIENCE_FEATURES)[number];
export type SalienceWeights = Record<SalienceFeature, number>;

const NUMBER_FEATURES: Partial<Record<string, SalienceFeature>> = {
  percent: 'percent',
  money: 'money',
  count: 'count',
  measure: 'measure',
  year: 'year',
  date: 'date',
  month: 'date',
  duration: 'duration',
  number: 'bareNumber',
  fraction: 'fraction',
  decade: 'decade',
};

const PLACE_FEATURES: Partial<Record<string, SalienceFeature>> = { country: 'country', city: 'city', region: 'region', street: 'city' };

const TEMPLATE_FEATURES: Partial<Record<Candidate['template'], SalienceFeature>> = {
  'who-said': 'whoSaid',
  'wh-subject': 'whSubject',
  'how-many': 'howMany',
  concept: 'definition',
  role: 'role',
};

/** What the candidate asks for and where it is written in its sentence. */
function focusFeatures(article: Article, c: Candidate, s: Sentence, f: Record<SalienceFeature, number>): void {
  if (c.type === 'true_false') {
    f.statement = 1;
    return;
  }
  const at = (start: number) => (f.offset = start / Math.max(1, s.text.length));
  if (c.focus.startsWith('n:')) {
    const text = c.focus.slice(2);
    const n = s.numbers.find((x) => x.text === text) ?? article.sentences.flatMap((x) => x.numbers).find((x) => x.text === text);
    f[NUMBER_FEATURES[n?.kind ?? ''] ?? 'otherNumber'] = 1;
    if (n !== undefined && s.numbers.includes(n)) {
      at(n.start);
      // "a nine-hour debate", "a 72-hour strike": a figure that qualifies a noun.
      if (/-/.test(n.text) || /^-\p{L}/u.test(s.text.slice(n.end, n.end + 2))) f.modifier = 1;
    }
    return;
  }
  if (c.focus.startsWith('c:')) {
    f.concept = 1;
    return;
  }
  if (c.focus.startsWith('k:')) {
    f.plainNoun = 1;
    return;
  }
  const e = /^e(\d+)$/.exec(c.focus) === null ? undefined : article.entities[Number(c.focus.slice(1))];
  if (e === undefined) return;
  if (e.kind === 'person') f.person = 1;
  else if (e.kind === 'org') f.organisation = 1;
  else f[PLACE_FEATURES[e.subtype] ?? 'otherPlace'] = 1;
  f.mentions = Math.log(Math.max(1, new Set(e.mentions.map((m) => m.sentence)).size));
  f.firstMention = Math.min(...e.mentions.map((m) => m.sentence)) === s.index ? 1 : 0;
  const m = s.mentions.find((x) => x.entity === e.id);
  if (m !== undefined) {
    at(m.start);
    if (e.kind === 'place' && /\bin\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start))) f.afterIn = 1;
  }
}

/** "the first …", "a record …", "the largest …": a sentence that says what is new. */
const SUPERLATIVE = /\b(?:first|record|largest|biggest|highest|lowest|longest|oldest|youngest|smallest|only|most|least|worst|best)\b/i;

const contentWords = (text: string) => wordsOf(foldText(text)).filter((w) => w.length > 2 && !STOPWORDS.has(w));

/** The share of a sentence's content words that the headline uses too: the headline says what the news is. */
function headlineShare(headline: ReadonlySet<string>, s: Sentence): number {
  const words = contentWords(s.text);
  return words.length === 0 ? 0 : words.filter((w) => headline.has(stemOf(w))).length / words.length;
}

/** A crude stem, enough to match "recalls" with "recalled" and "talks" with "talk". */
const stemOf = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 6);

type SentenceFeature = 'position' | 'lead' | 'length' | 'numbers' | 'names' | 'quoted' | 'defines' | 'anaphor' | 'headline' | 'superlative';

/** What each sentence states, the same for every candidate made from it: found once per article. */
function sentenceFeatures(article: Article): Record<SentenceFeature, number>[] {
  let found = SENTENCE_FEATURES.get(article);
  if (found === undefined) {
    const n = article.sentences.length;
    const headline = new Set(article.headline === undefined ? [] : contentWords(article.headline).map(stemOf));
    const defining = new Set(article.concepts.flatMap((x) => x.definitions.map((d) => d.sentence)));
    found = article.sentences.map((s, index) => ({
      position: index / Math.max(1, n - 1),
      lead: index === 0 ? 1 : 0,
      length: Math.min(50, wordCount(s.text)) / 50,
      numbers: Math.min(4, s.numbers.length),
      names: Math.min(4, new Set(s.mentions.filter((m) => !m.demonym).map((m) => m.entity)).size),
      quoted: /"/.test(s.text) ? 1 : 0,
      defines: defining.has(index) ? 1 : 0,
      anaphor: opensWithAnaphor(s.text) ? 1 : 0,
      headline: headline.size === 0 ? 0 : headlineShare(headline, s),
      superlative: SUPERLATIVE.test(s.text) ? 1 : 0,
    }));
    SENTENCE_FEATURES.set(article, found);
  }
  return found;
}

const SENTENCE_FEATURES = new WeakMap<Article, Record<SentenceFeature, number>[]>();

/** The feature values of one candidate; `importance` is `sentenceImportance(article)`. */
export function salienceFeatures(article: Article, c: Candidate, importance: readonly number[]): Record<SalienceFeature, number> {
  const f = Object.fromEntries(SALIENCE_FEATURES.map((k) => [k, 0])) as Record<SalienceFeature, number>;
  const index = c.sentences[c.sentences.length - 1]!;
  const s = article.sentences[index]!;
  Object.assign(f, sentenceFeatures(article)[index]);
  f.bias = 1;
  f.importance = importance[index] ?? 0;
  f.offset = 0.5;
  focusFeatures(article, c, s, f);
  if (c.type === 'fill_blank') f.typed = 1;
  if (c.type === 'multiple_choice') f.choice = 1;
  const template = TEMPLATE_FEATURES[c.template];
  if (template !== undefined) f[template] = 1;
  if (c.falsePrompt !== undefined) f.canBeFalse = 1;
  return f;
}

/** The model's chance, 0 to 1, that the candidate asks about a key fact of the article. */
export function keyFactChance(article: Article, c: Candidate, importance: readonly number[], weights: SalienceWeights = SALIENCE_WEIGHTS): number {
  const f = salienceFeatures(article, c, importance);
  let z = 0;
  for (const k of SALIENCE_FEATURES) z += weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}
