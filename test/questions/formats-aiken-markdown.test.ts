import { Marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { toAiken } from '../../questions/formats/aiken-export';
import { escapeMarkdown, toQuizdown } from '../../questions/formats/markdown-export';
import { CLASSROOM_QUIZ } from '../fixtures/classroom-quiz';

/** Reads an Aiken file the way Moodle's importer does: question line, lettered choices, ANSWER line. */
function readAiken(text: string): { prompt: string; choices: string[]; answer: string }[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      const prompt = lines[0] ?? '';
      const choices = lines.slice(1, -1).map((line, i) => {
        const match = /^([A-Z])[.)] (.*)$/.exec(line);
        expect(match?.[1]).toBe('ABCDEF'[i]);
        return match?.[2] ?? '';
      });
      const answer = /^ANSWER: ([A-Z])$/.exec(lines.at(-1) ?? '')?.[1] ?? '';
      return { prompt, choices, answer };
    });
}

describe('Aiken export', () => {
  it('writes each choice question with lettered choices and the letter of the right one', () => {
    const { text, omitted } = toAiken(CLASSROOM_QUIZ);
    expect(readAiken(text)).toEqual([
      {
        prompt: 'Which set is written {a: 1} ~ #2 = "x"?',
        choices: ['The one with = and ~', 'Braces {like: these}', 'Hash # and colon :', 'A backslash \\ alone'],
        answer: 'B',
      },
      { prompt: 'The council voted 7-2 for the plan.', choices: ['True', 'False'], answer: 'B' },
      {
        prompt: 'Who opened the <script>alert(1)</script> *festival*?',
        choices: ['María José', '=cmd|calc', '[Ben](http://evil.example)'],
        answer: 'A',
      },
    ]);
    expect(omitted).toEqual(['q3']);
  });

  it('keeps a prompt with line breaks on one line', () => {
    const q = { ...CLASSROOM_QUIZ.questions[1]!, prompt: 'One\ntwo\r\nthree' };
    expect(toAiken({ ...CLASSROOM_QUIZ, questions: [q] }).text.split('\n')[0]).toBe('One two three');
  });
});

describe('quizdown-style Markdown export', () => {
  const marked = new Marked({ gfm: true });

  it('renders as one heading and one task list per choice question, the right answer ticked', () => {
    const { text, omitted } = toQuizdown(CLASSROOM_QUIZ);
    expect(omitted).toEqual(['q3']);
    const tokens = marked.lexer(text);
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    const lists = tokens.filter((t): t is Tokens.List => t.type === 'list');
    expect(headings.map((h) => h.text.replace(/\\(.)/g, '$1'))).toEqual([
      CLASSROOM_QUIZ.questions[0]!.prompt,
      CLASSROOM_QUIZ.questions[1]!.prompt,
      CLASSROOM_QUIZ.questions[3]!.prompt,
    ]);
    expect(lists.map((l) => l.ordered)).toEqual([true, true, true]);
    const checked = lists.map((l) => l.items.map((item) => item.checked));
    expect(checked).toEqual([
      [false, true, false, false],
      [false, true],
      [true, false, false],
    ]);
  });

  it('shows every text as written, never as markup, links or HTML', () => {
    const html = marked.parse(toQuizdown(CLASSROOM_QUIZ).text) as string;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; *festival*');
    expect(html).toContain('[Ben](http://evil.example)');
    const links = marked.parse(toQuizdown({ ...CLASSROOM_QUIZ, questions: [{ ...CLASSROOM_QUIZ.questions[1]!, prompt: 'Mail a@b.org or see www.x.org and https://y.org' }] }).text) as string;
    expect(links).not.toContain('<a ');
    expect(links).toContain('Mail a@b.org or see www.x.org and https://y.org');
    expect(html).toContain('María José opened the festival &amp; thanked everyone.');
  });

  it('puts the explanation under the right answer, where quizdown shows it after answering', () => {
    const lines = toQuizdown(CLASSROOM_QUIZ).text.split('\n');
    const right = lines.indexOf(`1. [x] ${escapeMarkdown('Braces {like: these}')}`);
    expect(lines[right + 1]).toBe(`    > ${escapeMarkdown(CLASSROOM_QUIZ.questions[0]!.explanation)}`);
  });
});
