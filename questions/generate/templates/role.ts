/**
 * @module
 * "Who is the Peruvian Foreign Minister?" for a person introduced with a title of two or more words that no
 * other person in the article shares.
 */
import type { Article } from '../article';
import { MIN_WRONG, type Candidate } from '../candidate';
import { personOptions } from '../distractors';
import { knownPerson } from '../entities';
import { HONORIFICS, ROLE_NOUNS } from '../lexicon';
import { countryOfDemonym } from '../gazetteer';
import { statedElsewhere } from '../../checks/also-true';

/** Words that qualify a role: "opposition leader", "deputy mayor", "former coach". */
const ROLE_QUALIFIERS = /^(?:opposition|deputy|former|chief|head|assistant|vice|acting|interim|senior|junior|lead|general|party|team|club|city|state|national|regional)$/;

export function roleQuestions(article: Article): Candidate[] {
  const out: Candidate[] = [];
  const roleOwners = new Map<string, Set<number>>();
  for (const e of article.entities) {
    for (const m of e.mentions) if (m.role !== '') {
      const key = m.role.split(' ').filter((w) => !HONORIFICS.has(w)).join(' ');
      if (!roleOwners.has(key)) roleOwners.set(key, new Set());
      roleOwners.get(key)!.add(e.id);
    }
  }
  for (const e of article.entities) {
    if (!knownPerson(e, article)) continue;
    for (const m of e.mentions) {
      const words = m.role.split(' ').filter((w) => w !== '' && !HONORIFICS.has(w));
      if (words.length < 2 || roleOwners.get(words.join(' '))!.size !== 1) continue;
      const s = article.sentences[m.sentence]!;
      // "opposition leader Maria Corina Machado": a role in lower case, read before the name but not marked as
      // its title, is asked as written.
      const before = s.text.slice(0, m.start).trimEnd();
      // Only role words may make such a title: "firing low past goalkeeper Sam Oduya" has no "low past goalkeeper".
      const lowerRole = m.role.split(' ').every((w) => ROLE_NOUNS.has(w) || ROLE_QUALIFIERS.test(w) || countryOfDemonym(w) !== undefined);
      const title = m.titleFirst < m.first ? s.text.slice(s.tokens[m.titleFirst]!.start, s.tokens[m.first - 1]!.end) : lowerRole && before.toLowerCase().endsWith(m.role) ? before.slice(before.length - m.role.length) : undefined;
      if (title === undefined || title.trim() === '') continue;
      const prompt = `Who is the ${title}?`;
      // The check reads the question as "X is the …": no option the article names beside that title.
      const options = personOptions(article, e, prompt, false).filter((o) => !statedElsewhere(article, `${o.text} is the ${title}.`, o.text));
      if (options.length < MIN_WRONG) continue;
      out.push({
        template: 'role',
        type: 'multiple_choice',
        sentences: [s.index],
        prompt,
        answer: e.name,
        options,
        accepted: [],
        focus: `e${e.id}`,
        quality: 0.55,
      });
      break;
    }
  }
  return out;
}
