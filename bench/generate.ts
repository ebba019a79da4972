/**
 * @module
 * `npm run bench:generate`: the CPU cost of generating a quiz, as the median of repeated runs, per 1,000
 * words and as a ratio to compromise's own tagging of the same text in the same run (the floor any
 * compromise-based generator pays). The first call in a fresh process is reported apart: compromise
 * builds its lexicon then, as a Worker isolate does on its first request.
 */
import nlp from 'compromise';
import { generateQuiz } from '../questions/generate';
import { readCorpus } from './corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeIt(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const corpus = readCorpus();
const seed = corpus.find((a) => a.slug === 'venezuela-election-2024')!.text;
const firstCall = timeIt(() => generateQuiz(seed));

const texts: [string, string][] = [
  ['seed article', seed],
  ['200-word article', corpus.find((a) => a.slug === 'local-bridge-closure')!.text],
  ['whole corpus as one text', corpus.map((a) => a.text).join('\n\n')],
];

console.log(`first call in a fresh process (lexicon build included): ${firstCall.toFixed(1)} ms`);
console.log(`median of ${RUNS} runs after 3 warm-up runs; both timings interleaved in one process\n`);
for (const [label, text] of texts) {
  const words = text.split(/\s+/).filter(Boolean).length;
  for (let i = 0; i < 3; i++) {
    nlp(text);
    generateQuiz(text);
  }
  const parse: number[] = [];
  const generate: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(timeIt(() => nlp(text)));
    generate.push(timeIt(() => generateQuiz(text)));
  }
  const p = median(parse);
  const g = median(generate);
  console.log(
    `${label} (${words} words): compromise tagging ${p.toFixed(1)} ms (${((p * 1000) / words).toFixed(1)} ms per 1,000 words), ` +
      `quiz generation ${g.toFixed(1)} ms (${((g * 1000) / words).toFixed(1)} ms per 1,000 words), ratio ${(g / p).toFixed(2)}`,
  );
}
