/**
 * @module
 * Checks of what a careful reader rejects although every fact is right: a stem that leans on a sentence the
 * reader cannot see, a quote with nobody saying it, an opinion offered as true or false, a "his" with women
 * among the options, options that differ in casing or name things of another kind (a tournament among
 * cities, a product among people, a fragment of a term), and an answer that repeats a word of the stem.
 * Each returns a problem in words or nothing, reading the question as stored and the analysis of its article.
 */
import type { Article, Sentence } from '../generate/article';
import { compatibleClasses } from '../generate/concepts';
import { knownPerson } from '../generate/entities';
import { lookupPlace, sameRegion } from '../generate/gazetteer';
import { pronounGender } from '../generate/gender';
import { HONORIFICS, PLACE_HEADS, SPEECH_VERBS, TITLE_WORDS } from '../generate/lexicon';
import { findNumbers } from '../generate/numbers';
import { tagSentence, type Token } from '../generate/tokens';
import type { Question, QuestionType } from '../schema';
import { foldText } from '../text/fold';
import { containsWords, plainTypography } from '../text/typography';
import { articleBefore, STOPWORDS, takesAn, wordsOf } from '../text/words';
import { entityNamed, foldedInput } from './article-index';
import { guessableBlank, numberLike, type BlankKind } from './guessable';
import { kindOf, type Kind } from './kinds';
import { agreementProblem, cutClause } from './grammar';
import { danglingReference, genderAskedFor, hasQuotation, speechOutsideQuotes, wordsOutsideQuotes } from './references';
import { correctText, shapeOf, stemOf, wrongOptions } from './shape';

type QuestionCheck = (q: Question, article: Article) => string | undefined;

/** The article sentences a question's explanation covers. */
export function sourcesOf(q: Question, article: Article): Sentence[] {
  // Found by its first sentence rather than by searching the whole text: cheap on long articles.
  const first = article.sentences.find((s) => q.explanation.startsWith(s.raw) && article.input.startsWith(q.explanation, s.start));
  if (first === undefined) return [];
  const end = first.start + q.explanation.length;
  return article.sentences.filter((s) => s.start >= first.start && s.end <= end);
}

/** A stem as the stem checks read it: its text without lead-in, and what it was made from. */
export interface StemReading {
  stem: string;
  type: QuestionType;
  /** A "Who said: “…”?" question, whose quote is its subject. */
  whoSaid: boolean;
  sources: readonly Sentence[];
  /** The blank of a cloze stands for a person. */
  blankIsPerson: boolean;
  /** The answer a cloze blank stands for, and what it is (a number, a name, a defined term, a common noun). */
  blank?: { answer: string; kind: BlankKind };
}

