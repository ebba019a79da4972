/**
 * @module
 * The checks of QUESTIONS.md for one question, each returning a problem in words or nothing. They read the
 * question as stored (prompt, choices, answer, explanation) and the analysis of its article, so they apply
 * to any generated quiz, not only to the generator's own candidates.
 */
import { foldText } from '../text/fold';
import { containsWords } from '../text/typography';
import { STOPWORDS, wordsOf } from '../text/words';
import type { Article } from '../generate/article';
import { spellingsOf } from '../generate/aliases';
import { conversionBeside, falseSide, parseNumberText } from '../generate/numbers';
import { entityNamed } from './article-index';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../generate/lexicon';
import { namingRewrite, opensWithAnaphor, stemText } from '../generate/stem';
import { sourcesOf } from './reader-checks';
import { QuestionSchema, type Question } from '../schema';
import { indexOfSeq, sentencesWith, statedElsewhere } from './also-true';
import { kindOf, sameKind, shortFormOf } from './kinds';
import { READER_CHECKS } from './reader-checks';
import { BLANK_RE, correctText, shapeOf, stemOf, wrongOptions } from './shape';

export type QuestionCheck = (q: Question, article: Article) => string | undefined;

const has = (text: string, part: string): boolean => containsWords(foldText(text), foldText(part));

export const validShape: QuestionCheck = (q) => {
  const parsed = QuestionSchema.safeParse(q);
  return parsed.success ? undefined : `does not fit the schema: ${parsed.error.issues[0]?.message ?? ''}`;
};

export const oneCorrectOption: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice') return undefined;
  const correct = correctText(q);
  if (correct === '') return 'the answer is not one of the choices';
  const spellings = [correct, ...spellingsOf(correct, article)].map(foldText);
  const alias = wrongOptions(q).find((o) => spellings.includes(foldText(o)) || spellingsOf(o, article).map(foldText).includes(foldText(correct)) || shortFormOf(o, correct));
  return alias === undefined ? undefined : `the option "${alias}" is another name for the answer`;
};

export const distinctOptions: QuestionCheck = (q) => {
  const texts = (q.choices ?? []).map((c) => foldText(c.text));
  return new Set(texts).size === texts.length ? undefined : 'two options are the same';
};

export const stemFreeOfAnswer: QuestionCheck = (q, article) => {
  if (q.type === 'true_false') return undefined;
  const stem = stemOf(q);
  const correct = correctText(q);
  const spellings = [correct, ...spellingsOf(correct, article), ...(q.accepted ?? [])];
  const leak = spellings.find((s) => has(stem, s));
  if (leak !== undefined) return `the stem contains the answer ("${leak}")`;
  const option = wrongOptions(q).find((o) => has(stem, o));
  return option === undefined ? undefined : `the stem contains the option "${option}"`;
};

export const oneBlank: QuestionCheck = (q) => {
  const blanks = q.prompt.match(BLANK_RE)?.length ?? 0;
  if (shapeOf(q) === 'cloze' && blanks !== 1) return `a cloze stem has ${blanks} blanks`;
  return blanks > 1 ? `the stem has ${blanks} blanks` : undefined;
};

export const noPronounOpening: QuestionCheck = (q) =>
  opensWithAnaphor(stemOf(q)) ? `the stem opens with a word that points back: "${stemOf(q).split(' ')[0]}"` : undefined;

export const verbatimExplanation: QuestionCheck = (q, article) => {
  const at = article.input.indexOf(q.explanation);
  if (at < 0) return 'the explanation is not verbatim from the article';
  const first = article.sentences.find((s) => s.start === at);
  const last = article.sentences.find((s) => s.end === at + q.explanation.length);
  if (first === undefined || last === undefined) return 'the explanation does not cover whole sentences';
  if (last.index - first.index > 2) return 'the explanation spans more than three sentences';
  return undefined;
};

export const explanationHasAnswer: QuestionCheck = (q, article) => {
  if (q.type === 'true_false') return undefined;
  const correct = correctText(q);
  const spellings = [correct, ...spellingsOf(correct, article)];
  return spellings.some((s) => has(q.explanation, s)) ? undefined : `the explanation does not contain the answer "${correct}"`;
};

