/**
 * @module
 * Words of a folded text, for comparing a statement with the sentence it came from.
 *
 * @example
 * ```ts
 * wordsOf('maduro won 51 percent.') // ['maduro', 'won', '51', 'percent']
 * ```
 */

const WORD = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu;

export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Function words that carry no fact on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for from with without as into onto over under about after before ' +
    'than then that this these those there here it its is are was were be been being has have had do does did ' +
    'will would can could should may might must shall not no so if when while which who whom whose what where ' +
    'why how he she they we you i me him her them us our their his my your also just only more most very such ' +
    'some any all each every other another up down out off again further once said says say'
  ).split(' '),
);

/** Whether a word or number is written after "an" rather than "a": "an 81-year-old", "an 11-point lead". */
export function takesAn(text: string): boolean {
  const t = text.trim().toLowerCase();
  // Said aloud: "an eight…", "an eleven thousand", "an eighteen", but "a hundred and ten".
  const digits = /^\d[\d,]*/.exec(t)?.[0];
  if (digits !== undefined) {
    const lead = digits.split(',')[0]!;
    return lead.startsWith('8') || lead === '11' || lead === '18';
  }
  if (/^(?:eu|one\b|once\b|uni|use|usu|ur[oa])/.test(t)) return false;
  return /^[aeiou]|^hou?r|^hon/.test(t);
}

/** The article ("a" or "an") written right before `offset` in `text`, if any. */
export function articleBefore(text: string, offset: number): 'a' | 'an' | undefined {
  const m = /(?:^|\s)(a|an)\s+$/i.exec(text.slice(Math.max(0, offset - 4), offset));
  return m === null ? undefined : (m[1]!.toLowerCase() as 'a' | 'an');
}
