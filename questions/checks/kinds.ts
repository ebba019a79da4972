/**
 * @module
 * What kind of thing an option names, judged against the article: a person, a place of some sub-type, an
 * organisation, a concept the text defines (with the family of its class), or a number with its unit and
 * format.
 */
import { foldText } from '../text/fold';
import { entityNamed } from './article-index';
import type { Article } from '../generate/article';
import { compatibleClasses, isProperTerm, singular } from '../generate/concepts';
import { lookupPlace } from '../generate/gazetteer';
import { parseNumberText, type NumberMention } from '../generate/numbers';

export interface Kind {
  kind: 'person' | 'place' | 'org' | 'thing' | 'number' | 'concept';
  subtype: string;
  number?: NumberMention;
  /** A concept that names one thing ("Mid-Atlantic Ridge") rather than a kind of thing. */
  proper?: boolean;
  /** A plural concept ("ribosomes"): "_____ are tiny structures" takes no singular option. */
  plural?: boolean;
}

export function kindOf(text: string, article: Article): Kind | undefined {
  const n = parseNumberText(text.trim());
  if (n !== undefined) return { kind: 'number', subtype: n.kind, number: n };
  const folded = foldText(text);
  const entity = entityNamed(article, text);
  if (entity !== undefined) return { kind: entity.kind, subtype: entity.subtype };
  const place = lookupPlace(text.trim());
  if (place !== undefined) return { kind: 'place', subtype: place.type };
  const concept = article.concepts.find((c) => foldText(c.term) === folded || singular(c.lower) === singular(folded));
  if (concept !== undefined) return { kind: 'concept', subtype: concept.classNoun, proper: isProperTerm(concept.term), plural: concept.plural };
  return undefined;
}

/** Whether two options are of one kind, sub-type and (for numbers) format and magnitude. */
export function sameKind(a: Kind, b: Kind): boolean {
  // Terms of one family of classes ("subduction", a process, and "slab pull", a force), of one grammatical
  // number (a singular option among plurals gives itself away after "are"); named things apart.
  if (a.kind === 'concept' && b.kind === 'concept') return compatibleClasses(a.subtype, b.subtype) && a.proper === b.proper && a.plural === b.plural;
  if (a.kind !== b.kind || a.subtype !== b.subtype) return false;
  if (a.number === undefined || b.number === undefined) return true;
  const x = a.number;
  const y = b.number;
  if (x.unit !== y.unit || x.format.words !== y.format.words || x.format.currency !== y.format.currency) return false;
  if (x.format.scale !== y.format.scale || x.format.suffix !== y.format.suffix) return false;
  if (x.kind === 'year') return Math.abs(x.value - y.value) <= 30;
  if (x.value <= 0 || y.value <= 0) return true;
  return Math.max(x.value, y.value) / Math.min(x.value, y.value) <= 10;
}

/** "House" and "House of Representatives": a name and the same name with its "of …" tail are one thing. */
export function shortFormOf(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  return y.startsWith(`${x} of `) || x.startsWith(`${y} of `);
}
