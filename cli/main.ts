/**
 * @module
 * The executable: wires `run` to the process (arguments, files, standard streams, exit code).
 */
import { readFile } from 'node:fs/promises';
import { CliError, run } from './index';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const output = await run(process.argv.slice(2), { readFile: (path) => readFile(path, 'utf8'), readStdin });
  process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`article-quiz: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}
