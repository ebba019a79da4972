import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { entityOptions } from '../../questions/generate/distractors';
import { generateQuiz } from '../../questions/generate';
import type { Question } from '../../questions/schema';
import { multipleChoice as mc, trueFalse } from '../fixtures/questions';

// An obituary written for these tests: a town named with its state, streets, a Scottish city, titled people.
const text = `Marguerite Olivier, blues singer, dies at 91

NEW ORLEANS — Marguerite Olivier, a blues singer who filled the clubs of Frenchmen Street for half a century, died on Sunday. She was 91.

Born in 1933 in Thibodaux, Louisiana, Ms. Olivier sang in church before she sang for money. She moved to New Orleans at 19 and first sang on Rampart Street for $4 a night.

In 1961 she toured Scotland, and a concert in Glasgow was recorded and released as an album. Her accompanist on that tour, the pianist Henri Lacoste, said she never sang a song the same way twice.

Ms. Olivier was also known for her teaching. She is survived by a sister, Josephine Broussard, and a nephew, Paul Olivier.`;

const article = analyseArticle(text);
const entity = (name: string) => article.entities.find((e) => e.name === name)!;
const raw = (start: string) => article.sentences.find((s) => s.raw.startsWith(start))!.raw;
const failing = (q: Question) => checkQuestion(q, article).map((p) => p.check);

describe('places', () => {
  it('types a name followed by its state as a town, and streets as streets', () => {
    expect(entity('Thibodaux')).toMatchObject({ kind: 'place', subtype: 'city', within: 'Louisiana' });
    expect(entity('Rampart Street')).toMatchObject({ kind: 'place', subtype: 'street' });
  });

  it('offers towns of the answer’s own state for a town, and cities of its own country for a city', () => {
    const town = entityOptions(article, entity('Thibodaux'), 'Born in 1933 in _____, Louisiana, …').map((o) => o.text);
    expect(town.length).toBeGreaterThanOrEqual(3);
    expect(town).not.toContain('Rampart Street');
    expect(town).not.toContain('Glasgow');
    const city = entityOptions(article, entity('Glasgow'), 'a concert in _____ was recorded').map((o) => o.text);
    expect(city.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Edinburgh|Aberdeen|Dundee|Inverness|Stirling)$/)]));
    expect(city).not.toContain('Bristol');
  });

  it('catch an English city offered for a Scottish one, and a street offered for a town', () => {
    const sentence = raw('In 1961');
    expect(failing(mc('Fill in the blank: In 1961 she toured Scotland, and a concert in _____ was recorded and released as an album.', 'Glasgow', ['Bristol', 'Leeds'], sentence))).toContain('optionNamesPlausible');
    const born = raw('Born in 1933');
    expect(failing(mc('Fill in the blank: Born in 1933 in _____, Louisiana, Ms. Olivier sang in church before she sang for money.', 'Thibodaux', ['Rampart Street', 'Frenchmen Street'], born))).toContain('optionsOfOneKind');
  });
});

describe('false statements about people', () => {
  it('never swap a titled person, or a person for someone of another or an unknown gender', () => {
    const quiz = generateQuiz(text, { count: 10 });
    for (const q of quiz.questions.filter((x) => x.type === 'true_false' && x.answer === 'false')) {
      expect(q.prompt).not.toMatch(/Ms\. (?:Henri|Paul|Lacoste)|pianist (?!Henri Lacoste)/);
    }
  });

  it('catch a title left on someone else’s name', () => {
    const q = trueFalse("True or false: Olivier's accompanist on that tour, the pianist Paul Olivier, said she never sang a song the same way twice.", 'false', raw('Her accompanist'));
    expect(failing(q)).toContain('swapFitsSentence');
  });
});

describe('stems about the person an article is about', () => {
  it('name her where the sentence says "she" or "her", and only her', () => {
    const quiz = generateQuiz(text, { count: 10 });
    const stems = quiz.questions.map((q) => q.prompt.replace(/^(?:True or false|Fill in the blank): /, ''));
    expect(stems.filter((p) => /^(?:She|Her|He|His)\b/.test(p))).toEqual([]);
    for (const p of stems) expect(p).not.toMatch(/^Olivier (?:toured|moved)|Lacoste toured/);
    // "She moved to New Orleans at 19 …" and "In 1961 she toured Scotland …" are asked about her by name.
    expect(stems.filter((p) => /(?:Marguerite )?Olivier (?:moved|toured)/.test(p)).length).toBeGreaterThanOrEqual(1);
  });
});