export const optionsOfOneKind: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice') return undefined;
  const correct = correctText(q);
  const answerKind = kindOf(correct, article);
  if (answerKind === undefined) return `the kind of the answer "${correct}" is unknown`;
  for (const option of wrongOptions(q)) {
    const k = kindOf(option, article);
    if (k === undefined || !sameKind(answerKind, k)) return `the option "${option}" is not of the answer's kind (${answerKind.kind} ${answerKind.subtype})`;
  }
  return undefined;
};

const content = (text: string): string[] => wordsOf(foldText(text)).filter((w) => !STOPWORDS.has(w));

/**
 * The words a false true/false statement puts in (`inS`) where its sentence has others (`inT`): the shortest
 * difference once the common start and end are aligned. The statement may leave out an opener or a tail.
 */
export function swapOf(q: Question, article?: Article): { inS: string[]; inT: string[] } | undefined {
  const said = wordsOf(foldText(stemOf(q)));
  let source = wordsOf(foldText(article === undefined ? q.explanation : statedSource(q, article)));
  // The statement may leave out an opener ("For his part, …"): start where its first two words are.
  const opening = indexOfSeq(source, said.slice(0, 2));
  if (opening > 0) source = source.slice(opening);
  let prefix = 0;
  while (prefix < said.length && said[prefix] === source[prefix]) prefix++;
  // The source may go on after the statement: align the statement's end on the source where it matches.
  const tail = said.slice(prefix);
  let best: { inS: string[]; inT: string[] } | undefined;
  for (let end = prefix; end <= source.length; end++) {
    let suffix = 0;
    while (suffix < tail.length && end - suffix - 1 >= prefix && tail[tail.length - 1 - suffix] === source[end - 1 - suffix]) suffix++;
    const inS = tail.slice(0, tail.length - suffix);
    const inT = source.slice(prefix, end - suffix);
    if (best === undefined || inS.length + inT.length < best.inS.length + best.inT.length) best = { inS, inT };
  }
  return best;
}

/**
 * A false statement stays a sentence the article could have written: a person swapped only for a person the
 * article shows to be of the same gender ("Ms. Tomás Ibarra … her teaching" is no statement of fact), and a
 * number not changed beside its own conversion ("118mph (158km/h)").
 */
export const swapFitsSentence: QuestionCheck = (q, article) => {
  if (q.type !== 'true_false' || q.answer !== 'false') return undefined;
  const swap = swapOf(q, article);
  if (swap === undefined || swap.inS.length === 0) return undefined;
  const inS = swap.inS.join(' ');
  const out = kindOf(swap.inT.join(' '), article);
  const put = kindOf(inS, article);
  if (out?.kind === 'person' || put?.kind === 'person') {
    const a = entityNamed(article, swap.inT.join(' '));
    const b = entityNamed(article, inS);
    if (a?.kind !== 'person' || b?.kind !== 'person' || a.gender === undefined || a.gender !== b.gender) return `"${inS}" is not known to be of the gender of "${swap.inT.join(' ')}"`;
    const folded = foldText(stemOf(q));
    const at = folded.indexOf(inS);
    if (at >= 0 && /\b(?:mr|mrs|ms|dr|miss|mx)\.?\s$/.test(folded.slice(0, at)) && swap.inS.length > swap.inT.length) return `a title stands before the full name "${inS}"`;
    // "Peruvian Foreign Minister Antony Blinken": a title or role left on someone else's name.
    const before = /([\p{L}-]+),?\s$/u.exec(folded.slice(0, Math.max(0, at)))?.[1];
    if (at >= 0 && before !== undefined && ((TITLE_WORDS.has(before) && !HONORIFICS.has(before)) || ROLE_NOUNS.has(before))) return `the title "${before}" belongs to "${swap.inT.join(' ')}", not "${inS}"`;
  }
  if (put?.kind === 'number') {
    const folded = foldText(stemOf(q));
    const at = folded.indexOf(inS);
    if (at >= 0 && conversionBeside(folded, at, at + inS.length)) return `"${inS}" stands beside the same figure in another unit, which still says the old one`;
  }
  return undefined;
};

/**
 * The sentence a true/false statement comes from, with its first "she" or "his" named as the stem may name
 * it ("She recorded …" → "Ferrand-Whitaker recorded …"): the explanation itself otherwise.
 */
