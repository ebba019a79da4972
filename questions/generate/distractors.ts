/**
 * @module
 * Wrong options of the answer's own kind. People come only from the article (never invented); places,
 * organisations and concepts from the article first, places then from the gazetteer; numbers from the
 * article when written alike, else the answer moved by a round step, in the same format. An option that
 * appears in the stem is skipped: it would give itself away.
 */
import { foldText } from '../text/fold';
import { containsWords } from '../text/typography';
import { pluralName, shortFormOf } from '../checks/kinds';
import { foldedNames } from '../checks/article-index';
import { genderAskedFor } from '../checks/references';
import type { Article } from './article';
import { compatibleClasses, isProperTerm, sameClass, singular, type Concept } from './concepts';
import { knownPerson, type Entity } from './entities';
import { containerOf, lookupPlace, neighbouringPlaces, placesWithin, takesThe, type PlaceType } from './gazetteer';
import { FRACTION_VALUES, dateParts, falseSide, parseNumberText, renderLike, sameFormat, type NumberMention } from './numbers';

export type Provenance = 'article' | 'perturbed' | 'gazetteer';

export interface Option {
  text: string;
  provenance: Provenance;
}

/** Whether an entity is named in the (folded) stem. */
function namedIn(foldedStem: string, e: Entity): boolean {
  return foldedNames(e).some((n) => containsWords(foldedStem, n));
}

/** Whether `text` (or any of its spellings) appears in the stem, as whole words. */
export function inStem(stem: string, spellings: readonly string[]): boolean {
  const folded = foldText(stem);
  return spellings.some((s) => containsWords(folded, foldText(s)));
}

/** People ranked for a question about `answer`: quoted speakers first when `speakersFirst`, then by mentions. */
export function personOptions(article: Article, answer: Entity, stem: string, speakersFirst: boolean): Option[] {
  const speakers = new Set(article.quotes.map((q) => q.speaker).filter((s) => s !== undefined));
  // "… in his closing speech": only men, and only people the article shows to be men.
  const gender = genderAskedFor(stem, article);
  const folded = foldText(stem);
  return article.entities
    .filter((e) => knownPerson(e, article) && e.id !== answer.id && !namedIn(folded, e) && (gender === undefined || e.gender === gender))
    .sort((a, b) => rank(b) - rank(a) || a.id - b.id)
    .map((e) => ({ text: e.name, provenance: 'article' as const }));
  function rank(e: Entity): number {
    return (speakersFirst && speakers.has(e.id) ? 100 : 0) + e.mentions.length;
  }
}

/** Places, organisations and things of the answer's sub-type. */
export function entityOptions(article: Article, answer: Entity, stem: string): Option[] {
  if (answer.kind === 'person') return personOptions(article, answer, stem, false);
  const folded = foldText(stem);
  const fromArticle = article.entities
    .filter((e) => e.kind === answer.kind && e.subtype === answer.subtype && e.id !== answer.id && !namedIn(folded, e) && !shortFormOf(e.name, answer.name) && pluralName(article, e) === pluralName(article, answer))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id - b.id)
    .map((e) => ({ text: e.name, provenance: 'article' as const }));
  // "Fares in _____ and Wales": no "United Kingdom" (it needs a "the") where the answer takes none.
  if (answer.kind === 'place') {
    const the = takesThe(answer.name);
    for (let i = fromArticle.length - 1; i >= 0; i--) if (takesThe(fromArticle[i]!.text) !== the) fromArticle.splice(i, 1);
  }
  if (answer.kind === 'place') {
    // A town in Louisiana takes towns in Louisiana: an article place known to lie elsewhere goes.
    const around = placeContainers(answer);
    for (let i = fromArticle.length - 1; i >= 0; i--) {
      const other = placeContainers(article.entities.find((e) => e.name === fromArticle[i]!.text)!);
      if (around.length > 0 && other.length > 0 && !other.some((c) => around.includes(c))) fromArticle.splice(i, 1);
    }
  }
  if (answer.kind !== 'place' || !['country', 'city', 'state'].includes(answer.subtype)) return fromArticle;
  // Gazetteer places of the answer's own region only ("Coventry" is no wrong option for an Icelandic town),
  // and of its own state when the article names one ("Opelousas, Louisiana").
  const taken = new Set([foldText(answer.name), ...fromArticle.map((o) => foldText(o.text))]);
  const extra: Option[] = [];
  const state = answer.within !== undefined && lookupPlace(answer.within)?.type === 'state' ? answer.within : lookupPlace(answer.name)?.state;
  const nearby = lookupPlace(answer.name) !== undefined ? neighbouringPlaces(answer.subtype as PlaceType, answer.name, state) : answer.within !== undefined ? placesWithin(answer.subtype as PlaceType, answer.within) : [];
  for (const name of nearby) {
    if (extra.length >= 6) break;
    if (taken.has(foldText(name)) || inStem(stem, [name]) || takesThe(name) !== takesThe(answer.name)) continue;
    taken.add(foldText(name));
    extra.push({ text: name, provenance: 'gazetteer' });
  }
  return [...fromArticle, ...extra];
}

