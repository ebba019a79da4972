import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuiz, correctText, kindOf } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { generateQuiz } from '../../questions/generate';

// Articles without gold files, written to look for new kinds of bad question after the corpus was tuned on:
// every question of theirs must pass every check as well.
const dir = join('test', 'questions', 'articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')] as const);

describe.each(articles)('a 10-question quiz of the article %s', (_, text) => {
  const quiz = generateQuiz(text, { count: 10 });
  const article = analyseArticle(text);

  it('passes every check on every question', () => {
    expect(checkQuiz(text, quiz.questions, { article })).toEqual([]);
  });

  it('has at least six questions, two of them at most about who said what', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
    const speech = quiz.questions.filter((q) => q.type !== 'true_false' && kindOf(correctText(q), article)?.kind === 'person' && /\b(?:said|told)\b/.test(q.prompt));
    expect(speech.length).toBeLessThanOrEqual(2);
  });
});
