import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuiz, correctText } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { generateQuiz } from '../../questions/generate';
import { KeyedQuizSchema } from '../../questions/schema';

const seed = readFileSync('questions/samples/venezuela-election-2024.txt', 'utf8');
const quiz = generateQuiz(seed);
const article = analyseArticle(seed);

describe('the generator on the seed article', () => {
  it('makes at least 8 questions, every one passing every check', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(checkQuiz(seed, quiz.questions)).toEqual([]);
  });

  it('makes a quiz the schema accepts, with ids q1 to qN', () => {
    expect(() => KeyedQuizSchema.parse({ id: 'x', title: quiz.title, questions: quiz.questions })).not.toThrow();
    expect(quiz.questions.map((q) => q.id)).toEqual(quiz.questions.map((_, i) => `q${i + 1}`));
  });

  it('makes all three question types', () => {
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['multiple_choice', 'true_false', 'fill_blank']));
  });

  it('asks who said a quote, with the article’s other speakers as the wrong choices', () => {
    const whoSaid = quiz.questions.filter((q) => q.prompt.startsWith('Who said: '));
    expect(whoSaid.length).toBeGreaterThanOrEqual(1);
    const speakers = new Set(article.quotes.filter((q) => q.speaker !== undefined).map((q) => article.entities[q.speaker!]!.name));
    for (const q of whoSaid) {
      expect(q.choices!.length).toBeGreaterThanOrEqual(3);
      const others = q.choices!.filter((c) => c.id !== q.answer).map((c) => c.text);
      expect(others.filter((name) => speakers.has(name)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('attributes every who-said question to the speaker the article names', () => {
    const byQuote: Record<string, string> = {
      'We have real concerns': 'Antony Blinken',
      'I am a man of peace and dialogue': 'Nicolas Maduro',
      'In light of the extremely serious announcements': 'Javier Gonzalez-Olachia',
      'We won… we got 70 percent of the vote': 'Maria Corina Machado',
      'China is willing to strengthen our strategic partnership': 'Lin Jian',
    };
    for (const q of quiz.questions.filter((x) => x.prompt.startsWith('Who said: '))) {
      const key = Object.keys(byQuote).find((k) => q.prompt.includes(k));
      expect(key, q.prompt).toBeDefined();
      expect(correctText(q)).toBe(byQuote[key!]);
    }
  });

  it('takes each explanation verbatim from the article', () => {
    for (const q of quiz.questions) expect(seed).toContain(q.explanation);
  });

  it('never quizzes on the date header or a subheading', () => {
    for (const q of quiz.questions) {
      expect(q.explanation).not.toMatch(/date 2024-07-29/);
      expect(q.explanation).not.toBe('Peru recalls its ambassador from Caracas');
    }
    expect(article.sentences[0]!.raw.startsWith('US Secretary of State')).toBe(true);
    expect(article.headings).toContain('Congratulations from China');
  });

  it('gives the quiz a title drawn from the article rather than a generic one', () => {
    expect(quiz.title).not.toBe('Quiz');
    expect(quiz.title).toMatch(/Maduro|Venezuela/);
  });

  it('gives the same quiz for the same text every time', () => {
    expect(generateQuiz(seed)).toEqual(quiz);
  });
});
