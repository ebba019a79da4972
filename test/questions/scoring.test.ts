import { describe, expect, it } from 'vitest';
import { TRUE_FALSE_CHOICES, type KeyedQuiz } from '../../questions/schema';
import { InvalidAnswersError, scoreAnswers } from '../../questions/scoring';

const quiz: KeyedQuiz = {
  id: 'quiz1',
  title: 'Test',
  questions: [
    {
      id: 'q1',
      type: 'multiple_choice',
      prompt: 'Which country recalled its ambassador from Caracas?',
      choices: [
        { id: 'a', text: 'Chile' },
        { id: 'b', text: 'Peru' },
        { id: 'c', text: 'China' },
      ],
      answer: 'b',
      explanation: 'Peru recalled its ambassador.',
    },
    { id: 'q2', type: 'true_false', prompt: 'Maduro won 70 percent.', choices: [...TRUE_FALSE_CHOICES], answer: 'false', explanation: 'Maduro won 51 percent.' },
    { id: 'q3', type: 'fill_blank', prompt: 'The capital is _____.', answer: 'Caracas', accepted: ['Caracas, Venezuela'], explanation: 'in Caracas' },
  ],
};

describe('scoreAnswers', () => {
  it('scores right, wrong and unanswered questions in quiz order', () => {
    const scored = scoreAnswers(quiz, { q3: ' caracas ', q1: 'a' });
    expect(scored.score).toBe(1);
    expect(scored.total).toBe(3);
    expect(scored.results.map((r) => [r.questionId, r.correct])).toEqual([
      ['q1', false],
      ['q2', false],
      ['q3', true],
    ]);
    expect(scored.answered).toEqual({ q1: true, q2: false, q3: true });
    expect(scored.results[0]).toMatchObject({ answer: 'b', explanation: 'Peru recalled its ambassador.' });
  });

  it('counts an empty typed answer as unanswered', () => {
    expect(scoreAnswers(quiz, { q3: '  ', q2: 'false' }).answered.q3).toBe(false);
  });

  it('rejects unknown questions and choices a question does not have', () => {
    expect(() => scoreAnswers(quiz, { q9: 'a' })).toThrow(InvalidAnswersError);
    expect(() => scoreAnswers(quiz, { q1: 'z' })).toThrow(/q1/);
    expect(() => scoreAnswers(quiz, { q2: 'True' })).toThrow(InvalidAnswersError);
  });
});
