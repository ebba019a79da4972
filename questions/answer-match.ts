/**
 * @module
 * Matching a reader's typed answer to a `fill_blank` question. Case, accents, surrounding punctuation,
 * white space and a leading "the", "a" or "an" never matter; small typos are forgiven in words, never in
 * numbers, because "57" for "51" is a different answer, not a slip of the finger.
 *
 * @example
 * ```ts
 * matchesAnswer('gonzales', { answer: 'González', accepted: [] }) // true
 * matchesAnswer('57 percent', { answer: '51 percent' })           // false
 * ```
 */
import { foldAnswer } from './text/fold';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > cap) return cap + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

/** How many typos an answer of this folded length forgives. */
function typoAllowance(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

const DIGITS = /\d+/g;

function sameNumbers(a: string, b: string): boolean {
  return (a.match(DIGITS) ?? []).join(' ') === (b.match(DIGITS) ?? []).join(' ');
}

// "the Met Office" and "Met Office" are one answer, whichever of them the key holds.
const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;

/** Whether `response` is an acceptable spelling of one single expected answer. */
export function matchesSpelling(response: string, expected: string): boolean {
  const r = foldAnswer(response).replace(LEADING_ARTICLE, '');
  const e = foldAnswer(expected).replace(LEADING_ARTICLE, '');
  if (r === '' || e === '') return false;
  if (r === e) return true;
  const compactR = r.replace(/[\s\-'.]/g, '');
  const compactE = e.replace(/[\s\-'.]/g, '');
  if (compactR === compactE) return true;
  if (!sameNumbers(r, e)) return false;
  return editDistance(compactR, compactE, 2) <= typoAllowance(compactE.length);
}

/** Whether `response` matches the canonical answer or one of the accepted spellings. */
export function matchesAnswer(response: string, expected: { answer: string; accepted?: readonly string[] | undefined }): boolean {
  return [expected.answer, ...(expected.accepted ?? [])].some((spelling) => matchesSpelling(response, spelling));
}
