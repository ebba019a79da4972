/**
 * @module
 * Other ways of writing an answer: a person's surname, "51%" for "51 percent", "US" for "United States",
 * a term's plural, each also without accents. `fill_blank` accepts them; the checks keep all of them out of
 * the stem, because an alias in the stem gives the answer away just as well.
 *
 * @example
 * ```ts
 * numberSpellings(parseNumberText('51 percent')!) // ['51%', '51 per cent', '51']
 * ```
 */
import { foldText } from '../text/fold';
import type { Article } from './article';
import { singular } from './concepts';
import type { Entity } from './entities';
import { NAME_PARTICLES, NUMBER_WORDS } from './lexicon';
import { parseNumberText, type NumberMention } from './numbers';

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');

/** Alternative spellings of a number, without the canonical form itself. */
/** A fraction's value (in thousandths) written with digits. */
const FRACTION_DIGITS = new Map<number, [number, number]>([[100, [1, 10]], [200, [1, 5]], [250, [1, 4]], [333, [1, 3]], [500, [1, 2]], [667, [2, 3]], [750, [3, 4]]]);

export function numberSpellings(n: NumberMention): string[] {
  const out: string[] = [];
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(n.text)?.[0];
  const plain = digits?.replace(/,/g, '');
  const word = [...NUMBER_WORDS].find(([, v]) => v === n.value)?.[0];
  if (n.kind === 'percent' && digits !== undefined) out.push(`${digits}%`, `${digits} percent`, `${digits} per cent`, digits);
  if (n.kind === 'money' && digits !== undefined) {
    // "£5m" is also typed "5 million", "£2.3bn" "2.3 billion".
    const scale = ({ m: 'million', bn: 'billion' } as Record<string, string>)[n.format.scale.trim()] ?? n.format.scale.trim();
    const currencyWord = { $: 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen' }[n.format.currency] ?? '';
    if (scale !== '') out.push(`${digits} ${scale}`, `${n.format.currency}${digits}${scale === 'billion' ? 'bn' : scale === 'million' ? 'm' : ''}`);
    else out.push(digits, plain!);
    if (currencyWord !== '') out.push(`${digits}${scale === '' ? '' : ` ${scale}`} ${currencyWord}`);
  }
  if ((n.kind === 'count' || n.kind === 'number') && plain !== undefined) {
    out.push(plain);
    if (word !== undefined && n.value <= 20) out.push(word);
  }
  // "ten thousand" is typed "10,000" as often as "10000".
  if ((n.kind === 'count' || n.kind === 'measure') && n.format.words) out.push(String(n.value), n.value.toLocaleString('en-US'));
  if (n.kind === 'measure' && digits !== undefined) out.push(digits, n.text.replace(/-/g, ' '));
  if (n.kind === 'measure' && n.format.words) {
    out.push(`${n.value}${n.format.suffix}`);
  }
  if (n.kind === 'ordinal' && digits !== undefined) out.push(digits);
  // "a third" is also typed "one third", "1/3" or "33%".
  if (n.kind === 'fraction') {
    const [top, bottom] = FRACTION_DIGITS.get(Math.round(n.value * 1000)) ?? [];
    if (top !== undefined) out.push(n.text.replace(/^a /i, 'one ').replace('-', ' '), `${top}/${bottom}`, `${Math.round(n.value * 100)}%`, `${Math.round(n.value * 100)} percent`);
  }
  if (n.kind === 'age' && digits !== undefined) out.push(digits);
  // "509 BC": the year alone, and the era without its space.
  if (n.kind === 'year' && n.format.suffix !== '' && digits !== undefined) out.push(digits, `${digits}${n.format.suffix.trim()}`);
  return dedupe(out, n.text);
}

/** Every way the article refers to an entity, each also without accents. */
export function entitySpellings(e: Entity): string[] {
  const out = [...e.aliases];
  for (const m of e.mentions) out.push(m.text);
  // "Commodore Matthew Perry" is also "Commodore Perry", "Dr Samira El Idrissi" "Dr El Idrissi".
  const surname = e.kind === 'person' ? e.aliases.filter((a) => a !== e.name && e.name.endsWith(` ${a}`)).sort((a, b) => b.length - a.length)[0] : undefined;
  if (surname !== undefined) {
    for (const m of e.mentions) {
      const title = m.role.split(' ');
      if (m.role !== '' && title.length <= 2) out.push(`${title.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')} ${surname}`);
    }
  }
  // "al" of "Ibn al-Haytham", "van" of "van Gogh": a particle alone names nobody.
  return dedupe([...out, ...out.map(stripAccents)], e.name).filter((x) => x.length > 2 && !NAME_PARTICLES.has(x.toLowerCase()));
}

export function conceptSpellings(term: string): string[] {
  const lower = term.toLowerCase();
  // "Ohm's law" has no plural; a reader may leave out the apostrophe.
  if (/'s |s' /.test(lower)) return dedupe([lower, lower.replace(/'/g, '')], term);
  const one = singular(lower);
  // No "processs" or "childrens": a plural is offered only for a word that takes a plain -s.
  // No "capillarys": a consonant and "y" make their plural with "ies".
  const out = /(?:s|x|z|ch|sh|ren|[^aeiou]y)$/.test(one) ? [one, lower] : [one, `${one}s`, lower];
  if (/[^aeiou]y$/.test(one)) out.push(`${one.slice(0, -1)}ies`);
  return dedupe(out, term);
}

/** Spellings of `answer` as the article knows it (entity, number or concept), the answer itself excluded. */
export function spellingsOf(answer: string, article: Article): string[] {
  const folded = foldText(answer);
  const entity = article.entities.find((e) => e.aliases.some((a) => foldText(a) === folded) || foldText(e.name) === folded);
  if (entity !== undefined) return entitySpellings(entity).filter((s) => foldText(s) !== folded);
  const n = parseNumberText(answer);
  if (n !== undefined) return numberSpellings(n);
  const concept = article.concepts.find((c) => foldText(c.term) === folded || foldText(singular(c.lower)) === foldText(singular(folded)));
  if (concept !== undefined) return conceptSpellings(concept.term).filter((s) => foldText(s) !== folded);
  return stripAccents(answer) === answer ? [] : [stripAccents(answer)];
}

function dedupe(items: string[], canonical: string): string[] {
  const seen = new Set([canonical.toLowerCase().trim()]);
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase().trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
