/**
 * @module
 * How much a sentence matters to the article: the lead and paragraph openings, the facts it states (names,
 * numbers, attributed quotes, definitions) and how central its words are to the rest of the text. A
 * sentence that opens with a pronoun, or is very short or very long, makes a weaker question.
 */
import { foldText } from '../text/fold';
import { STOPWORDS, wordsOf } from '../text/words';
import type { Article } from './article';
import { opensWithAnaphor, wordCount } from './stem';

const KEY_EVENT = /\b(?:voted|vote|approved|rejected|passed|cleared|cost|costs|budget|jailed|sentenced|convicted|acquitted|fined|elected|resigned|died|killed)\b/i;

export function sentenceImportance(article: Article): number[] {
  const n = article.sentences.length;
  const words = article.sentences.map((s) => wordsOf(foldText(s.text)).filter((w) => !STOPWORDS.has(w) && w.length > 2));
  const frequency = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const centrality = words.map((ws) => {
    const shared = ws.filter((w) => (frequency.get(w) ?? 0) >= 2);
    return ws.length === 0 ? 0 : shared.reduce((sum, w) => sum + Math.log2(frequency.get(w)!), 0) / ws.length;
  });
  const maxCentrality = Math.max(1e-9, ...centrality);
  const defined = new Set(article.concepts.flatMap((c) => c.definitions.map((d) => d.sentence)));
  const quoted = new Set(article.quotes.filter((q) => q.speaker !== undefined).map((q) => q.sentence));

  return article.sentences.map((s, i) => {
    const position = i === 0 ? 1 : i <= 2 ? 0.9 : 0.85 - 0.25 * (i / Math.max(1, n - 1));
    const names = new Set(s.mentions.filter((m) => !m.demonym).map((m) => m.entity)).size;
    let score = position + (s.firstInBlock ? 0.05 : 0);
    score += Math.min(0.25, 0.07 * names) + Math.min(0.25, 0.1 * s.numbers.length);
    if (quoted.has(i)) score += 0.1;
    if (defined.has(i)) score += 0.3;
    // What was decided, what it costs, what the court ruled: the facts a reader most needs to have taken in.
    if (KEY_EVENT.test(s.text) && (s.numbers.length > 0 || names > 0)) score += 0.15;
    score += 0.2 * (centrality[i]! / maxCentrality);
    const length = wordCount(s.text);
    // A definition's question supplies its own context ("… What is this process called?").
    if (length < 8 && !defined.has(i)) score *= 0.6;
    if (length > 45) score *= 0.75;
    if (opensWithAnaphor(s.text) && !defined.has(i)) score *= 0.7;
    return score;
  });
}
