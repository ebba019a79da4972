/**
 * @module
 * Quotations and who said them. A speaker is recorded only on firm ground: a speech verb right next to the
 * quote with a named person ("…,” Rahman said), a person as the subject of the clause that contains a
 * partial quote (Maduro pledged to provide “peace”), a "he"/"she" or "the minister" that points to exactly
 * one person in the sentence before, or a bare quote that continues the previous one. Anything else leaves
 * the speaker unknown, and an unknown speaker makes no question.
 */
import type { Sentence } from './article';
import type { Entity, Mention } from './entities';
import { PERSONAL_PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, STRICT_SPEECH_VERBS } from './lexicon';
import { opener } from './stem';
import type { Token } from './tokens';

export interface Quote {
  sentence: number;
  /** Offsets in the sentence text, quotation marks included. */
  start: number;
  end: number;
  /** The words inside the quotation marks, without a trailing comma or full stop. */
  text: string;
  /** The quote covers the sentence but for its attribution. */
  full: boolean;
  speaker: number | undefined;
  /** Sentences a reader needs to see the speaker named: this one, and the one a pronoun points back to. */
  evidence: number[];
  /** The "he" or "she" the speaker was found through, if any. */
  pronoun?: string;
}

interface Span {
  start: number;
  end: number;
}

