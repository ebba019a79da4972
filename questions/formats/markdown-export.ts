/**
 * @module
 * quizdown-style Markdown export: each question a heading, its choices an ordered task list with the
 * right one ticked (quizdown's single choice), the explanation a comment under the right answer, shown
 * after answering. Markdown's special characters are escaped, so text renders as written and never as
 * markup or HTML. quizdown has no typed answers: `fill_blank` questions are left out and named in `omitted`.
 *
 * @example
 * ```ts
 * toQuizdown(quiz).text; // "### Who won?\n\n1. [x] Ana\n    > Ana won.\n1. [ ] Ben\n"
 * ```
 */
import type { KeyedQuiz, Question } from '../schema';
import type { FormatOutput } from './aiken-export';

// Text always follows "### " or "1. [ ] ", so line-start syntax (lists, quotes) cannot arise; what is left
// is inline syntax, HTML, entities, a heading's closing hashes, tables, quizdown's math, and the
// autolinks of GitHub Markdown (":" of a URL scheme, "@" of an e-mail address, "www.").
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&#|~$:@]/g;

/** Backslash-escapes the characters Markdown would read as syntax inside a line; one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(www)\./gi, '$1\\.');
}

function questionToMarkdown(q: Question): string {
  const lines = [`### ${escapeMarkdown(q.prompt)}`, ''];
  for (const c of q.choices ?? []) {
    const right = c.id === q.answer;
    lines.push(`1. [${right ? 'x' : ' '}] ${escapeMarkdown(c.text)}`);
    if (right) lines.push(`    > ${escapeMarkdown(q.explanation)}`);
  }
  return lines.join('\n');
}

export function toQuizdown(quiz: KeyedQuiz): FormatOutput {
  const kept = quiz.questions.filter((q) => q.type !== 'fill_blank');
  return {
    text: kept.length === 0 ? '' : `${kept.map(questionToMarkdown).join('\n\n')}\n`,
    omitted: quiz.questions.filter((q) => q.type === 'fill_blank').map((q) => q.id),
  };
}
