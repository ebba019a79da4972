/**
 * @module
 * A chosen candidate as a stored question: choice ids `a`, `b`, … in seeded order, the answer as a choice
 * id, the verbatim explanation, and a difficulty from how plausible the wrong options are and how far into
 * the article the fact sits.
 */
import { LIMITS } from '../limits';
import { TRUE_FALSE_CHOICES, type Difficulty, type Question } from '../schema';
import type { Article } from './article';
import { MAX_WRONG, type Candidate } from './candidate';
import type { Option } from './distractors';
import { shuffle } from './seed';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

export function render(c: Candidate, id: string, truth: boolean, article: Article, random: () => number): Question {
  const first = article.sentences[c.sentences[0]!]!;
  const last = article.sentences[c.sentences[c.sentences.length - 1]!]!;
  const explanation = article.input.slice(first.start, last.end);
  const depth = first.index / Math.max(1, article.sentences.length - 1);
  if (c.type === 'true_false') {
    const falseOne = !truth && c.falsePrompt !== undefined;
    const plausibility = falseOne ? (c.falseSwap?.provenance === 'article' ? 0.8 : 0.5) : 0.4;
    return {
      id,
      type: 'true_false',
      prompt: falseOne ? c.falsePrompt! : c.prompt,
      choices: TRUE_FALSE_CHOICES.map((x) => ({ ...x })),
      answer: falseOne ? 'false' : 'true',
      explanation,
      difficulty: difficulty(plausibility, depth, 0),
    };
  }
  if (c.type === 'fill_blank') {
    return {
      id,
      type: 'fill_blank',
      prompt: c.prompt,
      answer: c.answer,
      accepted: c.accepted.slice(0, LIMITS.acceptedMax),
      explanation,
      difficulty: difficulty(0.7, depth, 0.1),
    };
  }
  const wrong = c.options.slice(0, MAX_WRONG);
  const texts = shuffle([c.answer, ...wrong.map((o) => o.text)], random);
  const choices = texts.map((text, i) => ({ id: IDS[i]!, text }));
  return {
    id,
    type: 'multiple_choice',
    prompt: c.prompt,
    choices,
    answer: choices.find((x) => x.text === c.answer)!.id,
    explanation,
    difficulty: difficulty(plausibility(wrong), depth, 0),
  };
}

function plausibility(wrong: readonly Option[]): number {
  if (wrong.length === 0) return 0;
  const weight = { article: 1, perturbed: 0.5, gazetteer: 0.3 } as const;
  return wrong.reduce((sum, o) => sum + weight[o.provenance], 0) / wrong.length;
}

function difficulty(plausible: number, depth: number, extra: number): Difficulty {
  const score = 0.55 * plausible + 0.45 * depth + extra;
  if (score < 0.45) return 'easy';
  if (score < 0.75) return 'medium';
  return 'hard';
}
