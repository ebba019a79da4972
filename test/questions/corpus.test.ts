import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../bench/corpus';
import { checkQuiz, correctText, kindOf } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { generateQuiz } from '../../questions/generate';
import { scoreArticle } from '../../questions/quality/evaluate';

const corpus = readCorpus();

describe('the corpus', () => {
  // The floors are the measured levels less a margin (docs/questions.md): 78% on the tuning set, about 68% on the
  // held-out set; a drop below them is a regression, not noise, since generation is deterministic.
  it.each([
    ['tuning', false, 0.75],
    ['held-out', true, 0.65],
  ] as const)('asks about most key facts of the %s articles', (_, heldOut, floor) => {
    let hit = 0;
    let of = 0;
    for (const a of corpus.filter((x) => x.gold.heldOut === heldOut)) {
      const s = scoreArticle(analyseArticle(a.text), a.gold, generateQuiz(a.text, { count: 10 }).questions);
      hit += s.facts.hit;
      of += s.facts.of;
    }
    expect(hit / of).toBeGreaterThanOrEqual(floor);
    // Generating some sixty quizzes takes a few seconds on a busy machine.
  }, 60_000);

  it('has at least 15 articles, a third of them held out, from every section', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((a) => a.gold.heldOut).length).toBeGreaterThanOrEqual(Math.ceil(corpus.length / 3));
    const sections = new Set(corpus.map((a) => a.gold.section));
    for (const s of ['politics', 'world', 'business', 'sports', 'science', 'local', 'classroom']) expect(sections).toContain(s);
  });

  it.each(corpus.map((a) => [a.slug, a] as const))('%s has gold evidence and quotes copied verbatim from its text', (_, a) => {
    for (const fact of a.gold.keyFacts) for (const e of [fact.evidence].flat()) expect(a.text).toContain(e);
    for (const q of a.gold.quotes) expect(a.text).toContain(q.quote);
  });
});

describe.each(corpus.map((a) => [a.slug, a] as const))('a 10-question quiz of %s', (_, a) => {
  const quiz = generateQuiz(a.text, { count: 10 });
  const article = analyseArticle(a.text);

  it('passes every check on every question', () => {
    expect(checkQuiz(a.text, quiz.questions, { article })).toEqual([]);
  });

  it('never attributes a quote to the wrong speaker', () => {
    expect(scoreArticle(article, a.gold, quiz.questions).wrongAttributions).toEqual([]);
  });

  it('asks about its key facts and spreads over the article', () => {
    const score = scoreArticle(article, a.gold, quiz.questions);
    // Per article the floor is lower than the 70% aimed for on average: a few texts are hard (see docs/questions.md).
    expect(score.facts.hit / score.facts.of).toBeGreaterThanOrEqual(0.4);
    const positions = quiz.questions.map((q) => article.sentences.findIndex((s) => q.explanation.startsWith(s.raw)) / article.sentences.length);
    expect(Math.max(...positions)).toBeGreaterThanOrEqual(0.6);
  });

  it('asks who said what in at most two of its ten questions', () => {
    const person = (q: (typeof quiz.questions)[number]) => q.type !== 'true_false' && kindOf(correctText(q), article)?.kind === 'person';
    const speech = quiz.questions.filter(
      (q) => person(q) && (/^Who (?:\w+ )?(?:said|says|told|added|argued|warned)\b/.test(q.prompt) || /(?:said|told) (?:\w+ ){0,3}_____|_____(?:,[^,]*,)? (?:said|told)\b/.test(q.prompt)),
    );
    expect(speech.length).toBeLessThanOrEqual(2);
  });

  it('has at least six questions of at least two types', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
  });
});
