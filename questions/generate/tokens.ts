/**
 * @module
 * Part-of-speech tagging of one sentence with compromise. Only the tagger is used: compromise's own people,
 * places and sentence splitting are too unreliable on unseen text (see QUESTIONS.md), so typing and
 * splitting are done here from its tags, with offsets into the sentence.
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
  /** Lower case. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Tokens of a sentence (compromise's implied words of contractions are dropped). */
export function tagSentence(sentence: string): Token[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const tokens: Token[] = [];
  for (const part of json) {
    for (const term of part.terms) {
      if (term.text === '') continue;
      tokens.push({
        text: term.text,
        pre: term.pre,
        post: term.post,
        lower: term.text.toLowerCase(),
        tags: new Set(term.tags),
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
      });
    }
  }
  return tokens;
}

/** The infinitive of a verb form ("won" → "win"), or undefined when compromise does not know it. */
const INFINITIVES = new Map<string, string | undefined>();

export function infinitive(verb: string): string | undefined {
  if (!INFINITIVES.has(verb)) {
    const out = nlp(verb).verbs().toInfinitive().text().trim().toLowerCase();
    INFINITIVES.set(verb, out === '' ? undefined : out);
  }
  return INFINITIVES.get(verb);
}

const PAST = new Map<string, string | undefined>();

/** The simple past of a verb form ("written" → "wrote"), or undefined when compromise does not know it. */
export function pastTense(verb: string): string | undefined {
  if (!PAST.has(verb)) {
    const base = infinitive(verb) ?? verb;
    const out = nlp(base).verbs().toPastTense().text().trim().toLowerCase();
    PAST.set(verb, out === '' || /\s/.test(out) ? undefined : out);
  }
  return PAST.get(verb);
}

export const isVerb = (t: Token): boolean => t.tags.has('Verb');
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const hasTag = (t: Token | undefined, tag: string): boolean => t?.tags.has(tag) ?? false;
