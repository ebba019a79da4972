/**
 * @module
 * `npm run fit:salience`: fits the weights of `questions/generate/salience.ts` on the corpus and writes them
 * to `questions/generate/salience-weights.ts`. Every candidate question of every article fitted on is one
 * example, labelled by whether it asks about a key fact of the article's gold file (the same test
 * `npm run quality` counts key facts by). The model is an L2-regularised logistic regression, fitted by
 * Newton's method.
 *
 * Articles of evaluation rounds after `--through-round` (default 7) are left out of the fit, so their
 * recall measures the model on text it was not fitted on; the script prints the ranking quality (AUC) on
 * both parts. `--dry-run` prints without writing.
 */
import { writeFileSync } from 'node:fs';
import { analyseArticle } from '../questions/generate/article';
import { selectableCandidates } from '../questions/generate';
import { TRUE_FALSE_LEAD } from '../questions/generate/candidate';
import { sentenceImportance } from '../questions/generate/rank';
import { SALIENCE_FEATURES, salienceFeatures, type SalienceWeights } from '../questions/generate/salience';
import { factsAsked } from '../questions/quality/evaluate';
import { readCorpus } from './corpus';

const args = process.argv.slice(2);
const throughRound = args.includes('--through-round') ? Number(args[args.indexOf('--through-round') + 1]) : 7;
const OUT = 'questions/generate/salience-weights.ts';
/** Ridge penalty: keeps weights of rare kinds small. */
const L2 = 2;

interface Example {
  x: number[];
  y: number;
  fitted: boolean;
}

const examples: Example[] = [];
for (const a of readCorpus()) {
  const article = analyseArticle(a.text);
  const importance = sentenceImportance(article);
  const fitted = (a.gold.evaluationRound ?? 0) <= throughRound;
  for (const c of selectableCandidates(article)) {
    const explanation = c.sentences.map((i) => article.sentences[i]!.text).join(' ');
    const focus = c.type === 'true_false' ? c.prompt.slice(TRUE_FALSE_LEAD.length) : c.answer;
    const f = salienceFeatures(article, c, importance);
    examples.push({ x: SALIENCE_FEATURES.map((k) => f[k]), y: factsAsked(a.gold, explanation, focus).length > 0 ? 1 : 0, fitted });
  }
}

const fit = examples.filter((e) => e.fitted);
const rest = examples.filter((e) => !e.fitted);
const w = logistic(fit, L2);
const weights = Object.fromEntries(SALIENCE_FEATURES.map((k, i) => [k, Math.round(w[i]! * 1000) / 1000])) as SalienceWeights;

console.log(`fitted on ${fit.length} candidates (through evaluation round ${throughRound}), ${rest.length} left out`);
console.log(`AUC fitted ${auc(fit, w).toFixed(3)}, left out ${rest.length === 0 ? 'n/a' : auc(rest, w).toFixed(3)}`);
for (const k of SALIENCE_FEATURES) console.log(`  ${k.padEnd(14)} ${weights[k].toFixed(3).padStart(7)}`);

if (!args.includes('--dry-run')) {
  const body = SALIENCE_FEATURES.map((k) => `  ${k}: ${weights[k]},`).join('\n');
  writeFileSync(
    OUT,
    `/**\n * @module\n * Weights of the key-fact model in \`salience.ts\`, written by \`npm run fit:salience\` (bench/fit-salience.ts):\n * fitted on ${fit.length} candidate questions of the corpus articles up to evaluation round ${throughRound}. Do not edit by hand.\n */\nimport type { SalienceWeights } from './salience';\n\nexport const SALIENCE_WEIGHTS: SalienceWeights = {\n${body}\n};\n`,
  );
  console.log(`wrote ${OUT}`);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Newton's method on the penalised log-likelihood (the bias is penalised too: the corpus is large). */
function logistic(data: readonly Example[], l2: number): number[] {
  const d = SALIENCE_FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = w.map((x) => l2 * x);
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    for (const e of data) {
      const p = 1 / (1 + Math.exp(-dot(w, e.x)));
      for (let i = 0; i < d; i++) {
        if (e.x[i] === 0) continue;
        g[i]! += (p - e.y) * e.x[i]!;
        for (let j = 0; j < d; j++) h[i]![j]! += p * (1 - p) * e.x[i]! * e.x[j]!;
      }
    }
    const step = solve(h, g);
    w = w.map((x, i) => x - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r]![n]! - dot(m[r]!.slice(r + 1, n), x.slice(r + 1))) / m[r]![r]!;
  return x;
}

/** The chance that a labelled-key candidate ranks above a labelled-other one. */
function auc(data: readonly Example[], w: readonly number[]): number {
  const scored = data.map((e) => ({ s: dot(w, e.x), y: e.y })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let positives = 0;
  scored.forEach((e, i) => {
    if (e.y === 1) {
      rankSum += i + 1;
      positives++;
    }
  });
  const negatives = scored.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
