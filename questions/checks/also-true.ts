/**
 * @module
 * Whether a wrong option would also be right: the article says the same thing of it elsewhere. The option
 * is put where the answer was, and a sentence of the article that names the option and has at least 80% of
 * the statement's other content words counts as saying it (for very short statements, the words around the
 * option are looked up instead).
 *
 * @example
 * ```ts
 * statedElsewhere(article, 'Peru congratulated the president-elect', 'Peru') // false
 * ```
 */
import { foldText } from '../text/fold';
import { STOPWORDS, wordsOf } from '../text/words';
import type { Article } from '../generate/article';

interface WordIndex {
  words: string[][];
  sets: Set<string>[];
  /** Word → the sentences that contain it. */
  where: Map<string, number[]>;
}

const INDEX = new WeakMap<Article, WordIndex>();

function wordIndex(article: Article): WordIndex {
  let index = INDEX.get(article);
  if (index === undefined) {
    const words = article.sentences.map((s) => wordsOf(foldText(s.text)));
    const where = new Map<string, number[]>();
    words.forEach((ws, i) => {
      for (const w of new Set(ws)) {
        if (!where.has(w)) where.set(w, []);
        where.get(w)!.push(i);
      }
    });
    index = { words, sets: words.map((ws) => new Set(ws)), where };
    INDEX.set(article, index);
  }
  return index;
}

/** The folded words of every sentence of the article, computed once per article. */
export function sentenceWords(article: Article): string[][] {
  return wordIndex(article).words;
}

/** Indices of the sentences that contain `words` in a row. */
export function sentencesWith(article: Article, words: readonly string[]): number[] {
  const index = wordIndex(article);
  if (words.length === 0) return [];
  return (index.where.get(words[0]!) ?? []).filter((i) => indexOfSeq(index.words[i]!, words) >= 0);
}

export function statedElsewhere(article: Article, statement: string, option: string): boolean {
  const words = wordsOf(foldText(statement));
  const opt = wordsOf(foldText(option));
  if (opt.length === 0) return false;
  const at = indexOfSeq(words, opt);
  if (at < 0) return false;
  const index = wordIndex(article);
  // A sentence that names the option and says nearly everything else the statement says.
  const others = [...new Set([...words.slice(0, at), ...words.slice(at + opt.length)].filter((w) => !STOPWORDS.has(w)))];
  if (others.length >= 2) {
    return sentencesWith(article, opt).some((i) => others.filter((w) => index.sets[i]!.has(w)).length / others.length >= 0.8);
  }
  let before = Math.min(2, at);
  let after = Math.min(2, words.length - at - opt.length);
  if (before === 0) after = Math.min(3, words.length - at - opt.length);
  if (after === 0) before = Math.min(3, at);
  if (before + after === 0) return false;
  return sentencesWith(article, words.slice(at - before, at + opt.length + after)).length > 0;
}

export function indexOfSeq(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
