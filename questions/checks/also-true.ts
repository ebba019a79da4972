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

const WORDS = new WeakMap<Article, string[][]>();

/** The folded words of every sentence of the article, computed once per article. */
export function sentenceWords(article: Article): string[][] {
  let words = WORDS.get(article);
  if (words === undefined) {
    words = article.sentences.map((s) => wordsOf(foldText(s.text)));
    WORDS.set(article, words);
  }
  return words;
}

export function statedElsewhere(article: Article, statement: string, option: string): boolean {
  const words = wordsOf(foldText(statement));
  const opt = wordsOf(foldText(option));
  if (opt.length === 0) return false;
  const at = indexOfSeq(words, opt);
  if (at < 0) return false;
  // A sentence that names the option and says nearly everything else the statement says.
  const others = [...new Set([...words.slice(0, at), ...words.slice(at + opt.length)].filter((w) => !STOPWORDS.has(w)))];
  if (others.length >= 2) {
    return sentenceWords(article).some((sw) => {
      if (indexOfSeq(sw, opt) < 0) return false;
      return others.filter((w) => sw.includes(w)).length / others.length >= 0.8;
    });
  }
  let before = Math.min(2, at);
  let after = Math.min(2, words.length - at - opt.length);
  if (before === 0) after = Math.min(3, words.length - at - opt.length);
  if (after === 0) before = Math.min(3, at);
  if (before + after === 0) return false;
  const window = words.slice(at - before, at + opt.length + after);
  return sentenceWords(article).some((sw) => indexOfSeq(sw, window) >= 0);
}

export function indexOfSeq(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
