import { describe, expect, it } from 'vitest';
import { summarizeQuestions } from '../../questions/class-results';
import { resultsToCsv } from '../../questions/formats/results-csv';
import type { ClassAttempt, ClassResults } from '../../questions/classroom-schema';
import { CLASSROOM_QUESTIONS } from '../fixtures/classroom-quiz';

function attempt(name: string, answers: Record<string, string>, correct: string[], quizVersion = 2): ClassAttempt {
  return { id: `a-${name}`, name, score: correct.length, total: 4, quizVersion, createdAt: '2026-11-26T09:00:00.000Z', answers, correct };
}

describe('class summaries', () => {
  it('count answered and right per question, and rank wrong answers by how often they were given', () => {
    const summary = summarizeQuestions(CLASSROOM_QUESTIONS, [
      attempt('a', { q1: 'a', q3: 'Amazon' }, []),
      attempt('b', { q1: 'a', q3: 'amazon.' }, []),
      attempt('c', { q1: 'c', q3: ' AMAZON' }, []),
      attempt('d', { q1: 'b', q3: 'Nile', q2: '   ' }, ['q1']),
    ]);
    expect(summary[0]).toEqual({
      questionId: 'q1',
      answered: 4,
      correct: 1,
      wrongAnswers: [
        { answer: 'The one with = and ~', count: 2 },
        { answer: 'Hash # and colon :', count: 1 },
      ],
    });
    // Typed answers group regardless of case and punctuation; the group shows its most common spelling.
    expect(summary[2]?.wrongAnswers).toEqual([
      { answer: 'Amazon', count: 3 },
      { answer: 'Nile', count: 1 },
    ]);
    expect(summary[1]).toEqual({ questionId: 'q2', answered: 0, correct: 0, wrongAnswers: [] });
  });

  it('show at most three wrong answers per question', () => {
    const attempts = ['w', 'x', 'y', 'z'].map((typed) => attempt(typed, { q3: typed }, []));
    expect(summarizeQuestions(CLASSROOM_QUESTIONS, attempts)[2]?.wrongAnswers).toHaveLength(3);
  });
});

describe('results as CSV', () => {
  it('compares an attempt on an earlier version by question id and leaves unknown questions empty', () => {
    const results: ClassResults = {
      class: { code: 'K7T2MQ', quizId: 'x', label: '', open: true, allowRetries: false, attempts: 1, createdAt: '', closedAt: null },
      quiz: { id: 'x', title: 'T', version: 3, questions: CLASSROOM_QUESTIONS.slice(0, 1) },
      attempts: [attempt('Old', { q1: 'b', q9: 'gone' }, ['q1'], 2)],
      questions: [],
    };
    const lines = resultsToCsv(results).split('\r\n');
    expect(lines[0]).toBe('\uFEFF"name","submitted_at","score","total","percent","quiz_version","Q1 right (q1)","Q1 answer"');
    expect(lines[1]).toBe('"Old","2026-11-26T09:00:00.000Z",1,4,25,2,1,"b"');
  });
});
