/**
 * @module
 * Sentence boundaries inside one paragraph, as offsets into the original text. A quotation that runs over
 * several sentences stays in one piece with its attribution ("“We saw it. We have concerns,” he said."), so
 * that a quote is never separated from its speaker; a full stop after an abbreviation, an initial or inside
 * a number ends nothing.
 */
import { ABBREVIATIONS } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]]/;
const OPENS_SENTENCE = /["'“‘(\[\p{Lu}\p{N}]/u;
/** A quote left open this long is taken to be unbalanced rather than a long quotation. */
const LONGEST_QUOTE = 1500;

/** Sentences of `text.slice(block.start, block.end)`. */
export function splitSentences(text: string, block: Span): Span[] {
  const spans = split(text, block, true);
  return spans ?? split(text, block, false)!;
}

function split(text: string, block: Span, respectQuotes: boolean): Span[] | undefined {
  const spans: Span[] = [];
  let start = block.start;
  let inDouble = false;
  let inSingle = false;
  let quoteOpenedAt = 0;
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i]!;
    if (respectQuotes) {
      const prev = i > block.start ? text[i - 1]! : ' ';
      const next = i + 1 < block.end ? text[i + 1]! : ' ';
      if (ch === '"') {
        inDouble = !inDouble;
        quoteOpenedAt = i;
      } else if (ch === '“') {
        inDouble = true;
        quoteOpenedAt = i;
      } else if (ch === '”') inDouble = false;
      else if (ch === "'" || ch === '‘' || ch === '’') {
        const opening = !/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next);
        const closing = !/[\s(]/.test(prev) && !/[\p{L}\p{N}]/u.test(next);
        if (opening && ch !== '’') {
          inSingle = true;
          quoteOpenedAt = i;
        } else if (closing && inSingle) inSingle = false;
      }
      if ((inDouble || inSingle) && i - quoteOpenedAt > LONGEST_QUOTE) return undefined;
    }
    if (!TERMINAL.test(ch)) continue;
    // Closing quotes after the full stop belong to this sentence; their effect is applied only if it ends here.
    let end = i + 1;
    let double: boolean = inDouble;
    let single: boolean = inSingle;
    while (end < block.end && (TERMINAL.test(text[end]!) || CLOSERS.test(text[end]!))) {
      const c = text[end]!;
      if (c === '"') double = !double;
      else if (c === '”') double = false;
      else if ((c === "'" || c === '’') && single) single = false;
      end++;
    }
    if (end < block.end && !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < block.end && /\s/.test(text[next]!)) next++;
    if (next < block.end && !OPENS_SENTENCE.test(text[next]!)) continue;
    if (respectQuotes && (double || single)) continue;
    if (ch === '.' && endsWithAbbreviation(text.slice(start, i))) continue;
    inDouble = double;
    inSingle = single;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (respectQuotes && (inDouble || inSingle) && spans.length === 0 && block.end - block.start > LONGEST_QUOTE) {
    return undefined;
  }
  if (start < block.end) spans.push({ start, end: block.end });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

function endsWithAbbreviation(before: string): boolean {
  // "40C." and "100°C." end a sentence: a letter stuck to a number or a degree sign is a unit, not an initial.
  const word = /(?<![\p{L}\p{N}°])([\p{L}.]+)$/u.exec(before)?.[1];
  if (word === undefined) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
