/**
 * @module
 * What kind of thing an option names, judged against the article: a person, a place of some sub-type, an
 * organisation, a concept the text defines (with the family of its class), or a number with its unit and
 * format.
 */
import { foldText } from '../text/fold';
import { entityNamed } from './article-index';
import type { Article } from '../generate/article';
import type { Entity } from '../generate/entities';
import { PLACE_HEADS } from '../generate/lexicon';
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
  /** A concept that is an adjective ("dormant"), among which a noun ("lava") gives itself away. */
  adjective?: boolean;
}

export function kindOf(text: string, article: Article): Kind | undefined {
  const n = parseNumberText(text.trim());
  if (n !== undefined) return { kind: 'number', subtype: n.kind, number: n };
  const folded = foldText(text);
  const entity = entityNamed(article, text);
  if (entity !== undefined) return { kind: entity.kind, subtype: entity.subtype, plural: pluralName(article, entity) };
  const place = lookupPlace(text.trim());
  if (place !== undefined) return { kind: 'place', subtype: place.type };
  const concept = article.concepts.find((c) => foldText(c.term) === folded || singular(c.lower) === singular(folded));
  if (concept !== undefined) return { kind: 'concept', subtype: concept.classNoun, proper: isProperTerm(concept.term), plural: concept.plural, adjective: concept.adjective };
  return undefined;
}

/**
 * "Hawaiian Islands", "the Andes are": a name the article uses as a plural, by its head word ("islands",
 * "mountains") or the verb after it ("are", "were", "have").
 */
export function pluralName(article: Article, e: Entity): boolean {
  if (e.kind === 'person') return false;
  const last = e.name.split(/\s+/).pop()!.toLowerCase();
  if (e.kind === 'place' && /s$/.test(last) && PLACE_HEADS.has(last)) return true;
  return e.mentions.some((m) => /^(?:are|were|have)$/.test(article.sentences[m.sentence]!.tokens[m.last + 1]?.lower ?? ''));
}

/** Whether two options are of one kind, sub-type and (for numbers) format and magnitude. */
export function sameKind(a: Kind, b: Kind): boolean {
  // Terms of one family of classes ("subduction", a process, and "slab pull", a force), of one grammatical
  // number (a singular option among plurals gives itself away after "are"); named things apart.
  if (a.kind === 'concept' && b.kind === 'concept') return compatibleClasses(a.subtype, b.subtype) && a.proper === b.proper && a.plural === b.plural && a.adjective === b.adjective;
  if (a.kind !== b.kind || a.subtype !== b.subtype) return false;
  // "The _____ were made by a hot spot": a singular name among plurals gives itself away.
  if (a.plural !== undefined && b.plural !== undefined && a.plural !== b.plural) return false;
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
