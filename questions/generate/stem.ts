/**
 * @module
 * Turning a sentence into a stem: cutting long trailing clauses, dropping an opener that carries no fact,
 * ending a question with a question mark after any closing quote. Stems are built from the analysis copy
 * of the sentence; the verbatim sentence is kept for the explanation.
 */
import { ANAPHORS, DISCOURSE_MARKERS } from './lexicon';
import type { Token } from './tokens';

/** The blank of a cloze stem. */
export const BLANK = '_____';

const TAIL_OPENERS = /^(?:which|who|despite|while|whereas|although|as|after|before|according|sending|making|adding|thanks|finishing|reaching|compared|beating|creating|forcing|flooding|lifted|saying|but|having|thus|including|most|up|down)$/;

/**
 * Cuts `text` (a sentence or the end of one) at the last ", <clause opener>" that starts after `keep`, as long
 * as it stays longer than `min` words, so a stem keeps its fact without a trailing aside.
 */
export function trimTail(text: string, keep: number, maxWords = 26, min = 8): string {
  if (wordCount(text) <= maxWords) return text;
  // A source stays: "…, according to the ministry." is kept after any cut.
  const source = /,\s+according to [^,]+[.!]?$/.exec(text);
  for (const m of text.matchAll(/,(["']?)\s+([A-Za-z]+)/g)) {
    if (m.index < keep || !TAIL_OPENERS.test(m[2]!.toLowerCase()) || m[2]!.toLowerCase() === 'according') continue;
    if (wordCount(text.slice(0, m.index)) < min) continue;
    // A quote closed right after the comma stays closed: `…their work," but …` → `…their work."`.
    const quote = m[1]!;
    // An aside between two commas with the sentence going on after it: drop just the aside.
    const close = text.indexOf(',', m.index + 1);
    if (quote === '' && close > 0 && (source === null || close < source.index)) {
      const after = /^,\s+([a-z]+)/.exec(text.slice(close))?.[1];
      if (after !== undefined && FINITE.test(after)) return trimTail(`${text.slice(0, m.index)}${text.slice(close + 1).replace(/^\s*/, ' ')}`, keep, maxWords, min);
      if (after !== undefined) continue;
    }
    const tail = source !== null && source.index >= m.index ? source[0].replace(/[.!]?$/, '') : '';
    return `${text.slice(0, m.index)}${quote}${tail}.`;
  }
  return text;
}

/** Words that continue a sentence's main clause after an aside ("…, which …, do not reflect …"). */
const FINITE = /^(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must|said|says|remains?|became|becomes|made|makes)$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "…neighborhoods." → "…neighborhoods?"; a closing quote stays inside: `…"a turning point."` → `…"a turning point"?` */
export function asQuestion(text: string): string {
  const body = text.trim().replace(/[.!?…,;:]+(["'”’]*)\s*$/u, '$1').replace(/[.!?…,;:]+$/u, '');
  return `${body}?`;
}

/** Ends a statement with exactly one full stop. */
export function asStatement(text: string): string {
  const body = text.trim();
  return /[.!?]["'”’]*$/u.test(body) ? body : `${body}.`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether the first word of `text` points back to something the reader cannot see. */
export function opensWithAnaphor(text: string): boolean {
  // A quotation's words are the speaker's own, not a pointer back into the article.
  if (/^\s*["'“‘]/u.test(text)) return false;
  const first = /^[^\p{L}]*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return ANAPHORS.has(first);
}

/**
 * The opener of a sentence (tokens before the first comma) when it is a prepositional or subordinate phrase,
 * as [first token after it, whether it can be dropped]. Returns [0, false] when there is none.
 */
export function opener(tokens: readonly Token[], text: string): { after: number; droppable: boolean; keepable: boolean } {
  const first = tokens[0];
  if (first === undefined) return { after: 0, droppable: false, keepable: false };
  const lower = text.toLowerCase();
  for (const marker of DISCOURSE_MARKERS) {
    if (lower.startsWith(`${marker},`)) {
      const after = tokens.findIndex((t) => t.start > marker.length);
      return { after, droppable: true, keepable: false };
    }
  }
  const opens = first.tags.has('Preposition') || first.tags.has('Adverb') || first.tags.has('Conjunction') || /^(?:just|when|while|after|before|since|as|if|although|though|under|with|without|despite|in|on|at|for|during|following)$/.test(first.lower);
  if (!opens) return { after: 0, droppable: false, keepable: false };
  const comma = tokens.findIndex((t) => /,/.test(t.post));
  if (comma < 0 || comma > 20) return { after: 0, droppable: false, keepable: false };
  const phrase = tokens.slice(0, comma + 1);
  const pronoun = phrase.some((t) => ANAPHORS.has(t.lower) && t.lower !== 'that');
  return { after: comma + 1, droppable: true, keepable: !pronoun };
}
