/**
 * @module
 * Whether a person is a man or a woman, as far as the article shows it: a first name the tagger knows as
 * male or female, a gendered title or role ("Mrs", "spokeswoman"), a "he"/"she" that the quote analysis
 * resolved to the person, and a sentence naming only that person and going on with "he"/"his" or
 * "she"/"her". Evidence that disagrees leaves the gender unknown. Questions use it so that a stem saying
 * "his closing speech" never offers women as wrong options, and no swap turns "he" into a woman.
 */
import type { Entity } from './entities';
import type { Token } from './tokens';

export type Gender = 'female' | 'male';

const MALE_WORDS = new Set(
  'mr mr. sir lord king prince duke earl baron father brother son husband nephew uncle grandfather chairman spokesman congressman councilman alderman businessman sportsman tenor baritone countertenor'.split(' '),
);
const FEMALE_WORDS = new Set(
  'mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness mother sister daughter wife niece aunt grandmother chairwoman spokeswoman congresswoman councilwoman businesswoman sportswoman actress soprano mezzo-soprano contralto'.split(' '),
);

/** The gender a title or noun for a person gives ("daughter", "Mrs", "baritone"), if any. */
export function nounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return MALE_WORDS.has(w) ? 'male' : FEMALE_WORDS.has(w) ? 'female' : undefined;
}
/** Nouns that relate a pronoun to someone else: in "Tomáš Hrubý, her coach", "her" is not Hrubý. */
const RELATION_NOUNS = new Set(
  'coach manager wife husband son daughter mother father brother sister partner colleague opponent rival barrister lawyer solicitor attorney agent boss friend family teammate spokesman spokeswoman spokesperson doctor teacher'.split(' '),
);

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };

export function pronounGender(word: string): Gender | undefined {
  return PRONOUN_GENDER[word.toLowerCase()];
}

interface GenderSentence {
  text: string;
  tokens: readonly Token[];
}

/** Collects evidence per person; call `vote` for each clue, then `settle` to write the genders. */
export class GenderEvidence {
  private readonly votes = new Map<number, Set<Gender>>();

  vote(entity: number, gender: Gender): void {
    if (!this.votes.has(entity)) this.votes.set(entity, new Set());
    this.votes.get(entity)!.add(gender);
  }

  /** What the evidence so far says: one gender, or undefined when none or conflicting. */
  current(entity: number): Gender | undefined {
    const v = this.votes.get(entity);
    return v !== undefined && v.size === 1 ? [...v][0] : undefined;
  }

  settle(entities: Entity[]): void {
    for (const e of entities) if (e.kind === 'person') e.gender = this.current(e.id);
  }
}

/** Evidence from names, titles and single-person sentences. */
export function nameEvidence(sentences: readonly GenderSentence[], entities: readonly Entity[], quoteSpans: (text: string) => { start: number; end: number }[]): GenderEvidence {
  const evidence = new GenderEvidence();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      const s = sentences[m.sentence]!;
      const firstName = s.tokens[m.first]!;
      // "Ms. Olivier": a surname alone is no first name, whatever the tagger knows of it.
      const hasFirstName = m.first !== m.last;
      if (hasFirstName && firstName.tags.has('FemaleName') && !firstName.tags.has('MaleName')) evidence.vote(e.id, 'female');
      else if (hasFirstName && firstName.tags.has('MaleName') && !firstName.tags.has('FemaleName')) evidence.vote(e.id, 'male');
      for (const w of s.tokens.slice(m.titleFirst, m.first).map((t) => t.lower).concat(m.role.split(' '))) {
        if (MALE_WORDS.has(w)) evidence.vote(e.id, 'male');
        if (FEMALE_WORDS.has(w)) evidence.vote(e.id, 'female');
      }
    }
  }
  sentences.forEach((s, index) => {
    const people = new Set<number>();
    let firstAt = Infinity;
    for (const e of entities) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        if (m.sentence !== index) continue;
        people.add(e.id);
        firstAt = Math.min(firstAt, m.start);
      }
    }
    if (people.size !== 1) return;
    const quoted = quoteSpans(s.text);
    const found = new Set<Gender>();
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      const g = pronounGender(t.lower);
      if (g === undefined || quoted.some((q) => t.start >= q.start && t.start < q.end)) continue;
      if (t.start < firstAt) return;
      if (RELATION_NOUNS.has(s.tokens[i + 1]?.lower ?? '')) return;
      found.add(g);
    }
    if (found.size === 1) evidence.vote([...people][0]!, [...found][0]!);
  });
  return evidence;
}
