/**
 * @module
 * Article → quiz. The text is analysed once (sentences, names, numbers, quotes, concepts), every template
 * proposes candidate questions, the best are chosen with caps that keep the quiz varied and spread over
 * the article, and every chosen question must pass the checks in `questions/checks` or is replaced.
 * Deterministic: the same text and options always give the same quiz, seeded from the text.
 *
 * @example
 * ```ts
 * const { title, questions } = generateQuiz(articleText, { count: 10 });
 * ```
 */
import { checkQuestion } from '../checks';
import type { BlankKind } from '../checks/guessable';
import { stemProblems } from '../checks/reader-checks';
import { LIMITS } from '../limits';
import { QUESTION_TYPES, type Question, type QuestionType } from '../schema';
import { analyseArticle, type Article } from './article';
import { CLOZE_LEAD, TRUE_FALSE_LEAD, type Candidate } from './candidate';
import { sentenceImportance } from './rank';
import { keyFactChance } from './salience';
import { render } from './render';
import { seedOf, seededRandom, shuffle } from './seed';
import { select } from './select';
import { cloze } from './templates/cloze';
import { conceptQuestions } from './templates/concept';
import { howMany } from './templates/how-many';
import { keyNouns } from './templates/key-noun';
import { passiveAgent } from './templates/passive-agent';
import { roleQuestions } from './templates/role';
import { trueFalse } from './templates/true-false';
import { whSubject } from './templates/wh-subject';
import { whoSaid } from './templates/who-said';
import { deriveTitle } from './title';
import { assertHasSentences, assertUsableText, UnusableTextError } from './usability';

export interface GenerateOptions {
  /** How many questions, from LIMITS.countMin to LIMITS.countMax (default LIMITS.countDefault). */
  count?: number;
  /** Only these question types. */
  types?: readonly QuestionType[];
  title?: string;
}

export interface GeneratedQuiz {
  title: string;
  questions: Question[];
}

export { UnusableTextError, type UnusableReason } from './usability';

/** Every candidate question of an article, before selection. */
export function candidatesOf(article: Article): Candidate[] {
  return [
    ...whoSaid(article),
    ...whSubject(article),
    ...passiveAgent(article),
    ...howMany(article),
    ...conceptQuestions(article),
    ...roleQuestions(article),
    ...cloze(article),
    ...trueFalse(article),
    ...keyNouns(article),
  ];
}

export function generateQuiz(text: string, options: GenerateOptions = {}): GeneratedQuiz {
  assertUsableText(text);
  const article = analyseArticle(text);
  assertHasSentences(article);
  const count = Math.min(LIMITS.countMax, Math.max(LIMITS.countMin, Math.round(options.count ?? LIMITS.countDefault)));
  const types = QUESTION_TYPES.filter((t) => options.types === undefined || options.types.includes(t));
  const questions = buildQuestions(article, count, types.length > 0 ? types : [...QUESTION_TYPES]);
  if (questions.length === 0) {
    throw new UnusableTextError(
      'no_questions',
      'No questions could be made from this text: it names no people, places, numbers or terms that a question could ask about.',
    );
  }
  return { title: options.title?.trim() || deriveTitle(article), questions };
}

function buildQuestions(article: Article, count: number, types: readonly QuestionType[]): Question[] {
  const seed = seedOf(article.input);
  const importance = sentenceImportance(article);
  const blocks = article.sentences.map((s) => s.block);
  const defines = new Map<number, string[]>();
  for (const c of article.concepts) for (const d of c.definitions) defines.set(d.sentence, [...(defines.get(d.sentence) ?? []), c.term]);
  let candidates = selectableCandidates(article, types);
  // A candidate is worth the chance that it asks about a key fact times how good its template's questions are.
  const worths = new Map<Candidate, number>();
  const worth = (c: Candidate): number => {
    let w = worths.get(c);
    if (w === undefined) worths.set(c, (w = keyFactChance(article, c, importance) * c.quality));
    return w;
  };
  // A chosen question that fails a check is dropped and the choice made again without it; a question that
  // still fails after the last round is left out (a shorter quiz beats a wrong question).
  let questions: Question[] = [];
  let failing = new Set<Candidate>();
  for (let round = 0; round < 10; round++) {
    const chosen = select(candidates, worth, blocks, count, types, defines);
    const random = seededRandom(seed);
    const falseOnes = falseChoices(chosen, random);
    questions = chosen.map((c, i) => render(c, `q${i + 1}`, !falseOnes.has(c), article, random));
    failing = new Set<Candidate>();
    questions.forEach((q, i) => {
      if (checkQuestion(q, article).length > 0) failing.add(chosen[i]!);
    });
    if (failing.size === 0) return questions;
    candidates = candidates.flatMap((c) => {
      if (!failing.has(c)) return [c];
      // A true/false whose false version fails may still stand as a true statement.
      if (c.type === 'true_false' && falseOnes.has(c)) return [{ ...c, falsePrompt: undefined, falseSwap: undefined, quality: 0.45 }];
      return [];
    });
  }
  return questions.filter((q) => checkQuestion(q, article).length === 0).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/**
 * The candidates a quiz is chosen from: of the allowed types, each readable on its own (see `readable`). A
 * repeated passage is asked about once, from its first occurrence (the one an explanation points to).
 */
export function selectableCandidates(article: Article, types: readonly QuestionType[] = QUESTION_TYPES): Candidate[] {
  return candidatesOf(article)
    .filter((c) => types.includes(c.type) && c.sentences.every((i) => article.sentences[i]!.repeats === undefined))
    .flatMap((c) => readable(c, article));
}

/**
 * A candidate whose stem a reader can take on its own (see `stemProblems`), before any choosing: its false
 * version may fail alone, and then it stays as a true statement.
 */
function readable(c: Candidate, article: Article): Candidate[] {
  const sources = c.sentences.map((i) => article.sentences[i]!);
  const blankIsPerson = c.focus.startsWith('e') && article.entities[Number(c.focus.slice(1))]?.kind === 'person';
  const stemFails = (truth: boolean) => {
    const prompt = truth ? c.prompt : c.falsePrompt!;
    const stem = [TRUE_FALSE_LEAD, CLOZE_LEAD].reduce((p, lead) => (p.startsWith(lead) ? p.slice(lead.length) : p), prompt);
    const blank = /_{3,}/.test(stem) ? { answer: truth ? c.answer : c.falseSwap?.text ?? c.answer, kind: BLANK_KINDS[c.focus.charAt(0)] ?? 'noun' } : undefined;
    const problems = stemProblems({ stem, type: c.type, whoSaid: c.template === 'who-said', sources, blankIsPerson, ...(blank === undefined ? {} : { blank }) }, article);
    return Object.keys(problems).length > 0;
  };
  if (stemFails(true)) return [];
  if (c.falsePrompt !== undefined && stemFails(false)) return [{ ...c, falsePrompt: undefined, falseSwap: undefined, quality: 0.45 }];
  return [c];
}

/** What a candidate's blank stands for, by the first letter of its focus ("n:51 percent", "e3", "c:…", "k:…"). */
const BLANK_KINDS: Record<string, BlankKind> = { n: 'number', e: 'name', c: 'term', k: 'noun' };

/** About half of the true/false questions that can be false are made false, chosen with the seed. */
function falseChoices(chosen: readonly Candidate[], random: () => number): Set<Candidate> {
  const tf = chosen.filter((c) => c.type === 'true_false');
  const canBeFalse = shuffle(tf.filter((c) => c.falsePrompt !== undefined), random);
  return new Set(canBeFalse.slice(0, Math.min(canBeFalse.length, Math.ceil(tf.length / 2))));
}
