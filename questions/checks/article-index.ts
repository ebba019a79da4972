/**
 * @module
 * Folded forms of an article's text and names, computed once per article: the checks and the choice of
 * wrong options compare names many times per question, and folding the same strings again each time made
 * long articles cost quadratic time.
 */
import type { Article } from '../generate/article';
import type { Entity } from '../generate/entities';
import { foldText } from '../text/fold';
import { containsWords, plainTypography } from '../text/typography';
import { takesThe } from '../generate/gazetteer';

interface Index {
  input: string;
  byName: Map<string, Entity>;
}

const INDEX = new WeakMap<Article, Index>();
const NAMES = new WeakMap<Entity, string[]>();

function indexOf(article: Article): Index {
  let index = INDEX.get(article);
  if (index === undefined) {
    const byName = new Map<string, Entity>();
    for (const e of article.entities) for (const name of foldedNames(e)) if (!byName.has(name)) byName.set(name, e);
    index = { input: foldText(plainTypography(article.input)), byName };
    INDEX.set(article, index);
  }
  return index;
}

/** The whole article, folded. */
export function foldedInput(article: Article): string {
  return indexOf(article).input;
}

/** The entity with this name or alias (the first in the article's order), if any. */
export function entityNamed(article: Article, text: string): Entity | undefined {
  return indexOf(article).byName.get(foldText(text));
}

/** An entity's name and aliases, folded. */
export function foldedNames(e: Entity): string[] {
  let names = NAMES.get(e);
  if (names === undefined) {
    names = [...new Set([e.name, ...e.aliases].map(foldText))];
    NAMES.set(e, names);
  }
  return names;
}

/** Whether the article writes a name after "the" somewhere ("the University of Bristol"), or it takes one. */
export function writtenWithThe(article: Article, name: string): boolean {
  let known = WITH_THE.get(article);
  if (known === undefined) WITH_THE.set(article, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) {
    answer = containsWords(foldedInput(article), `the ${foldText(name)}`) || takesThe(name);
    known.set(name, answer);
  }
  return answer;
}

/** Each article's answers of `writtenWithThe`: options are looked at for many stems of one article. */
const WITH_THE = new WeakMap<Article, Map<string, boolean>>();
