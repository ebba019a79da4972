/**
 * @module
 * `article-quiz`, the command line: the same generator as the Worker, run locally without a server, for
 * teachers' scripts and newsroom pipelines.
 *
 * @example
 * ```sh
 * npx article-quiz generate article.txt --count 8 --format gift > quiz.gift
 * cat article.txt | npx article-quiz generate - --types multiple_choice,true_false
 * ```
 */
import { parseArgs } from 'node:util';
import { exportQuiz } from '../questions/formats/export';
import { generateQuiz, UnusableTextError } from '../questions/generate';
import { LIMITS } from '../questions/limits';
import { KeyedQuizSchema, QUESTION_TYPES, type KeyedQuiz, type QuestionType } from '../questions/schema';

const FORMATS = ['json', 'gift', 'markdown', 'aiken'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: article-quiz generate <file | -> [options]

Turns an article (a plain-text file, or standard input with "-") into a quiz, with its answer key.

Options:
  --count <n>        questions to generate, ${LIMITS.countMin} to ${LIMITS.countMax} (default ${LIMITS.countDefault})
  --types <list>     only these types, comma-separated: ${QUESTION_TYPES.join(', ')}
  --title <text>     the quiz's title (default: derived from the article)
  --format <name>    ${FORMATS.join(' | ')} (default json)
  -h, --help         show this help

Exit codes: 0 success, 1 unusable text (too short, not English, no questions), 2 wrong usage or unreadable file.`;

/** A failure with a message for the user and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < LIMITS.countMin || count > LIMITS.countMax) {
    throw new CliError(`--count must be a whole number from ${LIMITS.countMin} to ${LIMITS.countMax}, not "${value}".`, 2);
  }
  return count;
}

function parseTypes(value: string | undefined): QuestionType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || unknown.length > 0) {
    throw new CliError(`--types takes ${QUESTION_TYPES.join(', ')}; "${unknown.join(', ') || value}" is not one of them.`, 2);
  }
  return types as QuestionType[];
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'json';
  if (!(FORMATS as readonly string[]).includes(value)) throw new CliError(`--format takes ${FORMATS.join(', ')}, not "${value}".`, 2);
  return value as Format;
}

async function readInput(source: string, io: CliIo): Promise<string> {
  try {
    return source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`Cannot read "${source}": ${reason}.`, 2);
  }
}

/** Runs the command; returns what to print on standard output. */
export async function run(argv: readonly string[], io: CliIo): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        count: { type: 'string' },
        types: { type: 'string' },
        title: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return USAGE;
  const [command, source, ...extra] = positionals;
  if (command !== 'generate' || source === undefined || extra.length > 0) throw new CliError(USAGE, 2);
  const count = parseCount(values.count);
  const types = parseTypes(values.types);
  const format = parseFormat(values.format);
  const text = await readInput(source, io);
  if (text.includes('\u0000')) throw new CliError(`"${source}" is not a text file.`, 2);

  let generated;
  try {
    generated = generateQuiz(text, { count, types, title: values.title });
  } catch (error) {
    if (error instanceof UnusableTextError) throw new CliError(`No quiz from "${source}": ${error.message}`, 1);
    throw error;
  }
  const quiz: KeyedQuiz = KeyedQuizSchema.parse({ id: 'local', title: generated.title, questions: generated.questions });
  if (format === 'json') return JSON.stringify({ title: quiz.title, questions: quiz.questions }, null, 2);
  return exportQuiz(quiz, format).text;
}