/** The states and countries a place lies in, from the article ("Opelousas, Louisiana") or the gazetteer. */
export function placeContainers(e: Entity): string[] {
  const known = containerOf(e.name);
  if (e.within === undefined) return known;
  const up = lookupPlace(e.within);
  return [...new Set([e.within, ...known, ...(up?.type === 'state' ? [up.group === 'us' ? 'United States' : up.group] : [])])];
}

/** Numbers written like `answer`: from the article first, then round steps away from it. */
export function numberOptions(article: Article, answer: NumberMention, stem: string): Option[] {
  // "4-6, 7-6 (9-7), 6-3": sets, games and points are scores of different things; only a vote's tally has
  // wrong values of its own kind.
  if (answer.kind === 'score' && answer.unit !== 'vote') return [];
  const taken = new Set([foldText(answer.text)]);
  const out: Option[] = [];
  const side = answer.bound ?? falseSide(answer.qualifier);
  const push = (text: string, provenance: Provenance) => {
    const key = foldText(text);
    if (taken.has(key) || inStem(stem, [text])) return;
    const value = parseNumberText(text)?.value;
    if (side !== undefined && value !== undefined && (side === 'above' ? value <= answer.value : value >= answer.value)) return;
    taken.add(key);
    out.push({ text, provenance });
  };
  for (const n of numbersLike(article, answer)) {
    // "$412,380" beside "more than $412,000": a figure within 2% of the answer is the same amount to a reader.
    const close = Math.abs(n.value - answer.value) <= 0.02 * Math.abs(answer.value) && !['year', 'date', 'month'].includes(answer.kind);
    // A lap of 56.9 seconds is no wrong value for a 100 metres time: a measure's wrong values stay within 3×.
    const ratio = answer.kind === 'measure' || answer.kind === 'duration' ? 3 : 10;
    if (sameFormat(n, answer) && n.value !== answer.value && !close && withinMagnitude(n.value, answer.value, ratio)) push(caseLike(n.text, answer.text), 'article');
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

/** The article's numbers written like `answer` (see `sameFormat`), in text order, grouped once per article. */
function numbersLike(article: Article, answer: NumberMention): readonly NumberMention[] {
  let groups = NUMBER_GROUPS.get(article);
  if (groups === undefined) {
    groups = new Map();
    for (const n of article.sentences.flatMap((s) => (s.repeats === undefined ? s.numbers : []))) {
      const key = formatKey(n);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [n]);
      else group.push(n);
    }
    NUMBER_GROUPS.set(article, groups);
  }
  return groups.get(formatKey(answer)) ?? [];
}

const formatKey = (n: NumberMention): string => [n.kind, n.unit, n.format.words, n.format.currency, n.format.scale, n.format.suffix].join('|');
const NUMBER_GROUPS = new WeakMap<Article, Map<string, NumberMention[]>>();

/** "Ten years" at the start of a quote, offered for "six years": written in the answer's case. */
function caseLike(text: string, like: string): string {
  if (/^\p{Lu}/u.test(like)) return text.charAt(0).toUpperCase() + text.slice(1);
  if (/^\p{Ll}/u.test(like)) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** The stem's words after the answer (or after the blank standing for it). */
function stemAfter(stem: string, answer: NumberMention): string {
  const at = stem.indexOf(answer.text);
  if (at >= 0) return stem.slice(at + answer.text.length);
  const blank = stem.indexOf('_____');
  return blank >= 0 ? stem.slice(blank + 5) : '';
}

function withinMagnitude(a: number, b: number, ratio = 10): boolean {
  if (a === 0 || b === 0) return true;
  if (a < 0 || b < 0) return a === b;
  return Math.max(a, b) / Math.min(a, b) <= ratio;
}

/**
 * Other dates for a date's value: a week or two either side for a day (the same weekday, so "Monday, 3 March"
 * stays a Monday), a month or two for a month.
 */
function dateSteps(v: number): number[] {
  const { year, month, day } = dateParts(v);
  const at = (y: number, m: number, d: number) => y * 10_000 + m * 100 + d;
  if (day > 0) return [day + 7, day - 7, day + 14, day - 14, day + 21].filter((d) => d >= 1 && d <= 28).map((d) => at(year, month, d));
  return [1, -1, 2, -2, 3].map((k) => {
    const m = month + k;
    const shifted = ((m - 1 + 12) % 12) + 1;
    return at(year === 0 ? 0 : year + Math.floor((m - 1) / 12), shifted, 0);
  });
}

/** Candidate wrong values: round steps of about a quarter of the answer, above and below. */
function steps(answer: NumberMention): number[] {
  const v = answer.value;
  if (answer.kind === 'year') return [v - 3, v + 2, v - 6, v + 4].filter((y) => y > (answer.format.suffix === '' ? 1000 : 0));
  if (answer.kind === 'duration') {
    // A gap of a minute moves by seconds; a marathon time by a minute or two, not by a quarter of itself.
    // A race time in hundredths moves by about half a per cent.
    const decimals = answer.format.decimals;
    const step = decimals > 0 ? Math.max(10 ** -decimals, Number((v * 0.005).toFixed(decimals))) : v < 600 ? Math.max(1, Math.round(v * 0.25)) : Math.max(5, Math.round(v * 0.012));
    if (decimals > 0) return [v + step, v - step, v + 2 * step, v - 2 * step].map((x) => Number(x.toFixed(decimals))).filter((x) => x > 0);
    return [v + step, v - step, v + 2 * step, v - 2 * step, v + 3 * step].filter((x) => x > 0);
  }
  if (answer.kind === 'decade') return [v - 20, v + 20, v - 40];
  if (answer.kind === 'date' || answer.kind === 'month') return dateSteps(v);
  // "a fifth less": the nearest other fractions ("half less" reads wrong, so half is never a wrong option).
  if (answer.kind === 'fraction') return FRACTION_VALUES.filter((x) => Math.abs(x - v) > 1e-9).sort((a, b) => Math.abs(a - v) - Math.abs(b - v));
  if (answer.kind === 'ordinal') return [v + 2, v - 2, v + 5].filter((x) => x > 0);
  if (answer.kind === 'score') return [v + 1, v - 1, v + 2, v - 2, v + 3].filter((x) => x > 0);
  // "1 ampere": a word unit written singular has no wrong value that reads with it.
  if (answer.value === 1 && answer.kind === 'measure' && /^\p{L}{4,}$/u.test(answer.unit) && !/s$/.test(answer.unit)) return [];
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
  // Only terms of a compatible class, and named things only for a named thing: no landform among processes.
  const others = article.concepts.filter(
    (c) =>
      c.lower !== answer.lower &&
      !inStem(stem, [c.term, singular(c.lower), `${singular(c.lower)}s`]) &&
      !c.lower.includes(answer.lower) &&
      !answer.lower.includes(c.lower) &&
      compatibleClasses(c.classNoun, answer.classNoun) &&
      // "deposition" (a process, its class unsaid) is no wrong option for "hard rock".
      !(c.classNoun === '' && answer.classNoun !== '') &&
      c.plural === answer.plural &&
      c.adjective === answer.adjective &&
      isProperTerm(c.term) === isProperTerm(answer.term),
  );
  const close = others.filter((c) => sameClass(c.classNoun, answer.classNoun));
  const rest = others.filter((c) => !close.includes(c));
  return [...close, ...rest].map((c) => ({ text: displayTerm(c.term), provenance: 'article' as const }));
}

/** A term as an option: capitalised like the start of a sentence. */
export function displayTerm(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

