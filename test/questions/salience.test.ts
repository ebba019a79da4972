import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../questions/generate/article';
import { selectableCandidates } from '../../questions/generate';
import { sentenceImportance } from '../../questions/generate/rank';
import { keyFactChance, SALIENCE_FEATURES, salienceFeatures } from '../../questions/generate/salience';
import { SALIENCE_WEIGHTS } from '../../questions/generate/salience-weights';

const text = `Harbour board approves new sea wall

The Kessock Harbour Board voted 5-2 on Monday to build a new sea wall in Aberdeen at a cost of £4 million. About 40 percent of the money will come from the Scottish government, the board's chair, Fiona Mackay, said.

Work will start in the spring in Aberdeen and take ten months. The wall will protect 300 homes in Aberdeen from winter storms.`;

const article = analyseArticle(text);
const importance = sentenceImportance(article);
const candidates = selectableCandidates(article);
const chance = (answer: string): number => {
  const asking = candidates.filter((c) => c.type !== 'true_false' && c.answer === answer);
  expect(asking.length, `a question asks for ${answer}`).toBeGreaterThan(0);
  return Math.max(...asking.map((c) => keyFactChance(article, c, importance)));
};

describe('the key-fact model', () => {
  it('has a weight for every feature it reads, and chances between 0 and 1', () => {
    expect(Object.keys(SALIENCE_WEIGHTS).sort()).toEqual([...SALIENCE_FEATURES].sort());
    for (const c of candidates) {
      const p = keyFactChance(article, c, importance);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(Object.values(salienceFeatures(article, c, importance)).every(Number.isFinite)).toBe(true);
    }
  });

  it('rates what a sentence is there to tell above the place it happens in', () => {
    expect(chance('£4 million')).toBeGreaterThan(chance('Aberdeen'));
    expect(chance('40 percent')).toBeGreaterThan(chance('Aberdeen'));
  });

  it('rates a place named all through the text below a figure of the same sentence', () => {
    expect(chance('300')).toBeGreaterThan(chance('Aberdeen'));
  });
});
