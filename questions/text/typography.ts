/**
 * @module
 * The analysis copy of an article's text: composed Unicode, straight quotes, plain spaces. Typographic
 * quotes are replaced one character for one, so quote detection needs one set of rules, while the verbatim
 * explanation is still cut from the original text.
 *
 * @example
 * ```ts
 * plainTypography('“Peace,” he said') // '"Peace," he said'
 * ```
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F\u2009\u200A]/g;

export function plainTypography(text: string): string {
  return text.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(ODD_SPACES, ' ');
}

/** Whether `needle` occurs in `haystack` as whole words, both already folded with `foldText`. */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : haystack[at - 1]!;
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
