/**
 * @module
 * Wrong options of the answer's own kind. People come only from the article (never invented); places,
 * organisations and concepts from the article first, places then from the gazetteer; numbers from the
 * article when written alike, else the answer moved by a round step, in the same format. An option that
 * appears in the stem is skipped: it would give itself away.
 */
import { foldText } from '../text/fold';
import { containsWords } from '../text/typography';
import type { Article } from './article';
import { singular, type Concept } from './concepts';
import type { Entity } from './entities';
import { placesOfType, type PlaceType } from './gazetteer';
import { falseSide, parseNumberText, renderLike, sameFormat, type NumberMention } from './numbers';

export type Provenance = 'article' | 'perturbed' | 'gazetteer';

export interface Option {
  text: string;
  provenance: Provenance;
}

/** Whether `text` (or any of its spellings) appears in the stem, as whole words. */
export function inStem(stem: string, spellings: readonly string[]): boolean {
  const folded = foldText(stem);
  return spellings.some((s) => containsWords(folded, foldText(s)));
}

/** People ranked for a question about `answer`: quoted speakers first when `speakersFirst`, then by mentions. */
export function personOptions(article: Article, answer: Entity, stem: string, speakersFirst: boolean): Option[] {
  const speakers = new Set(article.quotes.map((q) => q.speaker).filter((s) => s !== undefined));
  return article.entities
    .filter((e) => e.kind === 'person' && e.id !== answer.id && !inStem(stem, [e.name, ...e.aliases]))
    .sort((a, b) => rank(b) - rank(a) || a.id - b.id)
    .map((e) => ({ text: e.name, provenance: 'article' as const }));
  function rank(e: Entity): number {
    return (speakersFirst && speakers.has(e.id) ? 100 : 0) + e.mentions.length;
  }
}

/** Places, organisations and things of the answer's sub-type. */
export function entityOptions(article: Article, answer: Entity, stem: string): Option[] {
  if (answer.kind === 'person') return personOptions(article, answer, stem, false);
  const fromArticle = article.entities
    .filter((e) => e.kind === answer.kind && e.subtype === answer.subtype && e.id !== answer.id && !inStem(stem, [e.name, ...e.aliases]))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id - b.id)
    .map((e) => ({ text: e.name, provenance: 'article' as const }));
  if (answer.kind !== 'place' || !['country', 'city', 'state'].includes(answer.subtype)) return fromArticle;
  // Gazetteer places next to the answer (the same region first), in a fixed order.
  const taken = new Set([foldText(answer.name), ...fromArticle.map((o) => foldText(o.text))]);
  const extra: Option[] = [];
  for (const name of placesOfType(answer.subtype as PlaceType, answer.name)) {
    if (extra.length >= 6) break;
    if (taken.has(foldText(name)) || inStem(stem, [name])) continue;
    taken.add(foldText(name));
    extra.push({ text: name, provenance: 'gazetteer' });
  }
  return [...fromArticle, ...extra];
}

/** Numbers written like `answer`: from the article first, then round steps away from it. */
export function numberOptions(article: Article, answer: NumberMention, stem: string): Option[] {
  const taken = new Set([foldText(answer.text)]);
  const out: Option[] = [];
  const side = falseSide(answer.qualifier);
  const push = (text: string, provenance: Provenance) => {
    const key = foldText(text);
    if (taken.has(key) || inStem(stem, [text])) return;
    const value = parseNumberText(text)?.value;
    if (side !== undefined && value !== undefined && (side === 'above' ? value <= answer.value : value >= answer.value)) return;
    taken.add(key);
    out.push({ text, provenance });
  };
  for (const n of article.sentences.flatMap((s) => (s.repeats === undefined ? s.numbers : []))) {
    if (sameFormat(n, answer) && n.value !== answer.value && withinMagnitude(n.value, answer.value)) push(n.text, 'article');
    if (out.length >= 6) break;
  }
  // "seven days a week", "10 hours a day": a wrong value must still fit in the period.
  const bound = /^days$/.test(answer.unit) && /^\s+a week/.test(stemAfter(stem, answer)) ? 7 : /^hours$/.test(answer.unit) && /^\s+a day/.test(stemAfter(stem, answer)) ? 24 : /^months$/.test(answer.unit) && /^\s+a year/.test(stemAfter(stem, answer)) ? 12 : Infinity;
  for (const value of steps(answer)) {
    if (value > bound) continue;
    const text = renderLike(answer, value);
    if (text !== undefined) push(text, 'perturbed');
  }
  return out;
}

/** The stem's words after the answer (or after the blank standing for it). */
function stemAfter(stem: string, answer: NumberMention): string {
  const at = stem.indexOf(answer.text);
  if (at >= 0) return stem.slice(at + answer.text.length);
  const blank = stem.indexOf('_____');
  return blank >= 0 ? stem.slice(blank + 5) : '';
}

function withinMagnitude(a: number, b: number): boolean {
  if (a === 0 || b === 0) return true;
  if (a < 0 || b < 0) return a === b;
  return Math.max(a, b) / Math.min(a, b) <= 10;
}

/** Candidate wrong values: round steps of about a quarter of the answer, above and below. */
function steps(answer: NumberMention): number[] {
  const v = answer.value;
  if (answer.kind === 'year') return [v - 3, v + 2, v - 6, v + 4].filter((y) => y > 1000);
  if (answer.kind === 'decade') return [v - 20, v + 20, v - 40];
  if (answer.kind === 'ordinal') return [v + 2, v - 2, v + 5].filter((x) => x > 0);
  const decimals = answer.format.decimals;
  const scale = answer.format.scale === '' ? 1 : answer.value / Number(/[\d.]+/.exec(answer.text.replace(/,/g, ''))?.[0] ?? 1);
  const shown = v / scale;
  let step = niceStep(shown * 0.25, decimals);
  if (shown === 0) return [];
  if (answer.kind === 'percent' && shown <= 100 && shown + 3 * step > 100) step = niceStep(Math.min(shown, 100 - shown) * 0.4, decimals);
  const raw = [shown + step, shown - step, shown + 2 * step, shown - 2 * step, shown + 3 * step, shown + 4 * step];
  return raw
    .filter((x) => x > 0 && (answer.kind !== 'percent' || x < 100 || shown >= 100))
    // "1 degrees", "1 hours": a plural unit reads wrong after one.
    .filter((x) => x !== 1 || !/s$/.test(answer.unit))
    .map((x) => Number(x.toFixed(decimals)) * scale);
}

function niceStep(target: number, decimals: number): number {
  const unit = 10 ** -decimals;
  if (target <= unit) return unit;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((m) => m >= target * 0.75) ?? 10 * magnitude;
  return Math.max(unit, Number(nice.toFixed(decimals)));
}

/** Concepts of the same class first ("melting" for "condensation"), then the article's other terms. */
export function conceptOptions(article: Article, answer: Concept, stem: string): Option[] {
  const others = article.concepts.filter(
    (c) => c.lower !== answer.lower && !inStem(stem, [c.term, singular(c.lower), `${singular(c.lower)}s`]) && !c.lower.includes(answer.lower) && !answer.lower.includes(c.lower),
  );
  const sameClass = others.filter((c) => c.classNoun === answer.classNoun && c.classNoun !== '');
  const rest = others.filter((c) => !sameClass.includes(c)).sort((a, b) => Number(b.plural === answer.plural) - Number(a.plural === answer.plural));
  return [...sameClass, ...rest].map((c) => ({ text: displayTerm(c.term), provenance: 'article' as const }));
}

/** A term as an option: capitalised like the start of a sentence. */
export function displayTerm(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

