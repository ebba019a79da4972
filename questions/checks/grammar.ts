/**
 * @module
 * Whether a stem rewritten from a sentence still reads as English: a question's "do"/"does", "has"/"have",
 * "is"/"are" agrees with its subject, and that subject is a noun phrase ("How much do the opera cost …?",
 * "… do a former fire chief guilty of steal …" are not); a stem cut from a longer sentence does not stop
 * between a subject and its verb ("…, and the township's insurer." when the sentence goes on "…, which has
 * paid …, says …").
 *
 * @example
 * ```ts
 * agreementProblem('How much do the opera cost to stage?', article, sources) // 'do … opera'
 * ```
 */
import type { Article, Sentence } from '../generate/article';
import { plainTypography } from '../text/typography';
import { stemWords, type Word } from './references';

const SINGULAR_AUX = new Set(['does', 'has', 'is', 'was']);
const PLURAL_AUX = new Set(['do', 'have', 'are', 'were']);
const AUX = /\b(?:do|does|has|have|is|are|was|were)\b/i;
const WH = /^(?:how|much|many|what|which|who|whom|where|when|why)$/;
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'cattle', 'feet', 'teeth', 'mice', 'geese']);
const PREPOSITIONS = /^(?:of|for|in|at|on|from|with|by|to|about|over|under|after|before|since|during|between|among)$/;

/** Whether a head noun reads as plural by its form ("shares", "people"), not by the tagger ("opera"). */
function pluralForm(w: Word): boolean {
  if (IRREGULAR_PLURALS.has(w.lower)) return true;
  return /s$/.test(w.lower) && !/(?:ss|us|is|news|series|species)$/.test(w.lower) && !/^\p{Lu}/u.test(w.text);
}

const isVerbWord = (w: Word) => w.tags.has('Verb') && !w.tags.has('Noun');

/**
 * The problem of a wh-question's auxiliary and subject, in words, or undefined: the auxiliary must follow the
 * question phrase, the words after it up to the main verb must end in a noun or a name, and their head (the
 * last noun before any preposition) must have the auxiliary's number.
 */
export function agreementProblem(stem: string, article: Article, sources: readonly Sentence[]): string | undefined {
  if (!AUX.test(stem)) return undefined;
  const words = stemWords(stem, article, sources).filter((w) => !w.quoted);
  const at = words.findIndex((w, i) => (SINGULAR_AUX.has(w.lower) || PLURAL_AUX.has(w.lower)) && words.slice(0, i).some((x) => WH.test(x.lower)));
  if (at < 0) return undefined;
  const aux = words[at]!;
  // A question asked about its subject ("Which company has raised …?") has no subject after its auxiliary.
  if (WH.test(words[at - 1]!.lower) && words[at - 1]!.lower !== 'much' && words[at - 1]!.lower !== 'many') return undefined;
  if (/^(?:which|what)$/.test(words[at - 2]?.lower ?? '') && words.slice(0, at).every((x) => !/^(?:much|many)$/.test(x.lower))) return undefined;
  // "How many books were borrowed …?": the subject stands before the auxiliary.
  if (words[at + 1] === undefined || isVerbWord(words[at + 1]!)) return undefined;
  const plain = plainTypography(stem);
  const np: Word[] = [];
  for (const w of words.slice(at + 1)) {
    // The main verb: a verb form of the article, or a word the article never uses in that form ("steal").
    const unknown = w.tags.size === 0 && /^\p{Ll}/u.test(w.text);
    if ((isVerbWord(w) && np.length > 0) || unknown) break;
    np.push(w);
    if (np.length > 10) return undefined;
  }
  if (np.length === 0) return undefined;
  const last = np[np.length - 1]!;
  const between = plain.slice(last.end, plain.indexOf(' ', last.end) < 0 ? undefined : plain.indexOf(' ', last.end));
  if (PREPOSITIONS.test(last.lower) || last.tags.has('Determiner') || (last.tags.has('Adjective') && !last.tags.has('Noun'))) {
    return `the words after "${aux.text}" are no noun phrase ("${np.map((w) => w.text).join(' ')}")`;
  }
  if (/,/.test(between)) return undefined;
  let head: Word | undefined;
  for (const w of np) {
    if (PREPOSITIONS.test(w.lower)) break;
    if (w.tags.has('Noun') || w.tags.has('ProperNoun') || /^\p{Lu}/u.test(w.text)) head = w;
  }
  if (head === undefined) return undefined;
  const coordinated = np.some((w) => w.lower === 'and');
  const plural = coordinated || pluralForm(head);
  if (SINGULAR_AUX.has(aux.lower) && plural && !/^\p{Lu}/u.test(head.text)) return `"${aux.text}" with the plural "${head.text}"`;
  if (PLURAL_AUX.has(aux.lower) && !plural && !/^(?:i|you|we|they)$/.test(head.lower)) return `"${aux.text}" with the singular "${head.text}"`;
  return undefined;
}

/** Finite verbs that can follow a subject after an aside: "the insurer, which …, says …". */
const finite = (w: { tags: ReadonlySet<string>; lower: string }) =>
  w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Participle') && !/ing$/.test(w.lower) && (w.tags.has('PresentTense') || w.tags.has('PastTense') || w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('Auxiliary'));

/**
 * Where a stem made from one sentence stops before that sentence's clause is complete: the sentence goes on
 * with the verb of the stem's last subject, directly or after a relative clause set off by commas. Returns
 * the words the stem ends with, or undefined when it ends where a clause does.
 */
export function cutClause(stem: string, sources: readonly Sentence[]): string | undefined {
  const s = sources[sources.length - 1];
  if (s === undefined) return undefined;
  const body = plainTypography(stem).replace(/[.?!]+["']?\s*$/, '');
  const blank = body.lastIndexOf('_____');
  const tail = body.slice(Math.max(blank + 5, body.length - 40)).trim();
  if (tail.length < 8) return undefined;
  const at = s.text.indexOf(tail);
  if (at < 0) return undefined;
  const rest = s.text.slice(at + tail.length);
  if (/^\s*[.?!]?["']?\s*$/.test(rest)) return undefined;
  const next = s.tokens.find((t) => t.start >= at + tail.length);
  if (next === undefined) return undefined;
  // "…, the township's insurer says …" cut before "says".
  if (/^\s+$/.test(rest.slice(0, next.start - at - tail.length)) && finite(next) && !next.tags.has('Noun')) return tail;
  // "…, and the township's insurer, which has already paid the fund $250,000, says …"
  const relative = /^,\s+(?:which|who|whose)\b/.exec(rest);
  if (relative === null) return undefined;
  const close = /,\s/.exec(rest.slice(relative[0].length));
  if (close === null) return undefined;
  const after = s.tokens.find((t) => t.start >= at + tail.length + relative[0].length + close.index + close[0].length);
  return after !== undefined && finite(after) && !after.tags.has('Noun') ? tail : undefined;
}
