import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../questions/checks';
import { analyseArticle } from '../../questions/generate/article';
import { generateQuiz, selectableCandidates } from '../../questions/generate';
import type { Question } from '../../questions/schema';
import { multipleChoice as mc, trueFalse as statement } from '../fixtures/questions';

// A small court story written for these tests: names with middle initials and long titles, a cost whose verb
// reads like a present tense, a figure whose subject is cut off by a relative clause.
const text = `Former treasurer convicted of stealing from church fund

A Marion County jury on Friday found a former church treasurer guilty of stealing more than $85,000 from a building fund, after a four-day trial. Helen M. Castellano, 61, who kept the accounts of the parish from 2011 to 2021, was convicted of two counts of theft.

Assistant Prosecutor Omar Whitfield told jurors that she had treated the fund as her own bank account. Her lawyer, Peter K. Lindqvist, said his client would appeal.

The auditor put the loss at $85,400; the defence said $20,000 was spent on repairs, and the diocese's insurer, which has already repaid the fund $40,000, says its own audit found $91,000 missing. The restoration of the bell tower cost $120,000 to complete.`;

const article = analyseArticle(text);
const raw = (start: string) => article.sentences.find((s) => s.raw.startsWith(start))!.raw;
const failing = (q: Question) => checkQuestion(q, article).map((p) => p.check);

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

// A short report with a pronoun "that", a guessable noun, a verb blank, a counted list and a converted figure.
const report = `Dutch lab files patent for enzyme that eats foam

Researchers at the University of Utrecht said on Monday that an enzyme from a soil fungus breaks down foam in a month. Professor Anna de Vries said that would be the next step. The team has filed a patent application for the enzyme. Colleagues praised her insistence on repeat trials. The enzyme stops working when the temperature exceeds its limit of 40C. A working reactor needs three things: a tank, a pump and a filter. Winds reached 98mph (158km/h) during the storm that flooded the lab in March. Anna de Vries and her colleague Marta Jansen wrote the paper, which Jansen said was her best.`;

describe('blanks and statements a reader sees through', () => {
  const a = analyseArticle(report);
  const at = (start: string) => a.sentences.find((s) => s.raw.startsWith(start))!.raw;
  const fails = (q: Question) => checkQuestion(q, a).map((p) => p.check);
  const typed = (prompt: string, answer: string, explanation: string): Question => ({ id: 'q1', type: 'fill_blank', prompt, answer, accepted: [], explanation });

  it('catch a "that" standing as the subject of what someone said', () => {
    expect(fails(statement('True or false: Professor Anna de Vries said that would be the next step.', 'true', at('Professor')))).toContain('selfContained');
  });

  it('catch a blank that a fixed phrase, a verb slot or a counted list fills', () => {
    expect(fails(typed('Fill in the blank: The team has filed a _____ for the enzyme.', 'patent application', at('The team')))).toContain('blankNotGuessable');
    expect(fails(typed('Fill in the blank: Colleagues praised her _____ on repeat trials.', 'insistence', at('Colleagues')))).toContain('blankNotGuessable');
    expect(fails(typed('Fill in the blank: The enzyme stops working when the temperature _____ its limit of 40C.', 'exceeds', at('The enzyme')))).toContain('blankNotGuessable');
    expect(fails(typed('Fill in the blank: A working reactor needs _____ things: a tank, a pump and a filter.', 'three', at('A working')))).toContain('blankNotGuessable');
    expect(fails(typed('Fill in the blank: Winds reached _____ (158km/h) during the storm that flooded the lab in March.', '98mph', at('Winds')))).toContain('blankNotGuessable');
    expect(fails(typed('Fill in the blank: The enzyme stops working when the _____ exceeds its limit of 40C.', 'temperature', at('The enzyme')))).not.toContain('blankNotGuessable');
  });

  it('catch a false statement that changes a figure beside its conversion, or a woman for a man', () => {
    expect(fails(statement('True or false: Winds reached 118mph (158km/h) during the storm that flooded the lab in March.', 'false', at('Winds')))).toContain('swapFitsSentence');
    expect(fails(statement('True or false: Winds reached 98mph (158km/h) during the storm that flooded the lab in June.', 'false', at('Winds')))).not.toContain('swapFitsSentence');
  });

  it('never makes such blanks or swaps itself', () => {
    const quiz = generateQuiz(report, { count: 10 });
    expect(quiz.questions.map((q) => q.prompt).filter((p) => /_____ (?:for the enzyme|on repeat|its limit|things:|\(158)|118mph|said that would/.test(p))).toEqual([]);
  });
});

describe('classroom texts', () => {
  const lesson = `Heat and temperature

Temperature is a measure of how hot or cold something is. It is measured in degrees Celsius (°C), using a thermometer. Heat is the energy that moves from a hotter object to a cooler one. It is measured in joules (J) with a calorimeter. Pressure is the force acting on each unit of area, and it is measured in pascals (Pa). The three quantities are linked by Gay-Lussac's law: the pressure of a gas rises with its temperature when its volume is fixed.

In a closed system no matter enters or leaves, so the total mass stays the same. In an open system both energy and matter cross the boundary. A closed system can still exchange heat with its surroundings, and an open system such as a boiling pan loses water as steam.`;
  const a = analyseArticle(lesson);
  const term = (t: string) => a.concepts.find((c) => c.term === t);

  it('reads units and instruments of the quantities it defines, named laws, and kinds set side by side', () => {
    expect(term('joules')?.definitions[0]).toMatchObject({ form: 'measured', about: 'heat', classNoun: 'unit-of-measure' });
    expect(term('thermometer')?.definitions[0]).toMatchObject({ form: 'measured', about: 'temperature', classNoun: 'instrument' });
    expect(term('pascals')?.definitions[0]?.about).toBe('pressure');
    expect(term("Gay-Lussac's law")?.definitions[0]?.about).toBe('the pressure of a gas rises with its temperature when its volume is fixed');
    expect(term('closed system')?.classNoun).toBe('system');
    expect(term('open system')?.classNoun).toBe('system');
  });

  it('asks for a unit among the text’s other units, and keeps a sentence with a verb before its comma whole', () => {
    const prompts = selectableCandidates(a).map((c) => c.prompt);
    expect(prompts.some((p) => /^What unit is (?:heat|temperature|pressure) measured in\?/.test(p))).toBe(true);
    expect(prompts.filter((p) => /^(?:True or false: |Fill in the blank: )?(?:No matter|So the total|Both energy)/.test(p))).toEqual([]);
  });
});
