/**
 * @module
 * What kind of thing an option names, judged against the article: a person, a place of some sub-type, an
 * organisation, a concept the text defines, or a number with its unit and format.
 */
import { foldText } from '../text/fold';
import type { Article } from '../generate/article';
import { singular } from '../generate/concepts';
import { lookupPlace } from '../generate/gazetteer';
import { parseNumberText, type NumberMention } from '../generate/numbers';

export interface Kind {
  kind: 'person' | 'place' | 'org' | 'thing' | 'number' | 'concept';
  subtype: string;
  number?: NumberMention;
}

export function kindOf(text: string, article: Article): Kind | undefined {
  const n = parseNumberText(text.trim());
  if (n !== undefined) return { kind: 'number', subtype: n.kind, number: n };
  const folded = foldText(text);
  const entity = article.entities.find((e) => [e.name, ...e.aliases].some((a) => foldText(a) === folded));
  if (entity !== undefined) return { kind: entity.kind, subtype: entity.subtype };
  const place = lookupPlace(text.trim());
  if (place !== undefined) return { kind: 'place', subtype: place.type };
  const concept = article.concepts.find((c) => foldText(c.term) === folded || singular(c.lower) === singular(folded));
  if (concept !== undefined) return { kind: 'concept', subtype: '' };
  return undefined;
}

/** Whether two options are of one kind, sub-type and (for numbers) format and magnitude. */
export function sameKind(a: Kind, b: Kind): boolean {
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
