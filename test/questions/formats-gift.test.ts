import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { fromGift, GiftSyntaxError } from '../../questions/formats/gift-import';
import { escapeGift, toGift } from '../../questions/formats/gift-export';
import type { Question } from '../../questions/schema';
import { CLASSROOM_QUIZ } from '../fixtures/classroom-quiz';

/** What an independent GIFT reader sees of one of our questions, in our terms. */
function readBack(q: GIFTQuestion): { title: string | null; prompt: string; right: string[]; wrong: string[]; feedback: string | undefined } {
  const base = { title: q.title ?? null, prompt: 'stem' in q ? q.stem.text : '', feedback: 'globalFeedback' in q ? q.globalFeedback?.text : undefined };
  if (q.type === 'TF') return { ...base, right: [q.isTrue ? 'true' : 'false'], wrong: [] };
  if (q.type === 'MC' || q.type === 'Short') {
    return {
      ...base,
      right: q.choices.filter((c) => c.isCorrect).map((c) => c.text.text),
      wrong: q.choices.filter((c) => !c.isCorrect).map((c) => c.text.text),
    };
  }
  throw new Error(`unexpected GIFT question type ${q.type}`);
}

function expected(q: Question): ReturnType<typeof readBack> {
  const rightChoice = q.choices?.find((c) => c.id === q.answer);
  if (q.type === 'true_false') return { title: q.id, prompt: q.prompt, right: [q.answer], wrong: [], feedback: q.explanation };
  if (q.type === 'fill_blank') return { title: q.id, prompt: q.prompt, right: [q.answer, ...(q.accepted ?? [])], wrong: [], feedback: q.explanation };
  return {
    title: q.id,
    prompt: q.prompt,
    right: [rightChoice?.text ?? ''],
    wrong: (q.choices ?? []).filter((c) => c.id !== q.answer).map((c) => c.text),
    feedback: q.explanation,
  };
}

describe('GIFT export', () => {
  it('is read back by gift-pegjs with every question, choice, right answer and explanation intact', () => {
    const parsed = parse(toGift(CLASSROOM_QUIZ));
    expect(parsed.map(readBack)).toEqual(CLASSROOM_QUIZ.questions.map(expected));
    expect(parsed.map((q) => q.type)).toEqual(['MC', 'TF', 'Short', 'MC']);
  });

  it('escapes each character GIFT treats specially', () => {
    expect(escapeGift('a ~ b = c # d { e } f : g \\ h')).toBe('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h');
    const gift = toGift(CLASSROOM_QUIZ);
    expect(gift).toContain('Which set is written \\{a\\: 1\\} \\~ \\#2 \\= "x"?');
    expect(gift).not.toMatch(/[^\\]\{a:/);
  });

  it('keeps a prompt with a line break on one GIFT line', () => {
    const quiz = { ...CLASSROOM_QUIZ, questions: [{ ...CLASSROOM_QUIZ.questions[1]!, prompt: 'First line\nsecond line' }] };
    const [q] = parse(toGift(quiz));
    expect(q?.type === 'TF' && q.stem.text).toBe('First line\nsecond line');
  });

  it('writes the quiz title as a leading comment that import reads back as the title', () => {
    const gift = toGift(CLASSROOM_QUIZ);
    expect(gift.startsWith('// Town & river: {a} quiz\n')).toBe(true);
    expect(fromGift(gift).title).toBe('Town & river: {a} quiz');
  });
});

describe('GIFT import', () => {
  it('round-trips our own export to the same questions', () => {
    const imported = fromGift(toGift(CLASSROOM_QUIZ));
    expect(imported.skipped).toEqual([]);
    const mc = CLASSROOM_QUIZ.questions[0]!;
    expect(imported.questions[0]).toEqual({ ...mc, choices: mc.choices?.map((c, i) => ({ id: 'abcd'[i], text: c.text })) });
    expect(imported.questions[1]).toEqual(CLASSROOM_QUIZ.questions[1]);
    expect(imported.questions[2]).toEqual(CLASSROOM_QUIZ.questions[2]);
    expect(imported.questions[3]?.answer).toBe('a');
  });

  it('reads GIFT as Moodle writes it, with HTML, categories and missing-word questions', () => {
    const imported = fromGift(`$CATEGORY: $course$/Week 1

::Capital::[html]What is the <b>capital</b> of France &amp; its river?{
  =Paris#Right, Paris.
  ~Lyon#No.
  ~Nice
}

::Sky::The sky is green.{F#Wrong.#Right, it is blue.####Look up.}

The {=cat ~dog ~bird} sat on the mat.

::City::Largest city of Japan?{=Tokyo =Tōkyō}`);
    expect(imported.skipped).toEqual([]);
    expect(imported.title).toBeUndefined();
    expect(imported.questions).toEqual([
      {
        id: 'Capital',
        type: 'multiple_choice',
        prompt: 'What is the capital of France & its river?',
        choices: [
          { id: 'a', text: 'Paris' },
          { id: 'b', text: 'Lyon' },
          { id: 'c', text: 'Nice' },
        ],
        answer: 'a',
        explanation: 'Right, Paris.',
      },
      {
        id: 'Sky',
        type: 'true_false',
        prompt: 'The sky is green.',
        choices: [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' },
        ],
        answer: 'false',
        explanation: 'Look up.',
      },
      {
        id: 'q3',
        type: 'multiple_choice',
        prompt: 'The _____ sat on the mat.',
        choices: [
          { id: 'a', text: 'cat' },
          { id: 'b', text: 'dog' },
          { id: 'c', text: 'bird' },
        ],
        answer: 'a',
        explanation: 'The answer is: cat.',
      },
      { id: 'City', type: 'fill_blank', prompt: 'Largest city of Japan?', answer: 'Tokyo', accepted: ['Tōkyō'], explanation: 'The answer is: Tokyo.' },
    ]);
  });

  it('skips what article-quiz cannot hold and says why', () => {
    const imported = fromGift(`::ok::Fine?{T}

::num::How many?{#3:1}

::essay::Write.{}

::multi::Pick two{~%50%a ~%50%b ~c}

::pairs::Match{=a -> 1 =b -> 2 =c -> 3}

::dup::Same twice{=x ~X}`);
    expect(imported.questions.map((q) => q.id)).toEqual(['ok']);
    expect(imported.skipped).toEqual([
      { index: 2, title: 'num', reason: 'numerical questions are not supported' },
      { index: 3, title: 'essay', reason: 'essay questions are not supported' },
      { index: 4, title: 'multi', reason: 'multiple choice with more than one right answer or with partial credit' },
      { index: 5, title: 'pairs', reason: 'matching questions are not supported' },
      { index: 6, title: 'dup', reason: 'choices.1.text: duplicate choice text "X"' },
    ]);
  });

  it('gives every question a unique id even when titles repeat or are not ids', () => {
    const imported = fromGift('::q2::A?{T}\n\n::q2::B?{T}\n\n::has space::C?{F}');
    expect(imported.questions.map((q) => q.id)).toEqual(['q2', 'q3', 'q4']);
  });

  it('names the line and column of a syntax error', () => {
    expect(() => fromGift('::a::Broken {=x ~y')).toThrow(GiftSyntaxError);
    expect(() => fromGift('::a::Broken {=x ~y')).toThrow(/line 1, column \d+/);
  });
});
