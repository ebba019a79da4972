/**
 * @module
 * Questions about the subject of a sentence: "Which country congratulated the president-elect …?",
 * "Who called the vote “a turning point …”?". The subject must be a named person, place or organisation
 * directly followed by its verb; an opener that carries a fact is kept ("In contrast to …, which
 * country …"), one that only points back is dropped ("For his part, …").
 */
import type { Article, Sentence } from '../article';
import { MIN_WRONG, type Candidate } from '../candidate';
import { entityOptions, personOptions, type Option } from '../distractors';
import type { Entity, Mention } from '../entities';
import { ROLE_NOUNS } from '../lexicon';
import { verbAfter } from '../quotes';
import { asQuestion, opener, trimTail } from '../stem';
import { statedElsewhere } from '../../checks/also-true';

/** "Who", "Which country", … for an entity, or undefined when no question word fits its kind. */
export function whWord(e: Entity): string | undefined {
  if (e.kind === 'person') return 'who';
  if (e.kind === 'place') return { country: 'which country', city: 'which city', state: 'which state', region: 'which region' }[e.subtype];
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
  if (first === undefined || first.tags.has('Pronoun')) return undefined;
  for (const m of s.mentions) {
    if (m.titleFirst < from) continue;
    const between = t.slice(from, m.titleFirst);
    if (between.length > 5) return undefined;
    const descriptive = between.every((x) => !x.tags.has('Verb') && !/[,;:]/.test(x.post) && (x.tags.has('Determiner') || x.tags.has('Adjective') || ROLE_NOUNS.has(x.lower) || /^\p{Lu}/u.test(x.text) || x.tags.has('Noun')));
    if (!descriptive) return undefined;
    if (m.possessive || m.demonym) continue;
    const verb = verbAfter(t, m);
    if (verb < 0) return undefined;
    const e = article.entities[m.entity]!;
    if (e.kind === 'thing') return undefined;
    return { mention: m, verb, from };
  }
  return undefined;
}

export function whSubject(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.tokens.length < 6) continue;
    const found = mainSubject(s, article);
    if (found === undefined) continue;
    const e = article.entities[found.mention.entity]!;
    const wh = whWord(e);
    if (wh === undefined) continue;
    const op = opener(s.tokens, s.text);
    const intro = op.after > 0 && op.keepable ? s.text.slice(0, s.tokens[op.after]!.start) : '';
    const predicate = s.text.slice(s.tokens[found.verb]!.start);
    const head = intro === '' ? wh[0]!.toUpperCase() + wh.slice(1) : `${intro}${wh}`;
    const prompt = asQuestion(trimTail(`${head} ${predicate}`, head.length + 12));
    const candidates: Option[] = e.kind === 'person' ? personOptions(article, e, prompt, false) : entityOptions(article, e, prompt);
    const options = candidates.filter((o) => !statedElsewhere(article, `${intro}${o.text} ${predicate}`, o.text));
    if (options.length < MIN_WRONG) continue;
    const quoted = /"/.test(predicate);
    out.push({
      template: 'wh-subject',
      type: 'multiple_choice',
      sentences: [s.index],
      prompt,
      answer: e.name,
      options,
      accepted: [],
      focus: `e${e.id}`,
      quality: e.kind === 'person' ? (quoted ? 0.9 : 0.85) : 0.75,
    });
  }
  return out;
}
