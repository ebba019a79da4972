/**
 * @module
 * Questions about the subject of a sentence: "Which country congratulated the president-elect …?",
 * "Who called the vote “a turning point …”?". The subject must be a named person, place or organisation
 * directly followed by its verb; an opener that carries a fact is kept ("In contrast to …, which
 * country …"), one that only points back is dropped ("For his part, …").
 */
import type { Article, Sentence } from '../article';
import { entitySpellings } from '../aliases';
import { MIN_WRONG, OPTIONS_CONSIDERED, REPORTS_SPEECH, typedVariant, type Candidate } from '../candidate';
import { entityOptions, personOptions, type Option } from '../distractors';
import { knownPerson, type Entity, type Mention } from '../entities';
import { lookupPlace } from '../gazetteer';
import { ROLE_NOUNS, SPEECH_VERBS } from '../lexicon';
import { verbAfter } from '../quotes';
import { dominates } from './targets';
import { asQuestion, dropTrailingAttribution, opener, trimTail } from '../stem';
import { statedElsewhere } from '../../checks/also-true';

const SPORTING = /\b(?:play|plays|played|playing|beat|beats|won|win|wins|lost|lose|loses|drew|draw|draws|face|faces|faced|host|hosts|hosted|meet|meets|met|reached|reach|scored|score|lead|leads|led|trail|trails|trailed)\b/;

/** "Who", "Which country", … for an entity, or undefined when no question word fits its kind. */
export function whWord(e: Entity): string | undefined {
  if (e.kind === 'person') return 'who';
  if (e.kind === 'place' && e.subtype === 'state') {
    // Yorkshire is a county, Ontario a province: the gazetteer's group says which.
    const group = lookupPlace(e.name)?.group;
    return group === 'britain' ? 'which county' : group === 'canada' ? 'which province' : group === 'europe' ? 'which region' : 'which state';
  }
  if (e.kind === 'place') return { country: 'which country', city: 'which city', region: 'which region' }[e.subtype];
  if (e.kind === 'org') {
    if (e.subtype === 'school') return /university/i.test(e.name) ? 'which university' : 'which institution';
    return { team: 'which team', company: 'which company', party: 'which party' }[e.subtype] ?? 'which organisation';
  }
  return undefined;
}

