import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { generateQuiz } from '../../questions/generate';
import type { Question } from '../../questions/schema';

// A small court story written for these tests: names with middle initials and long titles, a cost whose verb
// reads like a present tense, a figure whose subject is cut off by a relative clause.
const text = `Former treasurer convicted of stealing from church fund

A Marion County jury on Friday found a former church treasurer guilty of stealing more than $85,000 from a building fund, after a four-day trial. Helen M. Castellano, 61, who kept the accounts of the parish from 2011 to 2021, was convicted of two counts of theft.

Assistant Prosecutor Omar Whitfield told jurors that she had treated the fund as her own bank account. Her lawyer, Peter K. Lindqvist, said his client would appeal.

The auditor put the loss at $85,400; the defence said $20,000 was spent on repairs, and the diocese's insurer, which has already repaid the fund $40,000, says its own audit found $91,000 missing. The restoration of the bell tower cost $120,000 to complete.`;

const article = analyseArticle(text);
const raw = (start: string) => article.sentences.find((s) => s.raw.startsWith(start))!.raw;
const failing = (q: Question) => checkQuestion(q, article).map((p) => p.check);
const mc = (prompt: string, answer: string, wrong: string[], explanation: string): Question => ({
  id: 'q1',
  type: 'multiple_choice',
  prompt,
  choices: [answer, ...wrong].map((t, i) => ({ id: 'abcd'[i]!, text: t })),
  answer: 'a',
  explanation,
});

describe('names', () => {
  it('keeps a middle initial inside a name and knows the name without it', () => {
    const castellano = article.entities.find((e) => e.kind === 'person' && e.name.startsWith('Helen'));
    expect(castellano?.name).toBe('Helen M. Castellano');
    expect(castellano?.aliases).toEqual(expect.arrayContaining(['Helen Castellano', 'Castellano']));
    expect(castellano?.aliases).not.toContain('M.');
  });

  it('splits every word of a long title off a name', () => {
    const whitfield = article.entities.find((e) => e.kind === 'person' && e.name.endsWith('Whitfield'));
    expect(whitfield?.name).toBe('Omar Whitfield');
    expect(whitfield?.mentions[0]?.role).toBe('assistant prosecutor');
  });

  it('catch people offered cut at an initial, with a title, or in mixed forms', () => {
    const explanation = raw('Assistant Prosecutor');
    const who = 'Who told jurors that she had treated the fund as her own bank account?';
    expect(failing(mc(who, 'Omar Whitfield', ['Helen M. Castellano', 'Peter K. Lindqvist'], explanation))).not.toContain('peopleNamedAlike');
    expect(failing(mc(who, 'Omar Whitfield', ['Helen M', 'Peter K. Lindqvist'], explanation))).toContain('peopleNamedAlike');
    expect(failing(mc(who, 'Assistant Prosecutor Omar Whitfield', ['Helen M. Castellano', 'Peter K. Lindqvist'], explanation))).toContain('peopleNamedAlike');
    expect(failing(mc(who, 'Omar Whitfield', ['Castellano', 'Lindqvist'], explanation))).toContain('peopleNamedAlike');
  });
});

describe('rewritten questions', () => {
  it('catch a "do" with a singular subject and words that are no noun phrase', () => {
    const tower = raw('The restoration');
    expect(failing(mc('How much do the restoration of the bell tower cost to complete?', '$120,000', ['$90,000', '$150,000'], tower))).toContain('questionAgrees');
    expect(failing(mc('How much did the restoration of the bell tower cost to complete?', '$120,000', ['$90,000', '$150,000'], tower))).not.toContain('questionAgrees');
    const jury = raw('A Marion County jury');
    expect(failing(mc('According to a Marion County jury, roughly how much do a former church treasurer guilty of steal from a building fund?', '$85,000', ['$60,000', '$110,000'], jury))).toContain('questionAgrees');
  });

  it('catch a stem that stops between a subject and its verb', () => {
    const sentence = raw('The auditor');
    const cut = "Fill in the blank: The auditor put the loss at _____; the defence said $20,000 was spent on repairs, and the diocese's insurer.";
    expect(failing(mc(cut, '$85,400', ['$70,000', '$100,000'], sentence))).toContain('wholeClauses');
    const whole = "Fill in the blank: The auditor put the loss at _____; the defence said $20,000 was spent on repairs, and the diocese's insurer says its own audit found $91,000 missing.";
    expect(failing(mc(whole, '$85,400', ['$70,000', '$100,000'], sentence))).not.toContain('wholeClauses');
  });

  it('ask about a cost as a past fact and never cut a subject from its verb', () => {
    const prompts = generateQuiz(text, { count: 10 }).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /\bdo (?:the|a|an) /.test(p))).toEqual([]);
    expect(prompts.filter((p) => /insurer\.$/.test(p))).toEqual([]);
  });
});
