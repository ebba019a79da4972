import { describe, expect, it } from 'vitest';
import { KeyedQuizSchema, PublicQuizSchema, QuestionSchema, SECRET_FIELD_NAMES, toPublicQuiz } from '../../questions/schema';

const mc = {
  id: 'q1',
  type: 'multiple_choice',
  prompt: 'Who said it?',
  choices: [
    { id: 'a', text: 'Antony Blinken' },
    { id: 'b', text: 'Lin Jian' },
  ],
  answer: 'a',
  explanation: 'Blinken said it.',
} as const;

describe('QuestionSchema', () => {
  it('accepts a well-formed question', () => {
    expect(QuestionSchema.parse(mc)).toEqual(mc);
  });

  it('names the answer field when the answer is not one of the choices', () => {
    const result = QuestionSchema.safeParse({ ...mc, answer: 'c' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('answer');
  });

  it('rejects duplicate choices, even when they differ only in case and accents', () => {
    const result = QuestionSchema.safeParse({ ...mc, choices: [{ id: 'a', text: 'González' }, { id: 'b', text: 'gonzalez' }] });
    expect(result.success).toBe(false);
  });

  it('requires true/false questions to have exactly the choices true and false', () => {
    const tf = { id: 'q2', type: 'true_false', prompt: 'x', choices: [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }], answer: 'yes', explanation: 'x' };
    expect(QuestionSchema.safeParse(tf).success).toBe(false);
  });

  it('rejects choices on a fill_blank question and accepted spellings elsewhere', () => {
    expect(QuestionSchema.safeParse({ ...mc, type: 'fill_blank' }).success).toBe(false);
    expect(QuestionSchema.safeParse({ ...mc, accepted: ['x'] }).success).toBe(false);
  });

  it('rejects unknown fields', () => {
    expect(QuestionSchema.safeParse({ ...mc, secret: 1 }).success).toBe(false);
  });
});

describe('toPublicQuiz', () => {
  it('drops every secret field, and the strict public schema refuses them', () => {
    const keyed = KeyedQuizSchema.parse({ id: 'quiz1', title: 'T', questions: [{ ...mc, difficulty: 'easy' }] });
    const pub = toPublicQuiz(keyed);
    expect(PublicQuizSchema.parse(pub)).toEqual(pub);
    for (const field of SECRET_FIELD_NAMES) expect(JSON.stringify(pub)).not.toContain(`"${field}"`);
    expect(PublicQuizSchema.safeParse({ ...pub, questions: [{ ...pub.questions[0], answer: 'a' }] }).success).toBe(false);
  });
});