/** The mention that is the subject of the sentence's main clause, and its verb. */
export function mainSubject(s: Sentence, article: Article): { mention: Mention; verb: number; from: number } | undefined {
  const t = s.tokens;
  const op = opener(t, s.text);
  const from = op.after;
  const first = t[from];
  if (first === undefined || (first.tags.has('Pronoun') && !first.tags.has('Possessive'))) return undefined;
  for (const m of s.mentions) {
    if (m.titleFirst < from) continue;
    const between = t.slice(from, m.titleFirst);
    if (between.length > 5) return undefined;
    // "Their teacher, Samuel Okoro, uses …": a role phrase set off by a comma before the name.
    const appositive = between.length > 0 && /,/.test(between[between.length - 1]!.post);
    const descriptive = between.every((x, i) => !x.tags.has('Verb') && (!/[,;:]/.test(x.post) || (appositive && i === between.length - 1)) && (x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Possessive') || ROLE_NOUNS.has(x.lower) || /^\p{Lu}/u.test(x.text) || x.tags.has('Noun')));
    if (!descriptive) return undefined;
    if (appositive && !/,/.test(t[m.last]!.post)) return undefined;
    if (m.possessive || m.demonym) continue;
    const verb = verbAfter(t, m);
    if (verb < 0) return undefined;
    const e = article.entities[m.entity]!;
    if (e.kind === 'thing') return undefined;
    return { mention: m, verb, from };
  }
  return undefined;
}

/** "She persuaded the city …" after a sentence naming Rosa Delgado: the person and the verb. */
function pronounSubject(s: Sentence, article: Article): { entity: Entity; verb: number; sentences: number[] } | undefined {
  const t = s.tokens;
  if (!/^(?:he|she)$/.test(t[0]?.lower ?? '') || !t[1]?.tags.has('Verb') || t[1].tags.has('Gerund')) return undefined;
  const subject = article.subjects.get(s.index);
  if (subject === undefined || subject.evidence.length !== 2 || subject.evidence[1] !== s.index) return undefined;
  return { entity: article.entities[subject.speaker]!, verb: 1, sentences: subject.evidence };
}

export function whSubject(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    if (s.tokens.length < 6) continue;
    const resolved = pronounSubject(s, article);
    const found = resolved === undefined ? mainSubject(s, article) : { mention: undefined, verb: resolved.verb, from: 0 };
    if (found === undefined) continue;
    const e = resolved?.entity ?? article.entities[found.mention!.entity]!;
    if (e.kind === 'person' && !knownPerson(e, article)) continue;
    // "Leicester will play Arsenal": a town that plays, beats or hosts is its team, not a city.
    if (e.kind === 'place' && SPORTING.test(s.tokens.slice(found.verb, found.verb + 2).map((t) => t.lower).join(' '))) continue;
    const wh = whWord(e);
    if (wh === undefined || dominates(article, e)) continue;
    const op = opener(s.tokens, s.text);
    const intro = resolved === undefined && op.after > 0 && op.keepable ? s.text.slice(0, s.tokens[op.after]!.start) : '';
    const predicate = s.text.slice(s.tokens[found.verb]!.start, clauseEnd(s, found.verb));
    // "Who welcomed the plan?": a predicate of three words fits anyone on the plan's side.
    if (predicate.split(/\s+/).length < 4 && !/\d|"/.test(predicate)) continue;
    const head = intro === '' ? wh[0]!.toUpperCase() + wh.slice(1) : `${intro}${wh}`;
    // "Who said X, but others said Y?" asks two things: the clause after "but" goes, whatever the length.
    const prompt = asQuestion(dropTrailingAttribution(trimTail(`${head} ${predicate}`.replace(/,(["']?)\s+but\s.*$/, '$1.'), head.length + 12)));
    const candidates: Option[] = e.kind === 'person' ? personOptions(article, e, prompt, false) : entityOptions(article, e, prompt);
    const options = candidates.slice(0, OPTIONS_CONSIDERED).filter((o) => !statedElsewhere(article, `${intro}${o.text} ${predicate}`, o.text));
    const quoted = /"/.test(predicate);
    const candidate: Candidate = {
      template: 'wh-subject',
      type: 'multiple_choice',
      sentences: resolved?.sentences ?? [s.index],
      prompt,
      answer: e.name,
      options,
      accepted: [],
      focus: `e${e.id}`,
      quality: e.kind === 'person' ? (quoted ? 0.9 : 0.85) : 0.75,
      // "Who visited the area and said …?": a second verb of speech makes it a question about what was said too.
      aboutSpeech: e.kind === 'person' && (quoted || SPEECH_VERBS.has(s.tokens[found.verb]!.lower) || SPEECH_VERBS.has(s.tokens[found.verb + 1]?.lower ?? '') || REPORTS_SPEECH.test(predicate)),
    };
    if (options.length >= MIN_WRONG) out.push(candidate);
    const typed = typedVariant(candidate, entitySpellings(e));
    if (typed !== undefined) out.push(typed);
  }
  return out;
}


/**
 * Where the clause of the verb at `verb` ends: before ", and Oduya made a save …", a second clause with a
 * subject of its own, which the question's "who" would otherwise seem to govern. The sentence's end otherwise.
 */
function clauseEnd(s: Sentence, verb: number): number {
  const t = s.tokens;
  for (let k = verb + 1; k < t.length - 2; k++) {
    if (t[k]!.lower !== 'and' || !/,\s*$/.test(t[k - 1]!.post)) continue;
    // A subject of up to four words ("goalkeeper Sam Oduya", "the council", "she"), then its verb.
    let j = k + 1;
    while (j < t.length && j - k <= 4 && !/[,;:.!?]/.test(t[j - 1]!.post.replace(/^\s+$/, '')) && (t[j]!.tags.has('Noun') || t[j]!.tags.has('Determiner') || t[j]!.tags.has('Adjective')) && !t[j]!.tags.has('Verb')) j++;
    const subject = t.slice(k + 1, j);
    // "…, and the Mariners then survived …": an adverb may stand between a subject and its verb.
    while (t[j] !== undefined && t[j]!.tags.has('Adverb') && !t[j]!.tags.has('Verb') && j - k <= 5) j++;
    const verb = t[j];
    if (subject.some((x) => x.tags.has('Noun')) && verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !/ing$/.test(verb.lower)) return t[k - 1]!.end;
  }
  return s.text.length;
}
