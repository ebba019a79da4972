/**
 * @module
 * Turning a sentence into a stem: cutting long trailing clauses, dropping an opener that carries no fact,
 * ending a question with a question mark after any closing quote. Stems are built from the analysis copy
 * of the sentence; the verbatim sentence is kept for the explanation.
 */
import { ANAPHORS, DISCOURSE_MARKERS } from './lexicon';
import { lookupPlace } from './gazetteer';
import type { Token } from './tokens';
import type { Article, Sentence } from './article';
import type { Entity } from './entities';
import { pronounReferent, referentName } from '../checks/references';
import { writtenWithThe } from '../checks/article-index';
import { escapeRegExp } from '../text/regexp';

/** The blank of a cloze stem. */
export const BLANK = '_____';

const TAIL_OPENERS = /^(?:which|who|despite|while|whereas|although|as|after|before|according|sending|making|adding|thanks|finishing|reaching|compared|beating|creating|forcing|flooding|lifted|saying|but|having|thus|including|most|up|down)$/;

/**
 * Cuts `text` (a sentence or the end of one) at the last ", <clause opener>" that starts after `keep`, as long
 * as it stays longer than `min` words, so a stem keeps its fact without a trailing aside.
 */
export function trimTail(text: string, keep: number, maxWords = 26, min = 8): string {
  if (wordCount(text) <= maxWords) return text;
  // A source stays: "…, according to the ministry." is kept after any cut.
  const source = /,\s+according to [^,]+[.!]?$/.exec(text);
  for (const m of text.matchAll(/,(["']?)\s+([A-Za-z]+)/g)) {
    // "…, leaving more than 30 ships waiting", "…, warning that …": a participle's clause trails the fact
    // ("…, leaking roofs and unsafe wiring" is a list).
    const word = m[2]!.toLowerCase();
    const participle = /^\p{Ll}{3,}ing$/u.test(m[2]!) && PARTICIPLE_OBJECT.test(text.slice(m.index + m[0].length));
    if (m.index < keep || !(TAIL_OPENERS.test(word) || participle) || word === 'according') continue;
    if (wordCount(text.slice(0, m.index)) < min) continue;
    // A quote closed right after the comma stays closed: `…their work," but …` → `…their work."`.
    const quote = m[1]!;
    // An aside between two commas with the sentence going on after it: drop just the aside.
    // The aside's closing comma, not one inside a number ("$250,000").
    const closeAt = /,\s/.exec(text.slice(m.index + 1));
    const close = closeAt === null ? -1 : m.index + 1 + closeAt.index;
    if (quote === '' && close > 0 && ASIDE_OPENERS.test(m[2]!.toLowerCase()) && (source === null || close < source.index)) {
      const after = /^,\s+([a-z]+)/.exec(text.slice(close))?.[1];
      // "Dr Kamara, a consultant at St Aidan's, who was not involved, said …": the apposition keeps its comma.
      const apposition = /,\s+(?:a|an|the)\s[^,]*$/i.test(text.slice(0, m.index));
      if (after !== undefined && FINITE.test(after)) return trimTail(`${text.slice(0, m.index)}${apposition ? ',' : ''}${text.slice(close + 1).replace(/^\s*/, ' ')}`, keep, maxWords, min);
      if (after !== undefined) continue;
    }
    const tail = source !== null && source.index >= m.index ? source[0].replace(/[.!]?$/, '') : '';
    return `${text.slice(0, m.index)}${quote}${tail}.`;
  }
  return text;
}

/** What follows a participle that opens a clause: its object or complement ("leaving more than …", "warning that …"). */
const PARTICIPLE_OBJECT = /^\s+(?:(?:the|a|an|that|more|less|about|around|at|its|his|her|their|up|down|in|on|to|from|with|some|all|nearly|almost|over|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundreds|thousands|dozens|millions)\b|[$£€¥]?\d)/i;

/** Openers of an aside that the sentence may go on after ("…, which …, says …"); the others end it ("…, but …"). */
const ASIDE_OPENERS = /^(?:which|who|including|having|despite|thanks|compared|lifted|most)$/;

/** Words that continue a sentence's main clause after an aside ("…, which …, do not reflect …"). */
const FINITE = /^(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must|said|says|remains?|became|becomes|made|makes)$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "…neighborhoods." → "…neighborhoods?"; a closing quote stays inside: `…"a turning point."` → `…"a turning point"?` */
export function asQuestion(text: string): string {
  const body = text.trim().replace(/[.!?…,;:]+(["'”’]*)\s*$/u, '$1').replace(/[.!?…,;:]+$/u, '');
  return `${body}?`;
}

/** Ends a statement with exactly one full stop. */
export function asStatement(text: string): string {
  const body = text.trim();
  return /[.!?]["'”’]*$/u.test(body) ? body : `${body}.`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether the first word of `text` points back to something the reader cannot see. */
export function opensWithAnaphor(text: string): boolean {
  // A quotation's words are the speaker's own, not a pointer back into the article.
  if (/^\s*["'“‘]/u.test(text)) return false;
  const first = /^[^\p{L}]*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  // "There were 41 cases …": an existential "there" points nowhere.
  if (first === 'there' && /^[^\p{L}]*there\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|seems?|remains?)\b/iu.test(text)) return false;
  // "The next is in Paris", "The last was held in 1669": an ordinal standing for a noun said before.
  // "Of these, 1,120 …": a part of a group named before.
  return ANAPHORS.has(first) || /^[^\p{L}]*the (?:next|first|last|latter|former|second|third|other|rest) (?:is|was|are|were|will|would|has|had|came|comes)\b/iu.test(text) || /^[^\p{L}]*of (?:these|those|them)\b/iu.test(text);
}

/**
 * The opener of a sentence (tokens before the first comma) when it is a prepositional or subordinate phrase,
 * as [first token after it, whether it can be dropped]. Returns [0, false] when there is none.
 */
export function opener(tokens: readonly Token[], text: string): { after: number; droppable: boolean; keepable: boolean } {
  const first = tokens[0];
  if (first === undefined) return { after: 0, droppable: false, keepable: false };
  const lower = text.toLowerCase();
  for (const marker of DISCOURSE_MARKERS) {
    if (lower.startsWith(`${marker},`)) {
      const after = tokens.findIndex((t) => t.start > marker.length);
      return { after, droppable: true, keepable: false };
    }
  }
  const opens = first.tags.has('Preposition') || first.tags.has('Adverb') || first.tags.has('Conjunction') || /^(?:just|when|while|after|before|since|as|if|although|though|under|with|without|despite|in|on|at|for|during|following)$/.test(first.lower);
  if (!opens) return { after: 0, droppable: false, keepable: false };
  const comma = tokens.findIndex((t) => /,/.test(t.post));
  if (comma < 0 || comma > 20) return { after: 0, droppable: false, keepable: false };
  // "If all of it melted, sea levels would rise …": without its condition the sentence says something else.
  if (/^(?:if|unless|whether|once|until)$/.test(first.lower)) return { after: 0, droppable: false, keepable: false };
  // "Of these, 1,120 wore hearing aids": without the group it counts from, the number says something else.
  if (first.lower === 'of' && /^(?:these|those|them|whom|which|this)$/.test(tokens[1]?.lower ?? '')) return { after: 0, droppable: false, keepable: false };
  // "Only about one in three … use them, and falls cost …": a clause joined by "and" is no opener.
  if (/^(?:and|but|or|so|yet)$/.test(tokens[comma + 1]?.lower ?? '')) return { after: 0, droppable: false, keepable: false };
  const phrase = tokens.slice(0, comma + 1);
  // "In a series circuit there is only one path, so …": a preposition's phrase with a finite verb in it is the
  // main clause, not an opener ("After the vote was taken, …" is a subordinate clause, and one).
  // "During a flood the river may cut straight across it, leaving behind …": a modal is a finite verb too.
  const finiteVerb = phrase.some((t, i) => i > 0 && ((t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Infinitive') && !/ing$/.test(t.lower) && (t.tags.has('PresentTense') || t.tags.has('PastTense') || t.tags.has('Copula'))) || /^(?:may|might|can|could|will|would|shall|should|must)$/.test(t.lower)));
  if (finiteVerb && /^(?:in|on|at|for|with|without|under|during|despite|following|by|from|of|to|among|across|over|through|within|beyond|near|inside|outside)$/.test(first.lower)) return { after: 0, droppable: false, keepable: false };
  // "More than 47,000 runners took part in the race, …", "Earlier this year the council voted …, …": an
  // adverb that is no subordinator, with a finite verb before the comma, opens the main clause.
  if (finiteVerb && !first.tags.has('Preposition') && !/^(?:just|when|while|after|before|since|as|although|though|because|whereas|once|until|unless|where|whenever)$/.test(first.lower)) return { after: 0, droppable: false, keepable: false };
  const pronoun = phrase.some((t) => ANAPHORS.has(t.lower) && t.lower !== 'that' && t.text !== 'i');
  return { after: comma + 1, droppable: true, keepable: !pronoun };
}

/**
 * "…, final results showed on Wednesday?": an attribution at the end of a question about who did
 * something says nothing the question needs. Relative clauses ("…, which analysts said …") stay.
 */
export function dropTrailingAttribution(text: string): string {
  return text.replace(/,\s+(?!(?:which|who|that|and|but|while|as)\b)(?:the |a )?[\p{L}' -]{2,60}?\s+(?:said|says|showed|show|announced|reported|found|confirmed)(?:\s+on\s+\p{Lu}\p{Ll}+|\s+\p{Lu}\p{Ll}+day)?([.?!]?)$/u, '$1');
}

const NAME_WORDS = new WeakMap<object, Set<string>>();

/**
 * A sentence's opening words moved inside a question: lower-cased, unless the first word is a name the
 * article writes with a capital elsewhere ("Jupiter and Saturn are called …" → "What are Jupiter and …").
 */
export function lowerFirstUnlessName(text: string, sentences: readonly { tokens: readonly Token[] }[]): string {
  let names = NAME_WORDS.get(sentences);
  if (names === undefined) {
    names = new Set();
    for (const s of sentences) s.tokens.forEach((t, i) => {
      if (i > 0 && /^\p{Lu}/u.test(t.text) && !/[.!?:"“]\s*$/.test(s.tokens[i - 1]!.post)) names!.add(t.text);
    });
    NAME_WORDS.set(sentences, names);
  }
  const first = /^[\p{L}'-]+/u.exec(text)?.[0] ?? '';
  return names.has(first) || lookupPlace(first) !== undefined ? text : lowerFirst(text);
}

/** A sentence as a stem reads it, and where each of its original offsets went (undefined: cut out). */
export interface StemText {
  text: string;
  at: (offset: number) => number | undefined;
}

const PRONOUN_ATTRIBUTION = /,\s+(?:he|she|they)\s+(?:said|says|added|explained|warned|told [a-z]+)(?=\s*,)/g;

/** A span of the sentence written otherwise in the stem: "she" as "Ferrand-Whitaker". */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentence without an opener that carries no fact (from `from`, capitalised), without a parenthetical
 * "…, she said, …", whose "she" the reader could not resolve ("About 300,000 patients have been waiting more
 * than a year, she said, compared with …" → "… more than a year, compared with …"), and with `rewrites`
 * applied (a pronoun replaced by the name it stands for).
 */
export function stemText(text: string, from: number, rewrites: readonly Rewrite[] = []): StemText {
  const edits: Rewrite[] = [];
  for (const m of text.matchAll(PRONOUN_ATTRIBUTION)) if (m.index >= from) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  for (const r of rewrites) if (r.start >= from && !edits.some((e) => r.start < e.end && e.start < r.end)) edits.push(r);
  edits.sort((a, b) => a.start - b.start);
  let out = text.slice(from);
  for (const e of [...edits].reverse()) out = `${out.slice(0, e.start - from)}${e.text}${out.slice(e.end - from)}`;
  if (from > 0 || edits[0]?.start === 0) out = out.charAt(0).toUpperCase() + out.slice(1);
  const at = (offset: number): number | undefined => {
    if (offset < from) return undefined;
    let shift = from;
    for (const e of edits) {
      if (offset >= e.start && offset < e.end) return undefined;
      if (offset >= e.end) shift += e.end - e.start - e.text.length;
    }
    return offset - shift;
  };
  return { text: out, at };
}

/**
 * The rewrite that names the person a sentence's first "she" or "his" stands for, when that is certain (see
 * `pronounReferent`): "Over her career she recorded 31 albums" → "Over her career Ferrand-Whitaker recorded …".
 */
export function namingRewrite(article: Article, s: Sentence): Rewrite[] {
  const r = pronounReferent(article, s);
  if (r !== undefined) return [{ start: r.start, end: r.end, text: referentName(article, r) }];
  const body = organisationReferent(article, s);
  return body === undefined ? [] : [body];
}

/**
 * "The opposition Civic Alliance disputes that figure. Its finance spokesman …": a sentence that opens with
 * "Its" right after a sentence naming one organisation and nobody else, in the same paragraph, is about that
 * organisation.
 */
function organisationReferent(article: Article, s: Sentence): Rewrite | undefined {
  const first = s.tokens[0];
  const prev = article.sentences[s.index - 1];
  if (first === undefined || (first.text !== 'Its' && first.text !== 'It') || prev === undefined || prev.block !== s.block || /"/.test(prev.text)) return undefined;
  const named = [...new Set(prev.mentions.map((m) => m.entity))].map((id) => article.entities[id]!);
  let body: Entity | undefined;
  if (first.text === 'Its') {
    if (named.length !== 1 || named[0]!.kind !== 'org') return undefined;
    body = named[0];
  } else {
    // "Aurelia Airlines reported its first profit in three years. It blamed fuel prices …": an "It" doing
    // something (no "It is …", which may stand for what happened) after a sentence whose subject is one
    // organisation or named thing, with no person beside it.
    const opening = prev.mentions.find((m) => m.start <= 4 && !m.demonym && !m.possessive);
    const subject = opening === undefined ? undefined : article.entities[opening.entity];
    if (subject === undefined || (subject.kind !== 'org' && subject.kind !== 'thing') || named.some((e) => e.kind === 'person')) return undefined;
    if (!/^It (?:(?:also|then|now|later|still|has|had|will|would|could|can|may|must|should)\s+)*(?!is\b|was\b|has been\b|had been\b|will be\b|would be\b)\p{Ll}+/u.test(s.text)) return undefined;
    if (/^(?:been|be|seemed|seems|appears|appeared|remains|remained|became|becomes|means|meant|took|takes)$/.test(s.tokens[1]?.lower ?? '')) return undefined;
    body = subject;
  }
  if (body === undefined || s.mentions.some((m) => m.entity === body.id)) return undefined;
  const name = body.name;
  // "the opposition Civic Alliance" is written with "the" too.
  const the = writtenWithThe(article, name) || new RegExp(`\\bthe (?:\\p{Ll}+ )?${escapeRegExp(name)}\\b`, 'iu').test(article.input);
  return { start: first.start, end: first.end, text: `${the ? 'The ' : ''}${name}${first.text === 'Its' ? "'s" : ''}` };
}

/** Whether the sentence opens with a word pointing back that a rewrite does not replace. */
export function opensUnresolved(text: string, rewrites: readonly Rewrite[]): boolean {
  return opensWithAnaphor(text) && !rewrites.some((r) => r.start === (/^[^\p{L}]*/u.exec(text)?.[0].length ?? 0));
}
