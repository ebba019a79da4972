import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuestion, checkQuiz } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import type { Question } from '../../questions/schema';
import { trueFalse } from '../fixtures/questions';

const seed = readFileSync('questions/samples/venezuela-election-2024.txt', 'utf8');
const article = analyseArticle(seed);
const sentence = (start: string) => article.sentences.find((s) => s.raw.startsWith(start))!.raw;

const good: Question = {
  id: 'q1',
  type: 'multiple_choice',
  prompt: 'Fill in the blank: The electoral commission said Maduro won _____ of the vote.',
  choices: [
    { id: 'a', text: '51 percent' },
    { id: 'b', text: '70 percent' },
    { id: 'c', text: '61 percent' },
  ],
  answer: 'a',
  explanation: sentence('The electoral commission said Maduro won'),
};

const failing = (q: Question) => checkQuestion(q, article).map((p) => p.check);

describe('the question checks', () => {
  it('pass a sound question', () => {
    expect(failing(good)).toEqual([]);
  });

  it('catch an answer left in the stem', () => {
    expect(failing({ ...good, prompt: 'Fill in the blank: Maduro won 51 percent of _____.' })).toContain('stemFreeOfAnswer');
  });

  it('catch an option left in the stem', () => {
    expect(failing({ ...good, prompt: `${good.prompt} The opposition said 70 percent.` })).toContain('stemFreeOfAnswer');
  });

  it('catch an option of another kind', () => {
    const q = { ...good, choices: [good.choices![0]!, good.choices![1]!, { id: 'c', text: 'Caracas' }] };
    expect(failing(q)).toContain('optionsOfOneKind');
  });

  it('catch a number in another format or of another magnitude', () => {
    expect(failing({ ...good, choices: [good.choices![0]!, good.choices![1]!, { id: 'c', text: '61%' }] })).toContain('optionsOfOneKind');
  });

  it('catch an explanation that is not verbatim', () => {
    expect(failing({ ...good, explanation: 'The commission said Maduro won 51 percent of the vote.' })).toContain('verbatimExplanation');
  });

  it('catch an explanation without the answer', () => {
    expect(failing({ ...good, explanation: sentence('The election commission is supposed') })).toContain('explanationHasAnswer');
  });

  it('catch a stem that opens with a pronoun', () => {
    expect(failing({ ...good, prompt: 'Fill in the blank: He said Maduro won _____ of the vote.' })).toContain('noPronounOpening');
  });

  it('catch a cloze with two blanks', () => {
    expect(failing({ ...good, prompt: 'Fill in the blank: The _____ said Maduro won _____ of the vote.' })).toContain('oneBlank');
  });

  it('catch an option that is another name for the answer', () => {
    const q: Question = {
      ...good,
      prompt: 'Who said on Monday that his country has real concerns?',
      choices: [
        { id: 'a', text: 'Antony Blinken' },
        { id: 'b', text: 'Blinken' },
        { id: 'c', text: 'Lin Jian' },
      ],
      explanation: sentence('US Secretary of State'),
    };
    expect(failing(q)).toContain('oneCorrectOption');
  });

  it('catch a wrong option that the article says is also right', () => {
    const q: Question = {
      ...good,
      prompt: 'Who said: “We won… we got 70 percent of the vote”?',
      choices: [
        { id: 'a', text: 'Lin Jian' },
        { id: 'b', text: 'Maria Corina Machado' },
        { id: 'c', text: 'Antony Blinken' },
      ],
      answer: 'a',
      explanation: sentence('“We won'),
    };
    expect(failing(q)).toContain('noDistractorAlsoTrue');
  });

  it('catch a "false" statement that the article makes', () => {
    const q = trueFalse('True or false: The electoral commission said Maduro won 51 percent of the vote.', 'false', good.explanation);
    expect(failing(q)).toContain('trueFalseStatement');
    expect(failing({ ...q, answer: 'true' })).toEqual([]);
  });

  it('catch a false statement that changes more than one fact', () => {
    const q = trueFalse('True or false: The opposition said Blinken won 70 percent of the vote.', 'false', good.explanation);
    expect(failing(q)).toContain('trueFalseStatement');
  });

  it('catch a true statement that the article does not make', () => {
    const q = trueFalse('True or false: The electoral commission said Maduro won 70 percent of the vote.', 'true', good.explanation);
    expect(failing(q)).toContain('trueFalseStatement');
  });

  it('catch two questions from one sentence, repeated prompts and ids out of order', () => {
    const problems = checkQuiz(seed, [good, { ...good, id: 'q3' }], { article }).map((p) => p.message);
    expect(problems.some((m) => /same sentence/.test(m))).toBe(true);
    expect(problems.some((m) => /same prompt/.test(m))).toBe(true);
    expect(problems.some((m) => /id "q3"/.test(m))).toBe(true);
  });
});

describe('the checks on bounded numbers', () => {
  it('catch a wrong option that a "more than" makes true as well', () => {
    const text = 'More than 47,000 runners took part in this year’s race in Berlin, a record for the event that organisers said had been set on a cold and windy morning in the German capital.';
    const a = analyseArticle(text);
    const q: Question = {
      id: 'q1',
      type: 'multiple_choice',
      prompt: 'Fill in the blank: More than _____ runners took part in this year’s race in Berlin.',
      choices: [
        { id: 'a', text: '47,000' },
        { id: 'b', text: '37,000' },
        { id: 'c', text: '57,000' },
      ],
      answer: 'a',
      explanation: a.sentences[0]!.raw,
    };
    expect(checkQuestion(q, a).map((p) => p.check)).toContain('noDistractorAlsoTrue');
    const fixed = { ...q, choices: [q.choices![0]!, { id: 'b', text: '67,000' }, q.choices![2]!] };
    expect(checkQuestion(fixed, a).map((p) => p.check)).not.toContain('noDistractorAlsoTrue');
  });
});
