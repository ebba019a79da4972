/**
 * @module
 * The sample articles the Worker ships: the demo page shows the first.
 */
import venezuela from '../questions/samples/venezuela-election-2024.txt';

export interface Sample {
  slug: string;
  headline: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    slug: 'venezuela-election-2024',
    headline: 'US has “real concerns” that Venezuela’s announced election result does not reflect the will of the people',
    text: venezuela,
  },
];

export interface ArticleView {
  /** `YYYY-MM-DD` from a leading `date` line, if the text has one. */
  date: string | undefined;
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/;
// A sentence ends with its punctuation, possibly inside closing quotes or brackets; a subheading does not.
const ENDS_SENTENCE = /[.!?…]["”’)]*$/;

/** Splits a plain-text article into paragraphs and the short unpunctuated lines that are its subheadings. */
export function articleView(text: string): ArticleView {
  const date = DATE_LINE.exec(text)?.[1];
  const body = text.replace(DATE_LINE, '');
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .map((block) => ({
      kind: block.length < 100 && !ENDS_SENTENCE.test(block) ? ('heading' as const) : ('paragraph' as const),
      text: block,
    }));
  return { date, blocks };
}
