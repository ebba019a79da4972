/**
 * @module
 * The analysis of one article that every question template reads: its sentences (verbatim, with offsets
 * into the input), the tags of their words, and the people, places, organisations, numbers, quotes and
 * concepts found in them.
 *
 * @example
 * ```ts
 * const article = analyseArticle(text);
 * article.sentences[0].raw; // the first sentence exactly as written
 * ```
 */
import { foldText } from '../text/fold';
import { plainTypography } from '../text/typography';
import { findConcepts, type Concept } from './concepts';
import { findEntities, type Entity, type Mention } from './entities';
import { readLayout } from './layout';
import { findNumbers, type NumberMention } from './numbers';
import { nameEvidence, pronounGender } from './gender';
import { findQuotes, quoteSpans, type Quote, type SubjectPerson } from './quotes';
import { splitSentences } from './sentences';
import { tagSentence, type Token } from './tokens';

export interface Sentence {
  index: number;
  /** Paragraph number. */
  block: number;
  firstInBlock: boolean;
  /** A heading stands between this sentence and the previous one. */
  afterHeading: boolean;
  /** Offsets of `raw` in the input. */
  start: number;
  end: number;
  /** Exactly as in the input. */
  raw: string;
  /** Analysis copy: composed Unicode, straight quotes, single spaces. */
  text: string;
  tokens: Token[];
  mentions: Mention[];
  numbers: NumberMention[];
  /** The index of an earlier sentence with the same words (a repeated passage), if any. */
  repeats: number | undefined;
}

export interface Article {
  input: string;
  date: string | undefined;
  headline: string | undefined;
  headings: string[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  /** Per sentence, the person it is about as subject, when certain. */
  subjects: Map<number, SubjectPerson>;
  concepts: Concept[];
}

export function analyseArticle(input: string): Article {
  const layout = readLayout(input);
  const sentences: Sentence[] = [];
  const headings: string[] = [];
  let block = 0;
  let afterHeading = false;
  const seen = new Map<string, number>();
  for (const b of layout.blocks) {
    if (b.kind === 'heading') {
      headings.push(input.slice(b.start, b.end).replace(/\s+/g, ' ').trim());
      afterHeading = true;
      continue;
    }
    splitSentences(input, b).forEach((span, i) => {
      const raw = input.slice(span.start, span.end);
      const text = plainTypography(raw).replace(/\s+/g, ' ').trim();
      const key = foldText(text);
      const repeats = seen.get(key);
      if (repeats === undefined) seen.set(key, sentences.length);
      sentences.push({
        index: sentences.length,
        block,
        firstInBlock: i === 0,
        afterHeading: afterHeading && i === 0,
        start: span.start,
        end: span.end,
        raw,
        text,
        // A repeated sentence has the same tags: tagging is the costliest step, so it is done once.
        tokens: repeats === undefined ? tagSentence(text) : sentences[repeats]!.tokens,
        mentions: [],
        numbers: [],
        repeats,
      });
    });
    afterHeading = false;
    block++;
  }
  const entities = findEntities(sentences);
  for (const e of entities) for (const m of e.mentions) sentences[m.sentence]!.mentions.push(m);
  for (const s of sentences) {
    s.mentions.sort((a, b) => a.start - b.start);
    s.numbers = findNumbers(s.text, s.tokens);
  }
  const genders = nameEvidence(sentences, entities, quoteSpans);
  genders.settle(entities);
  const { quotes, subjects } = findQuotes(sentences, entities);
  // A "he"/"she" resolved to a person is evidence of their own.
  for (const found of [...quotes, ...subjects.values()]) {
    const g = found.pronoun === undefined ? undefined : pronounGender(found.pronoun);
    if (g !== undefined && 'speaker' in found && found.speaker !== undefined) genders.vote(found.speaker, g);
  }
  genders.settle(entities);
  const concepts = findConcepts(sentences, entities);
  return { input, date: layout.date, headline: layout.headline, headings, sentences, entities, quotes, subjects, concepts };
}

/** The entity a mention refers to. */
export function entityOf(article: Article, mention: Mention): Entity {
  return article.entities[mention.entity]!;
}
