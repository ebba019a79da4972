import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { CliError, run, type CliIo } from '../../cli/index';
import { KeyedQuizSchema } from '../../questions/schema';

const exec = promisify(execFile);
const SEED = 'questions/samples/venezuela-election-2024.txt';
const io: CliIo = { readFile: (path) => readFile(path, 'utf8'), readStdin: async () => '' };

async function failure(argv: string[], stdin = ''): Promise<CliError> {
  const error = await run(argv, { ...io, readStdin: async () => stdin }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe('article-quiz generate', () => {
  it('prints the quiz with its answer key as JSON, the same as the Worker generates', async () => {
    const out = JSON.parse(await run(['generate', SEED, '--count', '6'], io)) as { title: string; questions: unknown[] };
    const quiz = KeyedQuizSchema.parse({ id: 'local', ...out });
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
    expect(quiz.questions.length).toBeLessThanOrEqual(6);
    expect(await run(['generate', SEED, '--count', '6'], io)).toBe(JSON.stringify(out, null, 2));
  });

  it('honours --types and --title', async () => {
    const out = JSON.parse(await run(['generate', SEED, '--types', 'true_false', '--title', 'Week 3'], io)) as { title: string; questions: { type: string }[] };
    expect(out.title).toBe('Week 3');
    expect(new Set(out.questions.map((q) => q.type))).toEqual(new Set(['true_false']));
  });

  it('writes GIFT that an independent GIFT parser reads back with every question', async () => {
    const json = JSON.parse(await run(['generate', SEED], io)) as { questions: unknown[] };
    const gift = await run(['generate', SEED, '--format', 'gift'], io);
    expect(parseGift(gift).filter((q: { type: string }) => q.type !== 'Description' && q.type !== 'Category')).toHaveLength(json.questions.length);
  });

  it('writes Markdown and Aiken', async () => {
    expect(await run(['generate', SEED, '--format', 'markdown'], io)).toMatch(/^### /m);
    expect(await run(['generate', SEED, '--format', 'aiken'], io)).toMatch(/^ANSWER: [A-Z]$/m);
  });

  it('reads standard input with "-"', async () => {
    const text = await readFile(SEED, 'utf8');
    const out = JSON.parse(await run(['generate', '-'], { ...io, readStdin: async () => text })) as { questions: unknown[] };
    expect(out.questions.length).toBeGreaterThan(0);
  });

  it('says why a file cannot be read, with exit code 2', async () => {
    const missing = await failure(['generate', 'no/such/article.txt']);
    expect(missing.message).toBe('Cannot read "no/such/article.txt": no such file.');
    expect(missing.exitCode).toBe(2);
    expect((await failure(['generate', 'questions'])).exitCode).toBe(2);
  });

  it('says why a text gives no quiz, with exit code 1', async () => {
    const error = await failure(['generate', '-'], 'Too short to quiz on.');
    expect(error.message).toMatch(/too short/i);
    expect(error.exitCode).toBe(1);
  });

  it('refuses wrong usage with exit code 2 and the usage text', async () => {
    for (const argv of [[], ['make', SEED], ['generate'], ['generate', SEED, '--count', '2'], ['generate', SEED, '--types', 'essay'], ['generate', SEED, '--format', 'pdf'], ['generate', SEED, '--colour']]) {
      expect((await failure(argv)).exitCode, argv.join(' ')).toBe(2);
    }
  });

  it('runs as `npx article-quiz` with real exit codes', async () => {
    const { stdout } = await exec('npx', ['--no-install', 'article-quiz', 'generate', SEED, '--format', 'aiken']);
    expect(stdout).toContain('ANSWER:');
    const error = (await exec('npx', ['--no-install', 'article-quiz', 'generate', 'missing.txt']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('Cannot read "missing.txt"');
  });
});
