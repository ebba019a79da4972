import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuiz } from '../../questions/checks';
import { generateQuiz } from '../../questions/generate';
import { DIFFICULTIES, QUESTION_TYPES } from '../../questions/schema';

const seed = readFileSync('questions/samples/venezuela-election-2024.txt', 'utf8');
const chips = readFileSync('questions/samples/business-chipmaker-earnings.txt', 'utf8');
const airline = readFileSync('questions/samples/business-airline-merger.txt', 'utf8');

describe('generateQuiz options', () => {
  it.each([
    [3, seed],
    [5, seed],
    [8, seed],
    [10, airline],
  ])('gives exactly %i questions when asked for that many from a rich article', (count, text) => {
    const quiz = generateQuiz(text, { count });
    expect(quiz.questions).toHaveLength(count);
    expect(checkQuiz(text, quiz.questions)).toEqual([]);
  });

  it('gives fewer questions rather than a third question about who said what in ten', () => {
    // The seed article is mostly quotes: at most two of ten questions may ask who said something.
    const quiz = generateQuiz(seed, { count: 10 });
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.filter((q) => q.prompt.startsWith('Who said')).length).toBeLessThanOrEqual(2);
    expect(checkQuiz(seed, quiz.questions)).toEqual([]);
  });

  it('never gives more than 20 questions, and never more than the article supports', () => {
    const quiz = generateQuiz(chips, { count: 20 });
    expect(quiz.questions.length).toBeLessThanOrEqual(20);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(checkQuiz(chips, quiz.questions)).toEqual([]);
  });

  it('keeps to the count limits when given a count outside them', () => {
    expect(generateQuiz(seed, { count: 1 }).questions).toHaveLength(3);
    expect(generateQuiz(chips, { count: 99 }).questions.length).toBeLessThanOrEqual(20);
  });

  it.each(QUESTION_TYPES.map((t) => [t]))('gives only %s questions when only that type is asked for', (type) => {
    const quiz = generateQuiz(seed, { count: 6, types: [type] });
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
    expect(quiz.questions.every((q) => q.type === type)).toBe(true);
    expect(checkQuiz(seed, quiz.questions, { types: [type] })).toEqual([]);
  });

  it('mixes the types it is given', () => {
    const quiz = generateQuiz(seed, { count: 8, types: ['multiple_choice', 'true_false'] });
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['multiple_choice', 'true_false']));
  });

  it('makes about half of its true/false statements false', () => {
    const quiz = generateQuiz(chips, { count: 10, types: ['true_false'] });
    const falseOnes = quiz.questions.filter((q) => q.answer === 'false').length;
    expect(falseOnes).toBeGreaterThanOrEqual(Math.floor(quiz.questions.length / 2) - 1);
    expect(falseOnes).toBeLessThanOrEqual(Math.ceil(quiz.questions.length / 2) + 1);
  });

  it('uses the caller’s title and derives one otherwise', () => {
    expect(generateQuiz(seed, { title: 'Venezuela votes' }).title).toBe('Venezuela votes');
    expect(generateQuiz(chips).title).toBe('Halvorsen Semiconductor profit jumps as AI demand soars');
  });

  it('rates every question easy, medium or hard, and not all alike', () => {
    const quiz = generateQuiz(seed);
    for (const q of quiz.questions) expect(DIFFICULTIES).toContain(q.difficulty);
    expect(new Set(quiz.questions.map((q) => q.difficulty)).size).toBeGreaterThanOrEqual(2);
  });

  it('rates a fact deeper in the article as no easier than the same kind of fact at its start', () => {
    const quiz = generateQuiz(seed, { count: 12 });
    const rank = { easy: 0, medium: 1, hard: 2 } as const;
    const mc = quiz.questions.filter((q) => q.type === 'multiple_choice');
    expect(rank[mc[mc.length - 1]!.difficulty!]).toBeGreaterThanOrEqual(rank[mc[0]!.difficulty!]);
  });
});
