/**
 * @module
 * Blanks a reader can fill from the stem's own words, without having read the article: a count followed by
 * the list it counts ("needs _____ things: a source, a path and a component"), a verb ("melts when the
 * current _____ its rating"), a noun bound to its neighbours ("her _____ on rehearsal" can only be
 * "insistence", "filed a _____" a "patent application" or a "lawsuit"). A typed answer that is a common noun
 * must be one the reader learns from the article, not one the phrase around it forces.
 *
 * @example
 * ```ts
 * guessableBlank('A fuse melts when the current _____ its rating.', 'exceeds', 'noun') // 'a verb …'
 * ```
 */

import { NUMBER_WORDS } from '../generate/lexicon';
import { conversionBeside, parseNumberText } from '../generate/numbers';

export type BlankKind = 'number' | 'name' | 'term' | 'noun';

/** Whether an answer is a number, written in figures or as a word ("three"). */
export function numberLike(answer: string): boolean {
  return parseNumberText(answer.trim()) !== undefined || NUMBER_WORDS.has(answer.trim().toLowerCase()) || /^\d/.test(answer.trim());
}

/** Words that open a noun phrase: a word blanked right before one is a verb ("_____ its rating"). */
const DETERMINER = /^(?:its|his|her|their|our|my|your|the|a|an|this|these|those|every|each)$/;
/** Verbs whose object is fixed by habit ("filed a patent application", "paid tribute", "took place"). */
const COLLOCATION_VERB =
  /^(?:file|files|filed|filing|lodge|lodged|submit|submitted|make|makes|made|take|takes|took|taken|give|gives|gave|given|pay|pays|paid|hold|holds|held|reach|reaches|reached|launch|launched|issue|issued|sign|signed|cast|casts|play|plays|played|raise|raised|pass|passed|break|broke|broken|set|sets|draw|drew|drawn|keep|kept|bear|bore|borne|place|placed|pose|posed|run|ran|meet|met|strike|struck|deliver|delivered)$/;
/** Suffixes of abstract nouns, which the preposition after them gives away ("insistence on", "reliance on"). */
const ABSTRACT = /(?:ence|ance|ment|ness|ity|tion|sion|ism|ship|ure)$/;
const GOVERNED = /^(?:on|upon|for|of|to|in|with|about|against|towards?)$/;
/** Quantities a figure with its unit gives away ("temperatures above 30C", "winds of 98mph"). */
const MEASURE_NOUN = /^(?:temperatures?|speeds?|winds?|gusts?|heights?|depths?|altitudes?|distances?|weights?|rainfall|pressures?|prices?)$/;
const MEASURED_AFTER = /^\s+(?:of|above|below|over|under|around|near|reaching|exceeding|topping|up\s+to)\s+(?:about\s+|around\s+|nearly\s+)?[-−$£€]?\d/i;
const LIST_MARK = /^\s*(?::|—|–|-{1,2}\s)/;

const WORD = /[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Why a blank is guessable from its stem, or undefined. `stem` has one blank; `kind` says what the answer is
 * (a number, a name, a term the article defines, or a common noun).
 */
export function guessableBlank(stem: string, answer: string, kind: BlankKind): string | undefined {
  const at = stem.search(/_{3,}/);
  if (at < 0) return undefined;
  const blankEnd = at + (/_{3,}/.exec(stem.slice(at))?.[0].length ?? 0);
  const before = [...stem.slice(0, at).matchAll(WORD)].map((m) => m[0]);
  const afterText = stem.slice(blankEnd);
  const after = [...afterText.matchAll(WORD)].map((m) => m[0]);
  const prev = before[before.length - 1]?.toLowerCase();
  const prev2 = before[before.length - 2]?.toLowerCase();
  const next = after[0]?.toLowerCase();

  // "represents a _____ (tenfold change), so pH 3 is ten times more acidic": a multiple the stem spells out.
  const fold = /^(\w+?)-?fold\b/i.exec(answer.trim())?.[1]?.toLowerCase();
  if (fold !== undefined && spellsMultiple(stem, NUMBER_WORDS.get(fold) ?? Number(fold), ' times')) return 'the stem gives the multiple as "N times"';
  if (kind === 'number') {
    if (conversionBeside(stem, at, blankEnd)) return 'the same figure stands beside the blank in another unit';
    // "nine out of _____": the second half of a ratio the phrase itself suggests.
    if (prev === 'of' && prev2 === 'out') return 'the blank ends a stock "N out of M" phrase';
    // "needs _____ things: a source …; a path …; and a component …": the list that follows counts itself.
    const upToMark = /^([^:—–.;]*?)(?::|—|–)/.exec(afterText);
    const n = parseNumberText(answer);
    const value = n === undefined ? NUMBER_WORDS.get(answer.trim().toLowerCase()) : n.kind === 'count' || n.kind === 'number' ? n.value : undefined;
    const small = value !== undefined && value <= 12;
    // "a tenfold change, so … is _____ more acidic" ("ten times"): the stem writes the figure as a multiple.
    const figure = parseNumberText(answer)?.value ?? NUMBER_WORDS.get(answer.trim().split(/\s+/)[0]!.toLowerCase());
    if (figure !== undefined && spellsMultiple(stem, figure, '[- ]?fold')) return 'the stem gives the figure as a multiple ("tenfold")';
    if (small && upToMark !== null && [...upToMark[1]!.matchAll(WORD)].length <= 8 && LIST_MARK.test(afterText.slice(upToMark[1]!.length))) {
      return 'the list after the blank counts its own items';
    }
    return undefined;
  }
  // "In an _____ both energy and matter cross": an "an" tells an open system from a closed one.
  if (kind === 'term' && prev === 'an') return 'the "an" before the blank tells the answer from the text\'s other terms';
  if (kind !== 'noun') return undefined;
  const words = answer.trim().split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  // "the current _____ its rating": a word before a determiner, after its subject, is a verb.
  if (next !== undefined && DETERMINER.test(next) && /^\s+\S/.test(afterText) && prev !== undefined && !/^(?:of|in|on|at|for|to|by|with|from|and|or|a|an|the)$/.test(prev)) {
    return `"${answer}" stands where a verb does`;
  }
  if (words.length === 1 && /(?:ed|ing)$/.test(head)) return `"${answer}" is a verb form`;
  // "filed a _____", "made the _____": the verb picks its object.
  const verb = /^(?:a|an|the)$/.test(prev ?? '') ? prev2 : prev;
  if (verb !== undefined && COLLOCATION_VERB.test(verb)) return `"${verb} … ${answer}" is a fixed phrase`;
  // "her _____ on rehearsal": an abstract noun with the preposition it takes.
  if (next !== undefined && GOVERNED.test(next) && /^\s+\S/.test(afterText) && ABSTRACT.test(head)) return `"${answer} ${next}" is a fixed phrase`;
  // "raced in _____ above 30C": the figure after the blank names what it measures.
  if (MEASURE_NOUN.test(head) && MEASURED_AFTER.test(afterText)) return `the figure after the blank says it is a ${head}`;
  return undefined;
}

/** Whether `stem` writes `value`, in digits or as a word, followed by `after` ("ten times", "10-fold"). */
function spellsMultiple(stem: string, value: number, after: string): boolean {
  const word = [...NUMBER_WORDS].find(([, v]) => v === value)?.[0];
  return new RegExp(`\\b(?:${value}|${word ?? value})${after}\\b`, 'i').test(stem);
}
