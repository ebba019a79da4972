/**
 * @module
 * Scoring a generated quiz against an article's gold file: the share of questions that pass every check,
 * the share of key facts some question asks about, the precision of quote attribution and the recall of
 * each kind of name. Runtime-neutral: the corpus is read by the caller.
 */
import { checkQuestion, checkQuiz, correctText, stemOf } from '../checks';
import type { Article } from '../generate/article';
import { foldText } from '../text/fold';
import { containsWords } from '../text/typography';
import type { Question } from '../schema';
import type { Gold } from './gold';

export interface Ratio {
  hit: number;
  of: number;
}

export interface ArticleScore {
  questions: number;
  passing: number;
  quizProblems: string[];
  failures: string[];
  facts: Ratio;
  missedFacts: string[];
  /** Quotes the analysis attributed, and how many of them to the right speaker. */
  attribution: Ratio;
  wrongAttributions: string[];
  /** Gold quotes attributed to their speaker. */
  quoteRecall: Ratio;
  people: Ratio;
  places: Ratio;
  organisations: Ratio;
  numbers: Ratio;
}

const same = (a: string, b: string) => foldText(a) === foldText(b);
const mentions = (text: string, key: string) => containsWords(foldText(text), foldText(key));
const overlaps = (a: string, b: string) => {
  const x = foldText(a).replace(/[^\p{L}\p{N} ]/gu, '');
  const y = foldText(b).replace(/[^\p{L}\p{N} ]/gu, '');
  return x.includes(y.slice(0, 30)) || y.includes(x.slice(0, 30));
};

/**
 * What a question asks for: its answer, or the statement of a true/false question. A false statement asks
 * about the fact it changed, so it counts with the sentence it was made from (its explanation), as the true
 * statement of the same sentence would.
 */
function focusOf(q: Question): string {
  if (q.type !== 'true_false') return correctText(q);
  return foldText(correctText(q)) === 'false' ? q.explanation : stemOf(q);
}

/**
 * The key facts (indices into `gold.keyFacts`) that a question made from `explanation` asks about: the
 * sentence states the fact, and what the question asks for or states (`focus`) names one of its keys.
 */
export function factsAsked(gold: Gold, explanation: string, focus: string): number[] {
  const folded = foldText(explanation);
  return gold.keyFacts.flatMap((fact, i) => {
    const evidence = Array.isArray(fact.evidence) ? fact.evidence : [fact.evidence];
    const stated = evidence.some((e) => folded.includes(foldText(e)));
    return stated && fact.keys.some((k) => mentions(focus, k) || mentions(k, focus)) ? [i] : [];
  });
}

export function scoreArticle(article: Article, gold: Gold, questions: readonly Question[]): ArticleScore {
  const problems = questions.map((q) => checkQuestion(q, article));
  const quizProblems = checkQuiz(article.input, questions, { article }).filter((p) => p.where === 'quiz').map((p) => p.message);

  const asked = new Set(questions.flatMap((q) => factsAsked(gold, q.explanation, focusOf(q))));
  const covered = gold.keyFacts.map((_, i) => asked.has(i));

  const speakerName = (id: number) => article.entities[id]!;
  const isGoldSpeaker = (id: number, speaker: string) => {
    const e = speakerName(id);
    const person = gold.people.find((p) => same(p.name, speaker));
    const names = [speaker, ...(person?.aliases ?? [])];
    return [e.name, ...e.aliases].some((a) => names.some((n) => same(a, n)));
  };
  const attributed = article.quotes.filter((q) => q.speaker !== undefined);
  const wrongAttributions: string[] = [];
  let right = 0;
  for (const q of attributed) {
    const g = gold.quotes.find((x) => overlaps(q.text, x.quote));
    if (g !== undefined && isGoldSpeaker(q.speaker!, g.speaker)) right++;
    else wrongAttributions.push(`"${q.text.slice(0, 50)}" → ${speakerName(q.speaker!).name}${g === undefined ? ' (quote not in gold)' : ` (gold: ${g.speaker})`}`);
  }
  const quoteRecall = gold.quotes.filter((g) => attributed.some((q) => overlaps(q.text, g.quote) && isGoldSpeaker(q.speaker!, g.speaker))).length;

  const names = (kind: string) => article.entities.filter((e) => e.kind === kind).flatMap((e) => [e.name, ...e.aliases]);
  const found = (wanted: string[], have: string[]) => wanted.filter((w) => have.some((h) => same(h, w) || mentions(h, w) && foldText(w).split(' ').length > 1)).length;
  const numberTexts = article.sentences.flatMap((s) => s.numbers.map((n) => `${n.qualifier} ${n.text} ${n.unit}`));

  return {
    questions: questions.length,
    passing: problems.filter((p) => p.length === 0).length,
    quizProblems,
    failures: problems.flatMap((p, i) => p.map((x) => `${questions[i]!.id} ${x.check}: ${x.message}`)),
    facts: { hit: covered.filter(Boolean).length, of: gold.keyFacts.length },
    missedFacts: gold.keyFacts.filter((_, i) => !covered[i]).map((f) => f.fact),
    attribution: { hit: right, of: attributed.length },
    wrongAttributions,
    quoteRecall: { hit: quoteRecall, of: gold.quotes.length },
    people: { hit: gold.people.filter((p) => names('person').some((h) => [p.name, ...p.aliases].some((n) => same(h, n)))).length, of: gold.people.length },
    places: { hit: found(gold.places, [...names('place'), ...article.concepts.map((c) => c.term)]), of: gold.places.length },
    organisations: { hit: found(gold.organisations, names('org')), of: gold.organisations.length },
    numbers: { hit: gold.numbers.filter((n) => numberTexts.some((t) => foldText(t).includes(foldText(n)) || foldText(n).includes(foldText(t.trim()).split(' ')[0] ?? '§'))).length, of: gold.numbers.length },
  };
}

export function ratio(r: Ratio): string {
  return r.of === 0 ? 'n/a' : `${((100 * r.hit) / r.of).toFixed(0)}% (${r.hit}/${r.of})`;
}

export function sum(rs: readonly Ratio[]): Ratio {
  return rs.reduce((a, b) => ({ hit: a.hit + b.hit, of: a.of + b.of }), { hit: 0, of: 0 });
}