/** What keeps a stem from being read on its own, by check name; empty when nothing does. */
export function stemProblems(r: StemReading, article: Article): Record<string, string> {
  const out: Record<string, string> = {};
  const dangling = danglingReference(r.stem, article, r.sources, r.blankIsPerson);
  if (dangling !== undefined) out.selfContained = `the stem points to something it does not say ("${dangling}")`;
  const speech = speechOutsideQuotes(r.stem, article, r.sources);
  if (speech !== undefined) out.noSpeechOutsideQuotes = `the stem speaks as someone without quoting them ("${speech}")`;
  if (((plainTypography(r.stem).match(/"/g) ?? []).length & 1) === 1) out.wholeQuotes = 'the stem cuts a quotation in two';
  const quoted = hasQuotation(r.stem);
  if (quoted && !r.whoSaid) {
    const outside = wordsOutsideQuotes(r.stem).filter((w) => /^_{3,}$/.test(w) || !(STOPWORDS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase()) || pronounGender(w) !== undefined));
    if (outside.length === 0) out.quoteHasSpeaker = 'the stem quotes words without saying whose they are';
  }
  if (quoted && r.type === 'true_false') out.trueFalseIsFact = 'a true/false statement quotes someone: an opinion is neither true nor false';
  if (r.type !== 'true_false' && !r.whoSaid && !/_{3,}/.test(r.stem)) {
    const agreement = agreementProblem(r.stem, article, r.sources);
    if (agreement !== undefined) out.questionAgrees = `the question is not grammatical: ${agreement}`;
  }
  // "Who is the ?": an article or a conjunction cannot end a question or a statement (a preposition can:
  // "What unit is heat measured in?").
  const unfinished = /\b(the|a|an|and|or)\s*[?.!]$/i.exec(r.stem);
  if (unfinished !== null) out.questionAgrees = `the question is not grammatical: it ends on "${unfinished[1]}"`;
  if (r.blank !== undefined) {
    const guessable = guessableBlank(r.stem, r.blank.answer, r.blank.kind);
    if (guessable !== undefined) out.blankNotGuessable = `the blank can be filled from the stem alone: ${guessable}`;
  }
  const cut = cutClause(r.stem, r.sources);
  if (cut !== undefined) out.wholeClauses = `the stem stops before the verb of its last clause ("…${cut}")`;
  if (participlePhrase(r.stem)) out.wholeClauses = 'the stem is a phrase without a clause of its own ("Leaving behind …")';
  return out;
}

/**
 * "Leaving behind a curved lake called an oxbow lake.": a stem that opens with a participle and has no finite
 * verb after it is the tail of a sentence, not a sentence.
 */
function participlePhrase(stem: string): boolean {
  if (!/^\p{Lu}\p{Ll}+ing\b/u.test(stem)) return false;
  const tokens = tagSentence(stem);
  // "a curved lake called an oxbow lake": a past form after a determiner or a noun is an adjective or a
  // participle.
  const attributive = (i: number) => tokens[i - 1] !== undefined && (tokens[i - 1]!.tags.has('Noun') || tokens[i - 1]!.tags.has('Determiner'));
  const finite = (t: Token, i: number) =>
    t.tags.has('Copula') ||
    t.tags.has('Modal') ||
    (t.tags.has('Verb') && (t.tags.has('PresentTense') || t.tags.has('PastTense')) && !/(?:ing|ed)$/.test(t.lower)) ||
    (t.tags.has('Verb') && /ed$/.test(t.lower) && !attributive(i));
  return !tokens.some((t, i) => i > 0 && finite(t, i));
}

const reading = (q: Question, article: Article): StemReading => {
  const answer = correctText(q);
  const kind = kindOf(answer, article);
  return {
    stem: stemOf(q),
    type: q.type,
    whoSaid: shapeOf(q) === 'who-said',
    sources: sourcesOf(q, article),
    blankIsPerson: kind?.kind === 'person',
    ...(shapeOf(q) === 'cloze' ? { blank: { answer, kind: numberLike(answer) ? 'number' : blankKindOf(kind) } } : {}),
  };
};

/** What a cloze blank stands for, as the guessable-blank check reads it. */
export function blankKindOf(kind: Kind | undefined): BlankKind {
  if (kind === undefined) return 'noun';
  return kind.kind === 'number' ? 'number' : kind.kind === 'concept' ? 'term' : 'name';
}
// The four stem checks share one reading of the stem, made once per question.
const READ = new WeakMap<Question, { article: Article; problems: Record<string, string> }>();
const stemCheck = (name: string): QuestionCheck => (q, article) => {
  let read = READ.get(q);
  if (read?.article !== article) {
    read = { article, problems: stemProblems(reading(q, article), article) };
    READ.set(q, read);
  }
  return read.problems[name];
};

export const selfContained = stemCheck('selfContained');
export const noSpeechOutsideQuotes = stemCheck('noSpeechOutsideQuotes');
export const quoteHasSpeaker = stemCheck('quoteHasSpeaker');
export const trueFalseIsFact = stemCheck('trueFalseIsFact');
export const wholeQuotes = stemCheck('wholeQuotes');
export const questionAgrees = stemCheck('questionAgrees');
export const wholeClauses = stemCheck('wholeClauses');
export const blankNotGuessable = stemCheck('blankNotGuessable');

/** "Who … in his closing speech?": every wrong option is known to be a man. */
export const pronounsAgree: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice' || kindOf(correctText(q), article)?.kind !== 'person') return undefined;
  const gender = genderAskedFor(stemOf(q), article);
  if (gender === undefined) return undefined;
  for (const option of wrongOptions(q)) {
    const e = entityNamed(article, option);
    if (e?.kind !== 'person' || e.gender !== gender) return `the stem asks about a ${gender === 'male' ? 'man' : 'woman'} but the option "${option}" is not known to be one`;
  }
  return undefined;
};

export const consistentCasing: QuestionCheck = (q) => {
  if (q.type !== 'multiple_choice') return undefined;
  const letters = (q.choices ?? []).map((c) => c.text.trim()).filter((t) => /^\p{L}/u.test(t));
  const upper = letters.filter((t) => /^\p{Lu}/u.test(t)).length;
  return upper === 0 || upper === letters.length ? undefined : 'some options start with a capital and some do not';
};

/** "an _____": every option reads after the article the stem keeps. */
export const articleAgrees: QuestionCheck = (q) => {
  if (q.type !== 'multiple_choice' || shapeOf(q) !== 'cloze') return undefined;
  const stem = stemOf(q);
  const article = articleBefore(stem, stem.search(/_{3,}/));
  if (article === undefined) return undefined;
  const wrong = (q.choices ?? []).find((c) => takesAn(c.text) !== (article === 'an'));
  return wrong === undefined ? undefined : `"${article} ${wrong.text}" does not read`;
};

/** Words that say what kind of body or place a name is, not which one. */
const GENERIC_NAME_WORDS = new Set('the of and for town city county council district department ministry agency board committee company group party union association club university school hospital court state province region'.split(' '));

/**
 * A term or a figure the headline names is given away by the headline, which sits above the quiz: "a _____
 * pound plan" under "Council approves 1.2 million pound makeover".
 */
export const answerNotInHeadline: QuestionCheck = (q, article) => {
  if (q.type === 'true_false') return undefined;
  const answer = correctText(q);
  return headlineGives(article, answer) ? `the headline gives the answer "${answer}"` : undefined;
};

/** Whether the headline names `answer`: a figure of the same value, a name or its own words, a term. */
export function headlineGives(article: Article, answer: string): boolean {
  if (article.headline === undefined) return false;
  const kind = kindOf(answer, article);
  const headline = foldText(article.headline);
  if (kind?.kind === 'number') {
    const digits = (text: string) => /\d[\d,.]*/.exec(text)?.[0]?.replace(/,/g, '');
    return findNumbers(article.headline, []).some((n) => n.value === kind.number!.value && (digits(n.text) === digits(answer) || n.format.words || kind.number!.format.words));
  }
  if (kind?.kind === 'person' || kind?.kind === 'org' || kind?.kind === 'place') {
    const e = entityNamed(article, answer);
    const names = e === undefined ? [answer] : [e.name, ...e.aliases];
    // "Ashby council approves …" names Ashby Town Council: its own words are there, whatever it is called.
    const own = kind.kind === 'person' ? [] : wordsOf(foldText(e?.name ?? answer)).filter((w) => !GENERIC_NAME_WORDS.has(w));
    return names.some((n) => containsWords(headline, foldText(n))) || (own.length > 0 && own.every((w) => containsWords(headline, w)));
  }
  return kind?.kind === 'concept' && containsWords(headline, foldText(answer));
}

const contentWords = (text: string): string[] => wordsOf(foldText(text).replace(/-/g, ' ')).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !/\d/.test(w));

/** "Mid-Atlantic Ridge" for a stem about the Atlantic Ocean: a word of the answer that no wrong option shares. */
export const answerNotHinted: QuestionCheck = (q) => {
  if (q.type !== 'multiple_choice') return undefined;
  const stem = new Set(contentWords(plainTypography(stemOf(q))));
  const wrong = new Set(wrongOptions(q).flatMap(contentWords));
  const hint = contentWords(correctText(q)).find((w) => stem.has(w) && !wrong.has(w));
  return hint === undefined ? undefined : `the answer repeats "${hint}" from the stem`;
};

/** How often `needle` occurs in `haystack` as whole words (both folded). */
function countWords(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(haystack[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(haystack[at + needle.length] ?? ' ')) n++;
  }
  return n;
}

/** Words a person's name never follows directly ("at" and "in" go before places). */
const THING_MARKERS = ['a', 'an', 'the', 'called', 'named', 'dubbed', 'known as', 'at', 'in'];

/** Names that the article itself shows to be of another kind than the option claims. */
export const optionNamesPlausible: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice') return undefined;
  const answer = correctText(q);
  const answerKind = kindOf(answer, article);
  const input = foldedInput(article);
  for (const option of (q.choices ?? []).map((c) => c.text)) {
    const kind = kindOf(option, article);
    if (kind === undefined) continue;
    const folded = foldText(option);
    if (kind.kind === 'person') {
      const e = entityNamed(article, option);
      if (e !== undefined && !knownPerson(e, article)) return `nothing in the article shows "${option}" to be a person`;
      // "a Capital Investment Grant", "a test called PancScan": no person is written like that.
      if (THING_MARKERS.some((marker) => containsWords(input, `${marker} ${folded}`))) {
        return `the article writes "${option}" as the name of a thing, not of a person`;
      }
    }
    if (kind.kind === 'place') {
      // "Porto Open": a place's name followed by a word that is not a place's makes something else.
      const words = option.split(/\s+/);
      const head = words[words.length - 1]!.toLowerCase();
      const inner = words.slice(0, -1).some((_, i) => lookupPlace(words.slice(0, i + 1).join(' ')) !== undefined);
      if (lookupPlace(option) === undefined && inner && !PLACE_HEADS.has(head)) return `"${option}" is not the name of a place`;
      // A gazetteer place the article never names must be a neighbour of the answer.
      const named = entityNamed(article, option) !== undefined;
      if (option !== answer && answerKind?.kind === 'place' && !named && lookupPlace(answer) !== undefined && !sameRegion(option, answer)) {
        return `"${option}" is far from "${answer}": an implausible wrong option`;
      }
    }
    if (kind.kind === 'concept') {
      // "Slab" from "slab pull": a word the article only ever uses inside a longer term is no term.
      const longer = article.concepts.find((c) => foldText(c.term) !== folded && containsWords(foldText(c.term), folded));
      if (longer !== undefined && countWords(input, folded) <= countWords(input, foldText(longer.term))) return `"${option}" is only part of the term "${longer.term}"`;
      if (answerKind?.kind === 'concept' && option !== answer && !compatibleClasses(kind.subtype, answerKind.subtype)) {
        return `"${option}" is a ${kind.subtype}, the answer a ${answerKind.subtype}`;
      }
    }
  }
  return undefined;
};