/** Quotation spans of a sentence's analysis text (straight quotes). */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  // British style: 'quoted words,' he said.
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'" || spans.some((s) => i >= s.start && i < s.end)) continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (single < 0 && /[\s(—–-]/.test(prev) && /[\p{L}\p{N}]/u.test(next)) single = i;
    else if (single >= 0 && /[^\s]/.test(prev) && !/[\p{L}\p{N}]/u.test(next) && i - single > 2) {
      spans.push({ start: single, end: i + 1 });
      single = -1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const tokenAt = (tokens: readonly Token[], offset: number) => tokens.findIndex((t) => t.end > offset);
const mentionEndingAt = (s: Sentence, last: number): Mention | undefined => s.mentions.find((m) => m.last === last);

/** A sentence's subject person (named, or reached through "he"/"she"), with the sentences that name it. */
export interface SubjectPerson {
  speaker: number;
  evidence: number[];
  /** The "he" or "she" the person was found through, if any. */
  pronoun?: string;
}

export function findQuotes(sentences: readonly Sentence[], entities: readonly Entity[]): { quotes: Quote[]; subjects: Map<number, SubjectPerson> } {
  const quotes: Quote[] = [];
  const subjects = new Map<number, SubjectPerson>();
  for (const s of sentences) {
    const spans = quoteSpans(s.text);
    let previousSpeaker: { speaker: number; evidence: number[] } | undefined;
    for (const span of spans) {
      const inner = s.text.slice(span.start + 1, span.end).replace(/["']$/, '').trim();
      const text = inner.replace(/[,.]$/, '').trim();
      if (text.split(/\s+/).length < 2) continue;
      const outside = (s.text.slice(0, span.start) + s.text.slice(span.end)).replace(/[\s.,;:!?"'—–-]/g, '');
      const full = outside.length < 60;
      let found = attribute(s, span, sentences, entities, subjects);
      // A second quote in one sentence ("…,' he said, adding that his party had 'a lot of listening to do'.").
      const speakerSoFar = previousSpeaker;
      if (found === undefined && speakerSoFar !== undefined && !s.mentions.some((m) => entities[m.entity]!.kind === 'person' && m.entity !== speakerSoFar.speaker && m.start > quotes[quotes.length - 1]!.end && m.start < span.start)) {
        found = speakerSoFar;
      }
      // A bare quote right after a quoted speaker in the same paragraph continues that speaker.
      if (found === undefined && full && span.start <= 1 && !s.firstInBlock) {
        const before = quotes.filter((q) => q.sentence === s.index - 1);
        const last = before[before.length - 1];
        if (last?.speaker !== undefined && outside.length < 3) found = { speaker: last.speaker, evidence: [...last.evidence, s.index] };
        // … or after a sentence in which one person, and nobody else, said something without quoting it:
        // 'The museum's director, Annelies Verhoeven, said the decision … "We have studied the records …"'.
        const prev = sentences[s.index - 1];
        const said = prev === undefined ? undefined : subjects.get(prev.index);
        if (found === undefined && last === undefined && outside.length < 3 && prev !== undefined && said !== undefined && said.pronoun === undefined) {
          const people = prev.mentions.filter((m) => entities[m.entity]!.kind === 'person').map((m) => m.entity);
          const speaks = prev.tokens.some((x) => STRICT_SPEECH_VERBS.has(x.lower));
          if (speaks && quoteSpans(prev.text).length === 0 && people.length > 0 && people.every((p) => p === said.speaker)) {
            found = { speaker: said.speaker, evidence: [...said.evidence, s.index] };
          }
        }
      }
      quotes.push({ sentence: s.index, start: span.start, end: span.end, text, full, speaker: found?.speaker, evidence: found?.evidence ?? [s.index], ...(found?.pronoun === undefined ? {} : { pronoun: found.pronoun }) });
      if (found !== undefined) {
        previousSpeaker = found;
        subjects.set(s.index, found);
      }
    }
    if (!subjects.has(s.index)) {
      const subject = sentenceSubject(s, sentences, entities, subjects);
      if (subject !== undefined) subjects.set(s.index, subject);
    }
  }
  return { quotes, subjects };
}

type Found = { speaker: number; evidence: number[]; pronoun?: string };

function attribute(
  s: Sentence,
  span: Span,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  subjects: Map<number, Found>,
): Found | undefined {
  const t = s.tokens;
  const after = tokenAt(t, span.end);
  // After the quote: "…," Whitfield told reporters / "…," said Reyes / "…," he said.
  if (after >= 0 && t[after]!.start >= span.end) {
    const verbFirst = t[after]!;
    if (SPEECH_VERBS.has(verbFirst.lower)) {
      const m = s.mentions.find((x) => x.titleFirst > after && x.titleFirst <= after + 4 && noBreak(t, after, x.titleFirst));
      if (m !== undefined && isPerson(entities, m) && !/[,;]/.test(t[m.titleFirst - 1]!.post.trim() === '' ? '' : t[m.titleFirst - 1]!.post)) {
        if (descriptorsOnly(t, after + 1, m.titleFirst)) return { speaker: m.entity, evidence: [s.index] };
      }
      return undefined;
    }
    for (let v = after; v < Math.min(t.length, after + 9); v++) {
      if (SPEECH_VERBS.has(t[v]!.lower)) {
        const found = speakerBefore(s, after, v, sentences, entities, subjects);
        if (found !== undefined) return found;
        break;
      }
      if (t[v]!.tags.has('Verb') || t[v]!.tags.has('Preposition') || /[,;:.!?]/.test(t[v]!.post)) break;
    }
  }
  // Before the quote: X said: "…" / He told RÚV: "…".
  const before = tokenAt(t, span.start) - 1;
  const lead = t[before];
  if (lead !== undefined && /[:,]\s*$/.test(lead.post) && span.start <= 1 + (t[before + 1]?.start ?? span.start)) {
    for (let v = before; v >= Math.max(0, before - 10); v--) {
      if (!STRICT_SPEECH_VERBS.has(t[v]!.lower)) continue;
      if (t.slice(v, before).some((x) => /[,;:]/.test(x.post)) && t[v]!.lower !== 'told') return undefined;
      return speakerBefore(s, clauseStart(t, v), v, sentences, entities, subjects);
    }
  }
  // Inside a clause: Carla Whitfield called the vote "a turning point".
  return clauseSpeaker(s, span, entities);
}

/** Whether tokens a..b-1 have no sentence-breaking punctuation. */
function noBreak(t: readonly Token[], a: number, b: number): boolean {
  return t.slice(a, b).every((x) => !/[;:.!?"]/.test(x.post));
}

/** Role words, determiners and capitalised words only: "county engineer", "Chinese Foreign Ministry spokesman". */
function descriptorsOnly(t: readonly Token[], a: number, b: number): boolean {
  return t.slice(a, b).every((x) => !x.tags.has('Verb') && !/[;:.!?,]/.test(x.post) && (ROLE_NOUNS.has(x.lower) || x.tags.has('Determiner') || x.tags.has('Adjective') || /^\p{Lu}/u.test(x.text) || x.tags.has('Noun')));
}

function clauseStart(t: readonly Token[], v: number): number {
  let i = v - 1;
  let commas = 0;
  while (i >= 0) {
    if (/[;:.!?]/.test(t[i]!.post) && i < v - 1) break;
    if (/,/.test(t[i]!.post)) commas++;
    if (commas > 2) break;
    i--;
  }
  return i + 1;
}

/** The speaker in tokens a..v-1, right before the speech verb at v. */
function speakerBefore(
  s: Sentence,
  a: number,
  v: number,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  subjects: Map<number, Found>,
): Found | undefined {
  const t = s.tokens;
  const just = t[v - 1];
  if (just === undefined || v - 1 < a) return undefined;
  if (PERSONAL_PRONOUNS.has(just.lower) && v - 1 === a) return resolvePronoun(s, just.lower, sentences, entities, subjects);
  if (just.lower !== 'the' && ROLE_NOUNS.has(just.lower) && t[v - 2]?.lower === 'the' && v - 2 === a) {
    return resolveRole(s, just.lower, sentences, entities);
  }
  // The name right before the verb, or before an appositive: "Dana Kowalski, an analyst at X, said".
  let m = mentionEndingAt(s, v - 1);
  if ((m === undefined || !isPerson(entities, m)) && /,/.test(just.post)) {
    m = undefined;
    const candidates = s.mentions.filter((x) => x.titleFirst >= a && x.last < v - 1 && /,/.test(t[x.last]!.post));
    const first = candidates[0];
    if (first !== undefined && isPerson(entities, first) && !s.mentions.some((x) => x !== first && x.start > first.end && x.last < v && isPerson(entities, x))) m = first;
  }
  if (m === undefined || !isPerson(entities, m) || m.titleFirst < a) return undefined;
  if (!descriptorsOnly(t, a, m.titleFirst)) return undefined;
  return { speaker: m.entity, evidence: [s.index] };
}

/** A partial quote inside a clause whose subject is a person: that person said it. */
function clauseSpeaker(s: Sentence, span: Span, entities: readonly Entity[]): Found | undefined {
  const t = s.tokens;
  const quoteFirst = tokenAt(t, span.start);
  const people = s.mentions.filter((m) => isPerson(entities, m) && m.end <= span.start);
  if (people.length === 0) return undefined;
  const subject = people[0]!;
  if (people.some((m) => m.entity !== subject.entity)) return undefined;
  if (!isSubject(t, subject)) return undefined;
  // Nothing but the subject's clause before it: no earlier comma-separated clause with another actor.
  if (t.slice(0, subject.titleFirst).some((x) => x.tags.has('Verb'))) return undefined;
  // "X said they had called it '…'": the words may be someone else's.
  if (t.slice(subject.last + 1, quoteFirst).some((x, i, all) => /^(?:they|we)$/.test(x.lower) && all[i + 1]?.tags.has('Verb'))) return undefined;
  return { speaker: subject.entity, evidence: [s.index] };
}

/** The index of the verb a mention is the subject of (directly after it, or after an appositive), or -1. */
export function verbAfter(t: readonly Token[], m: Mention): number {
  let i = m.last + 1;
  if (finiteVerb(t[i]) && (/,/.test(t[m.last]!.post) ? /,/.test(t[m.titleFirst - 1]?.post ?? '') : true)) return i;
  // "Helen Marsh of the University of Bristol, said", "Dana Kowalski, an analyst at X, said"
  const tail = /^(?:of|at|from|for)$/.test(t[i]?.lower ?? '');
  if (/,/.test(t[m.last]!.post) || tail) {
    const limit = Math.min(t.length, i + 20);
    while (i < limit && !/,/.test(t[i]!.post)) i++;
    if (i >= limit) return -1;
    i++;
  }
  return finiteVerb(t[i]) ? i : -1;
}

function finiteVerb(verb: Token | undefined): boolean {
  return verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Participle') && !/^(?:who|which|that)$/.test(verb.lower);
}

export function isSubject(t: readonly Token[], m: Mention): boolean {
  return verbAfter(t, m) >= 0;
}

function isPerson(entities: readonly Entity[], m: Mention): boolean {
  return entities[m.entity]?.kind === 'person' && !m.possessive;
}

/** The one person a "he"/"she" can point to: the subject or speaker of the sentence before. */
function resolvePronoun(
  s: Sentence,
  pronoun: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  subjects: Map<number, Found>,
): Found | undefined {
  const inSentence = s.mentions.filter((m) => isPerson(entities, m));
  if (inSentence.length > 0) return undefined;
  if (s.index === 0 || (s.firstInBlock && s.afterHeading)) return undefined;
  const found = subjects.get(s.index - 1);
  if (found === undefined) return undefined;
  const gender = entities[found.speaker]!.gender;
  if ((pronoun === 'he' && gender === 'female') || (pronoun === 'she' && gender === 'male')) return undefined;
  return { speaker: found.speaker, evidence: [...found.evidence.filter((i) => i !== s.index), s.index], pronoun };
}

/** "the minister" → the one person in this or the previous two sentences with that role. */
function resolveRole(s: Sentence, role: string, sentences: readonly Sentence[], entities: readonly Entity[]): Found | undefined {
  const from = Math.max(0, s.index - 2);
  const matches = new Map<number, number>();
  for (let i = s.index; i >= from; i--) {
    for (const m of sentences[i]!.mentions) {
      if (isPerson(entities, m) && m.role.split(' ').includes(role) && !matches.has(m.entity)) matches.set(m.entity, i);
    }
  }
  if (matches.size !== 1) return undefined;
  const [speaker, at] = [...matches][0]!;
  return { speaker, evidence: at === s.index ? [s.index] : [at, s.index] };
}

/** The person a sentence is about, for a pronoun in the next one: its only subject-person. */
function sentenceSubject(
  s: Sentence,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  subjects: Map<number, Found>,
): Found | undefined {
  // The subject, or the agent of a passive ("The project was started by Rosa Delgado").
  const agent = (m: Mention) => s.tokens[m.titleFirst - 1]?.lower === 'by' && s.tokens[m.titleFirst - 2]?.tags.has('Passive') === true;
  const subjectsHere = s.mentions.filter((m) => isPerson(entities, m) && (isSubject(s.tokens, m) || agent(m)));
  const distinct = new Set(subjectsHere.map((m) => m.entity));
  if (distinct.size === 1) {
    // Anyone else acting in the main clause ("Smith fired Jones. 'I was shocked,' he said.") makes "he"
    // ambiguous; people only in a leading subordinate phrase or as possessives do not.
    const op = opener(s.tokens, s.text);
    const speaker = subjectsHere[0]!.entity;
    const rivals = s.mentions.filter((m) => isPerson(entities, m) && m.entity !== speaker && m.first >= op.after);
    if (rivals.length > 0) return undefined;
    return { speaker, evidence: [s.index] };
  }
  if (distinct.size > 1) return undefined;
  // "He added, on Monday, that …": a pronoun subject carries the previous sentence's person on.
  const first = s.tokens[0];
  if (first !== undefined && PERSONAL_PRONOUNS.has(first.lower) && s.mentions.every((m) => !isPerson(entities, m))) {
    return resolvePronoun(s, first.lower, sentences, entities, subjects);
  }
  return undefined;
}
