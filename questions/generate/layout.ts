/**
 * @module
 * The layout of a plain-text article: an optional `date YYYY-MM-DD` header, a headline, subheadings (short
 * lines without closing punctuation) and paragraphs, each as offsets into the original text so that
 * sentences can later be cut from it verbatim. A dateline ("CARACAS (AP) --") is left out of its paragraph.
 */

export interface Block {
  kind: 'heading' | 'paragraph';
  /** Offsets into the original text. */
  start: number;
  end: number;
}

export interface Layout {
  /** `YYYY-MM-DD` from a `date` header. */
  date: string | undefined;
  /** The first block, when it is a heading. */
  headline: string | undefined;
  blocks: Block[];
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const ENDS_SENTENCE = /[.!?…"'”’)\]:;,]$/;
const DATELINE =
  /^[A-ZÀ-Þ][A-ZÀ-Þ'.-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \([A-Za-z ]{1,30}\))? ?(?:--|—|–|-) /;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BARE_DATE =
  /^(?:\d{4}-\d{2}-\d{2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{4}-\d{2}-\d{2}|(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:\d{1,2},? )?\d{4})$/;
const ENDS_WITH_PUNCTUATION = /[.!?…:;,]["'”’)\]]*$/;

function isHeading(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length < 120 && flat.split(' ').length <= 16 && !ENDS_WITH_PUNCTUATION.test(flat);
}

/** Splits the text into blocks at blank lines, and at single line breaks that end a sentence or a heading. */
export function readLayout(text: string): Layout {
  const header = DATE_HEADER.exec(text);
  const bodyStart = header === null ? 0 : header[0].length;
  const lines: { start: number; end: number }[] = [];
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }

  const blocks: Block[] = [];
  let current: { start: number; end: number } | undefined;
  const close = () => {
    if (current !== undefined) blocks.push(trimBlock(text, current));
    current = undefined;
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end).trim();
    if (content === '') {
      close();
      continue;
    }
    if (current === undefined) current = { ...line };
    else {
      const previous = text.slice(current.start, current.end).trim();
      const lastLine = previous.slice(previous.lastIndexOf('\n') + 1);
      if (ENDS_SENTENCE.test(lastLine) || isHeading(lastLine) || isHeading(content)) {
        close();
        current = { ...line };
      } else current.end = line.end;
    }
  }
  close();

  const typed = blocks.filter((b) => b.end > b.start).map((b): Block => {
    const content = text.slice(b.start, b.end);
    if (isHeading(content)) return { ...b, kind: 'heading' };
    const dateline = DATELINE.exec(content);
    return dateline === null ? b : { ...b, start: b.start + dateline[0].length };
  });
  // A page's text may open with its date on a line of its own ("2024-07-29", "July 29, 2024"): a heading
  // that is no headline.
  const flat = (b: Block) => text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
  const dated = typed[0] !== undefined && BARE_DATE.test(flat(typed[0]));
  if (dated) typed[0] = { ...typed[0]!, kind: 'heading' };
  const first = typed[dated ? 1 : 0];
  // A headline may run longer than a subheading: the first block, unpunctuated, up to 30 words.
  if (first !== undefined && first.kind === 'paragraph' && typed.length > (dated ? 2 : 1)) {
    const line = flat(first);
    if (line.length <= 220 && line.split(' ').length <= 30 && !ENDS_WITH_PUNCTUATION.test(line) && !/\n/.test(text.slice(first.start, first.end).trim())) {
      typed[dated ? 1 : 0] = { ...first, kind: 'heading' };
    }
  }
  const opening = typed[dated ? 1 : 0];
  const headline = opening?.kind === 'heading' ? flat(opening) : undefined;
  return { date: header?.[1] ?? (dated ? ISO_DATE.exec(flat(typed[0]!))?.[0] : undefined), headline, blocks: typed };
}

function trimBlock(text: string, span: { start: number; end: number }): Block {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { kind: 'paragraph', start, end };
}