/**
 * "Robert J" beside "Assistant Prosecutor Lena Marchetti": people are offered as names alone, never cut at a
 * middle initial, never with a title, and all in one form (full names, or surnames only).
 */
export const peopleNamedAlike: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice') return undefined;
  const options = (q.choices ?? []).map((c) => c.text.trim());
  if (!options.some((o) => kindOf(o, article)?.kind === 'person')) return undefined;
  for (const option of options) {
    const words = option.split(/\s+/);
    if (/^\p{Lu}\.?$/u.test(words[words.length - 1]!)) return `"${option}" is cut at an initial`;
    const title = words.slice(0, -1).find((w) => /^\p{Lu}/u.test(w) && (TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase())));
    if (title !== undefined) return `"${option}" carries the title "${title}"`;
  }
  const short = options.filter((o) => !/\s/.test(o)).length;
  return short === 0 || short === options.length ? undefined : 'some people are offered by full name and some by surname';
};

/** The checks that read only a question's stem and its sentences, not its options. */
export const STEM_CHECKS: Readonly<Record<string, QuestionCheck>> = {
  selfContained,
  noSpeechOutsideQuotes,
  quoteHasSpeaker,
  trueFalseIsFact,
  wholeQuotes,
  questionAgrees,
  wholeClauses,
  blankNotGuessable,
};

export const READER_CHECKS: Readonly<Record<string, QuestionCheck>> = {
  ...STEM_CHECKS,
  pronounsAgree,
  consistentCasing,
  answerNotHinted,
  answerNotInHeadline,
  articleAgrees,
  optionNamesPlausible,
  peopleNamedAlike,
};
