/**
 * @module
 * Folding text for comparison: what a reader types and what the article says are compared after
 * Unicode compatibility normalisation, without accents, case, typographic quotes or dashes, and with
 * white space collapsed.
 *
 * @example
 * ```ts
 * foldText('  Edmundo  González ') // 'edmundo gonzalez'
 * ```
 */

const COMBINING_MARKS = /\p{M}+/gu;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/gu;

/** Printable ASCII but the backtick, which folds to an apostrophe like the other single quotes. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folded short strings, kept because the generator folds the same names and phrases many times over. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** Lower case, no accents, straight quotes, ASCII hyphens, single spaces, trimmed. */
export function foldText(text: string): string {
  const short = text.length <= 300;
  if (short) {
    const known = FOLDED.get(text);
    if (known !== undefined) return known;
  }
  // Such text has no accents, curly quotes or dashes to fold.
  const folded = PLAIN_ASCII.test(text)
    ? text.toLowerCase().replace(SPACES, ' ').trim()
    : text
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .replace(QUOTES, "'")
        .replace(DOUBLE_QUOTES, '"')
        .replace(DASHES, '-')
        .toLowerCase()
        .replace(SPACES, ' ')
        .trim();
  if (short) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** `foldText`, then without punctuation or symbols at either end ("«Maduro.»" → "maduro"). */
export function foldAnswer(text: string): string {
  return foldText(text).replace(EDGE_PUNCTUATION, '');
}