function statedSource(q: Question, article: Article): string {
  const sources = sourcesOf(q, article);
  if (sources.length !== 1) return q.explanation;
  const rewrites = namingRewrite(article, sources[0]!);
  return rewrites.length === 0 ? q.explanation : stemText(sources[0]!.text, 0, rewrites).text;
}

/** The statement of a true/false question, compared with the sentence it came from. */
export const trueFalseStatement: QuestionCheck = (q, article) => {
  if (q.type !== 'true_false') return undefined;
  const statement = stemOf(q);
  const said = wordsOf(foldText(statement));
  const source = wordsOf(foldText(statedSource(q, article)));
  if (q.answer === 'true') {
    if (indexOfSeq(source, said) >= 0) return undefined;
    const missing = content(statement).filter((w) => !source.includes(w));
    return missing.length === 0 ? undefined : `a true statement says what the article does not ("${missing.join(' ')}")`;
  }
  if (sentencesWith(article, said).length > 0) return 'a false statement is in the article';
  const best = swapOf(q, article);
  if (best === undefined || best.inS.length === 0 || best.inS.length > 6 || best.inT.length === 0 || best.inT.length > 6) {
    return 'a false statement does not differ from its sentence by exactly one entity or number';
  }
  const swappedIn = kindOf(best.inS.join(' '), article);
  const swappedOut = kindOf(best.inT.join(' '), article);
  if (swappedIn !== undefined && swappedOut !== undefined && !sameKind(swappedIn, swappedOut)) {
    return `a false statement swaps "${best.inT.join(' ')}" for something of another kind`;
  }
  return undefined;
};

const WH = /^(?:(.*?,\s+))?(who|which \p{L}+)\s+(?=\p{Ll})/iu;

/** No wrong option does what the question asks about somewhere in the article. */
export const noDistractorAlsoTrue: QuestionCheck = (q, article) => {
  if (q.type !== 'multiple_choice') return undefined;
  const stem = stemOf(q);
  const shape = shapeOf(q);
  for (const option of wrongOptions(q)) {
    if (shape === 'who-said') {
      const quote = /"([^"]+)"|“([^”]+)”/.exec(stem);
      const text = foldText(quote?.[1] ?? quote?.[2] ?? '').replace(/[….]+$/, '');
      const said = article.quotes.find((x) => text !== '' && foldText(x.text).includes(text.slice(0, 40)));
      const speaker = said?.speaker === undefined ? undefined : article.entities[said.speaker];
      if (speaker !== undefined && [speaker.name, ...speaker.aliases].some((a) => foldText(a) === foldText(option))) return `"${option}" said it`;
      continue;
    }
    let statement: string | undefined;
    if (shape === 'cloze') {
      // "More than _____ runners": a smaller number would be true as well.
      const at = stem.search(BLANK_RE);
      const side = falseSide(stem.slice(0, at), stem.slice(at).replace(BLANK_RE, ''));
      const answer = parseNumberText(correctText(q))?.value;
      const value = parseNumberText(option)?.value;
      if (side !== undefined && answer !== undefined && value !== undefined && (side === 'above' ? value <= answer : value >= answer)) {
        return `the option "${option}" is also true: the article gives a bound, not an exact figure`;
      }
      statement = stem.replace(BLANK_RE, option);
    }
    else {
      const m = WH.exec(stem);
      if (m !== null) statement = `${m[1] ?? ''}${option} ${stem.slice(m[0].length)}`;
    }
    if (statement !== undefined) {
      if (statedElsewhere(article, statement.replace(/\?$/, '.'), option)) return `the option "${option}" is also true according to the article`;
    } else if (has(q.explanation, option)) return `the option "${option}" occurs in the answer's own sentence`;
  }
  return undefined;
};

export const QUESTION_CHECKS: Readonly<Record<string, QuestionCheck>> = {
  ...READER_CHECKS,
  validShape,
  oneCorrectOption,
  distinctOptions,
  stemFreeOfAnswer,
  oneBlank,
  noPronounOpening,
  verbatimExplanation,
  explanationHasAnswer,
  optionsOfOneKind,
  trueFalseStatement,
  swapFitsSentence,
  noDistractorAlsoTrue,
};
