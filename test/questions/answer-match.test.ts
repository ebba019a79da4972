import { describe, expect, it } from 'vitest';
import { editDistance, matchesAnswer, matchesSpelling } from '../../questions/answer-match';
import { foldText } from '../../questions/text/fold';

describe('matchesSpelling', () => {
  it('ignores case, accents, white space and surrounding punctuation', () => {
    expect(matchesSpelling('edmundo gonzalez urrutia', 'Edmundo González Urrutia')).toBe(true);
    expect(matchesSpelling('  «Caracas.»  ', 'Caracas')).toBe(true);
    expect(matchesSpelling('"PERU"!', 'Peru')).toBe(true);
  });

  it('forgives a small typo in a word', () => {
    expect(matchesSpelling('Maduru', 'Maduro')).toBe(true);
    expect(matchesSpelling('Blinkne', 'Blinken')).toBe(true);
    expect(matchesSpelling('Gonzales-Olachia', 'Gonzalez-Olachia')).toBe(true);
  });

  it('does not forgive a different word or too many typos', () => {
    expect(matchesSpelling('Machado', 'Maduro')).toBe(false);
    expect(matchesSpelling('Lima', 'Peru')).toBe(false);
    expect(matchesSpelling('abc', 'abd')).toBe(false);
  });

  it('never forgives a different number', () => {
    expect(matchesSpelling('57 percent', '51 percent')).toBe(false);
    expect(matchesSpelling('71', '70')).toBe(false);
    expect(matchesSpelling('51 percnet', '51 percent')).toBe(true);
  });

  it('folds a backtick, like a curly quote, to an apostrophe', () => {
    expect(foldText('O`Brien')).toBe("o'brien");
    expect(foldText('O’Brien')).toBe("o'brien");
    expect(matchesSpelling('O`Brien', "O'Brien")).toBe(true);
  });

  it('treats empty and punctuation-only answers as wrong', () => {
    expect(matchesSpelling('', 'Peru')).toBe(false);
    expect(matchesSpelling(' ?! ', 'Peru')).toBe(false);
  });

  it('ignores a leading article on either side', () => {
    expect(matchesSpelling('the Met Office', 'Met Office')).toBe(true);
    expect(matchesSpelling('Hague', 'The Hague')).toBe(true);
    expect(matchesSpelling('an ammeter', 'ammeter')).toBe(true);
    expect(matchesSpelling('the', 'the')).toBe(true);
    expect(matchesSpelling('theatre', 'atre')).toBe(false);
  });

  it('ignores hyphens and spaces inside a name', () => {
    expect(matchesSpelling('gonzalez olachia', 'Gonzalez-Olachia')).toBe(true);
    expect(matchesSpelling('Indo Pacific', 'Indo-Pacific')).toBe(true);
  });
});

describe('matchesAnswer', () => {
  it('accepts any accepted spelling', () => {
    const expected = { answer: '51 percent', accepted: ['51%', 'fifty-one percent'] };
    expect(matchesAnswer('51%', expected)).toBe(true);
    expect(matchesAnswer('Fifty-one percent', expected)).toBe(true);
    expect(matchesAnswer('52%', expected)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
