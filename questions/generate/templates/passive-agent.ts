/**
 * @module
 * "Who started the project?" from "The project was started by Rosa Delgado, …": the person who did
 * something the sentence reports in the passive voice.
 */
import type { Article } from '../article';
import { entitySpellings } from '../aliases';
import { MIN_WRONG, typedVariant, type Candidate } from '../candidate';
import { personOptions } from '../distractors';
import { knownPerson } from '../entities';
import { lowerFirstUnlessName, opener } from '../stem';
import { pastTense } from '../tokens';

export function passiveAgent(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    const t = s.tokens;
    const from = opener(t, s.text).after;
    for (let c = from + 1; c < t.length - 3; c++) {
      if (!/^(?:was|were)$/.test(t[c]!.lower)) continue;
      const verb = t[c + 1]!;
      if (!verb.tags.has('Verb') || t[c + 2]?.lower !== 'by') break;
      const agent = s.mentions.find((m) => m.titleFirst === c + 3 && knownPerson(article.entities[m.entity]!, article));
      if (agent === undefined) break;
      const subject = t.slice(from, c);
      if (subject.length === 0 || subject.length > 8 || subject[0]!.tags.has('Pronoun') || subject.some((x) => x.tags.has('Verb') || /[,;:]/.test(x.post))) break;
      const past = pastTense(verb.lower);
      if (past === undefined) break;
      const np = s.text.slice(subject[0]!.start, subject[subject.length - 1]!.end);
      const prompt = `Who ${past} ${subject[0]!.tags.has('ProperNoun') ? np : lowerFirstUnlessName(np, article.sentences)}?`;
      const e = article.entities[agent.entity]!;
      const options = personOptions(article, e, prompt, false);
      const candidate: Candidate = { template: 'wh-subject', type: 'multiple_choice', sentences: [s.index], prompt, answer: e.name, options, accepted: [], focus: `e${e.id}`, quality: 0.85 };
      if (options.length >= MIN_WRONG) out.push(candidate);
      const typed = typedVariant(candidate, entitySpellings(e));
      if (typed !== undefined) out.push(typed);
      break;
    }
  }
  return out;
}
