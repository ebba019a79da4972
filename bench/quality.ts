/**
 * @module
 * `npm run quality`: generates a 10-question quiz for every corpus article and prints, per article and in
 * total (tuning and held-out articles apart): questions generated, share passing every check, key-fact
 * recall, quote-attribution precision, name recall, and the key facts no question asked about. Fresh
 * held-out articles (written after tuning stopped) are a third group, kept out of the held-out total; those
 * written for a later evaluation round (`evaluationRound` in the gold file) are a group per round, kept out
 * of every other total.
 *
 * Flags: `--tuning` (skip held-out articles), `--held-out`, `--fresh` (only fresh held-out articles),
 * `--round <n>` (only that evaluation round), `--show` (print each quiz), `--only <slug>`.
 */
import { analyseArticle } from '../questions/generate/article';
import { generateQuiz } from '../questions/generate';
import { ratio, scoreArticle, sum, type ArticleScore } from '../questions/quality/evaluate';
import { readCorpus } from './corpus';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const show = args.includes('--show');
const round = args.includes('--round') ? Number(args[args.indexOf('--round') + 1]) : undefined;
const corpus = readCorpus().filter(
  (a) =>
    (only === undefined || a.slug === only) &&
    !(args.includes('--tuning') && a.gold.heldOut) &&
    !(args.includes('--held-out') && !a.gold.heldOut) &&
    !(args.includes('--fresh') && a.gold.freshHeldOut !== true) &&
    (round === undefined || a.gold.evaluationRound === round),
);

const rows: { slug: string; heldOut: boolean; fresh: boolean; round: number | undefined; score: ArticleScore }[] = [];
for (const a of corpus) {
  const quiz = generateQuiz(a.text, { count: 10 });
  const score = scoreArticle(analyseArticle(a.text), a.gold, quiz.questions);
  const fresh = a.gold.freshHeldOut === true;
  rows.push({ slug: a.slug, heldOut: a.gold.heldOut, fresh, round: a.gold.evaluationRound, score });
  const s = score;
  console.log(
    `${a.gold.evaluationRound !== undefined ? `[fresh held-out, round ${a.gold.evaluationRound}] ` : fresh ? '[fresh held-out] ' : a.gold.heldOut ? '[held-out] ' : ''}${a.slug} (${a.gold.section}): ${s.questions} questions, ` +
      `passing ${ratio({ hit: s.passing, of: s.questions })}, key facts ${ratio(s.facts)}, ` +
      `attribution ${ratio(s.attribution)}, quotes found ${ratio(s.quoteRecall)}`,
  );
  console.log(`    names: people ${ratio(s.people)}, places ${ratio(s.places)}, organisations ${ratio(s.organisations)}, numbers ${ratio(s.numbers)}`);
  for (const f of s.missedFacts) console.log(`    missed: ${f}`);
  for (const f of s.failures) console.log(`    FAILS ${f}`);
  for (const f of s.quizProblems) console.log(`    QUIZ ${f}`);
  for (const w of s.wrongAttributions) console.log(`    WRONG SPEAKER ${w}`);
  if (show) {
    console.log(`    title: ${quiz.title}`);
    for (const q of quiz.questions) {
      const choices = q.choices?.map((c) => `${c.id === q.answer ? '*' : ''}${c.text}`).join(' | ') ?? `= ${q.answer} (${q.accepted?.join(', ')})`;
      console.log(`    ${q.id} [${q.type}, ${q.difficulty}] ${q.prompt}\n        ${choices}`);
    }
  }
}

function total(label: string, group: typeof rows): void {
  if (group.length === 0) return;
  const g = group.map((r) => r.score);
  console.log(
    `${label} (${group.length} articles): ${sum(g.map((s) => ({ hit: s.questions, of: 1 }))).hit} questions, ` +
      `passing ${ratio(sum(g.map((s) => ({ hit: s.passing, of: s.questions }))))}, ` +
      `key facts ${ratio(sum(g.map((s) => s.facts)))}, attribution ${ratio(sum(g.map((s) => s.attribution)))}, ` +
      `quotes found ${ratio(sum(g.map((s) => s.quoteRecall)))}, ` +
      `people ${ratio(sum(g.map((s) => s.people)))}, places ${ratio(sum(g.map((s) => s.places)))}, ` +
      `organisations ${ratio(sum(g.map((s) => s.organisations)))}, numbers ${ratio(sum(g.map((s) => s.numbers)))}`,
  );
  const low = group.filter((r) => r.score.facts.hit / Math.max(1, r.score.facts.of) < 0.7).map((r) => r.slug);
  console.log(`    articles under 70% key-fact recall: ${low.length === 0 ? 'none' : low.join(', ')}`);
}

console.log('');
total('TUNING', rows.filter((r) => !r.heldOut));
total('HELD-OUT', rows.filter((r) => r.heldOut && !r.fresh));
total('FRESH HELD-OUT', rows.filter((r) => r.fresh && r.round === undefined));
for (const n of [...new Set(rows.flatMap((r) => (r.round === undefined ? [] : [r.round])))].sort((a, b) => a - b)) {
  total(`FRESH HELD-OUT, ROUND ${n}`, rows.filter((r) => r.round === n));
}
