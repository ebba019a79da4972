/**
 * @module
 * A quiz title from the article when the caller gives none: its headline, else the people, places and
 * organisations it is most about, else the terms it defines, else its opening words.
 */
import { LIMITS } from '../limits';
import type { Article } from './article';

export function deriveTitle(article: Article): string {
  if (article.headline !== undefined) return clip(article.headline);
  const named = article.entities
    .filter((e) => e.kind !== 'thing' && e.mentions.length >= 2)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.sentence - b.mentions[0]!.sentence)
    .slice(0, 2)
    .map((e) => e.name);
  if (named.length > 0) return clip(`Quiz: ${named.join(' and ')}`);
  const terms = article.concepts.filter((c) => c.definitions.length > 0).slice(0, 3).map((c) => c.term);
  if (terms.length > 0) return clip(`Quiz: ${list(terms)}`);
  const words = (article.sentences[0]?.text ?? 'the article').split(/\s+/).slice(0, 8).join(' ').replace(/[,;:.]$/, '');
  return clip(`Quiz: ${words}…`);
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function clip(title: string): string {
  return title.length <= LIMITS.title ? title : `${title.slice(0, LIMITS.title - 1)}…`;
}
