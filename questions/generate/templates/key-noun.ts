/**
 * @module
 * Typed cloze on a specific noun, for sentences that name nobody and give no number: "The residents'
 * association hopes to add a _____ so that the garden can be used through the winter." A `fill_blank` needs
 * no wrong options, so no distractor of an unknown kind is ever invented.
 */
import type { Article, Sentence } from '../article';
import { conceptSpellings } from '../aliases';
import { singular } from '../concepts';
import { CLOZE_LEAD, type Candidate } from '../candidate';
import { inStem } from '../distractors';
import { BLANK, namingRewrite, opensUnresolved, stemText, trimTail, wordCount } from '../stem';
import type { Token } from '../tokens';

const GENERIC = new Set(
  `people person persons thing things time times year years week weeks month months day days hour hours minute
  minutes part parts ways number numbers group groups area areas place places point points kind kinds type types
  side sides world work home life lives case cases fact facts hand hands rest state states level levels order help
  use uses front back top bottom half lot lots amount amounts deal members member others other percent story
  stories question questions answer answers result results reason reasons problem problems matter matters issue
  issues idea ideas news report reports statement statements officials official morning evening night afternoon
  spring summer autumn winter today tonight yesterday tomorrow duration period course length start beginning
  middle total series range variety majority share role site sites space basis line lines form forms process
  processes condition conditions source sources children child adults adult there here system systems way house
  houses home homes
  method methods structure structures thing factor factors step steps object objects record records item items
  money cash funds
  government governments community communities authorities country countries nation nations public matter
  situation statement region city town`.split(/\s+/),
);

const isPlainNoun = (t: Token): boolean =>
  t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && !t.tags.has('Value') && !t.tags.has('Date') && !t.tags.has('Possessive') && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);

/** The most specific noun (or two-noun compound) of a sentence that is not a name, number or list item. */
function keyNoun(article: Article, s: Sentence): { start: number; end: number; text: string } | undefined {
  const t = s.tokens;
  const taken = [...s.mentions.map((m) => [m.start, m.end]), ...s.numbers.map((n) => [n.start, n.end])];
  let best: { start: number; end: number; text: string; score: number } | undefined;
  const verbAt = t.findIndex((x) => x.tags.has('Verb'));
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    if (!isPlainNoun(x) || GENERIC.has(singular(x.lower)) || GENERIC.has(x.lower) || x.text.length < 5 || /ing$/.test(x.lower)) continue;
    // "stained-glass skylight": half of a hyphenated word is no word; "deep underground": an adverb.
    if (s.text[x.start - 1] === '-' || /^-/.test(x.post) || x.tags.has('Adverb') || /^(?:underground|overseas|abroad|downstairs|upstairs|outdoors|indoors|home|online|offshore)$/.test(x.lower)) continue;
    // The article's topic word ("garden" in a story about a garden) is no test of reading.
    if (countIn(article, x.lower) > 3) continue;
    // "Ice sheets are …": the second half of a compound, even after a sentence's capital.
    const previous = t[i - 1];
    if (previous !== undefined && previous.post === ' ' && (isPlainNoun(previous) || (i === 1 && previous.tags.has('Noun') && !previous.tags.has('ProperNoun') && !previous.tags.has('Pronoun')))) continue;
    // "some surge forward by …": a direction after it shows the "noun" to be a verb.
    if (/^(?:forward|forwards|back|up|down|out|away|off|ahead|along|over)$/.test(t[i + 1]?.lower ?? '')) continue;
    // "structures that absorb", "a record 7.7 million": a verb read as a noun, a noun used as a modifier.
    if (/^(?:that|which|who)$/.test(t[i - 1]?.lower ?? '') || t[i + 1]?.tags.has('Value') === true) continue;
    // "due to finish": a word after an infinitive's "to" is a verb.
    if (t[i - 1]?.lower === 'to' && !x.tags.has('Plural')) continue;
    let last = i;
    const next = t[i + 1];
    // "30 ships waiting at anchor": a participle after the noun is no part of it.
    if (next !== undefined && isPlainNoun(next) && !next.tags.has('Verb') && !/(?:ing|ed)$/.test(next.lower) && !/^(?:less|more|fewer|than)$/.test(next.lower) && x.post === ' ' && t[i + 2]?.lower !== 'to') last = i + 1;
    if (next !== undefined && next.post === ' ' && last === i && next.lower !== 'to' && next.tags.has('Noun') && /s$/.test(next.lower) && t[i + 2]?.lower === 'to') continue;
    // "lithium iron | phosphate cells": a compound that goes on is no answer on its own.
    const beyond = t[last + 1];
    if (beyond !== undefined && t[last]!.post === ' ' && isPlainNoun(beyond) && !beyond.tags.has('Verb')) continue;
    const start = x.start;
    const end = t[last]!.end;
    if (taken.some(([a, b]) => start < b! && a! < end)) continue;
    // A list item ("tomatoes, beans, squash and herbs") has many right answers.
    const before = t[i - 1];
    const after = t[last + 1];
    if (/,/.test(before?.post ?? '') || /,/.test(t[last]!.post) && after !== undefined && isPlainNoun(after) || /^(?:and|or)$/.test(before?.lower ?? '') || /^(?:and|or)$/.test(after?.lower ?? '')) continue;
    const text = s.text.slice(start, end);
    const score = text.length + (i > verbAt && verbAt >= 0 ? 3 : -3) - 2 * (countIn(article, x.lower) - 1);
    if (best === undefined || score > best.score) best = { start, end, text, score };
  }
  return best;
}

const COUNTS = new WeakMap<Article, Map<string, number>>();

/** In how many sentences a word occurs, counted once per article. */
function countIn(article: Article, word: string): number {
  let counts = COUNTS.get(article);
  if (counts === undefined) {
    counts = new Map();
    for (const s of article.sentences) for (const w of new Set(s.tokens.map((t) => t.lower))) counts.set(w, (counts.get(w) ?? 0) + 1);
    COUNTS.set(article, counts);
  }
  return counts.get(word) ?? 0;
}

export function keyNouns(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    const rewrites = namingRewrite(article, s);
    if (opensUnresolved(s.text, rewrites) || wordCount(s.text) < 7 || /"/.test(s.text)) continue;
    const noun = keyNoun(article, s);
    if (noun === undefined) continue;
    const edited = stemText(s.text, 0, rewrites);
    const start = edited.at(noun.start);
    const last = edited.at(noun.end - 1);
    if (start === undefined || last === undefined) continue;
    const stem = trimTail(`${edited.text.slice(0, start)}${BLANK}${edited.text.slice(last + 1)}`, start + BLANK.length, 30);
    // "textile artist": a reader who types "artist" has read the sentence.
    const head = noun.text.split(' ');
    const spellings = [...conceptSpellings(noun.text), ...(head.length === 2 && head[1]!.length >= 5 ? conceptSpellings(head[1]!).concat(head[1]!) : [])];
    if (!stem.includes(BLANK) || inStem(stem.replace(BLANK, ' '), [noun.text, ...spellings])) continue;
    if (article.headline !== undefined && inStem(article.headline, [noun.text, ...spellings])) continue;
    out.push({
      template: 'cloze',
      type: 'fill_blank',
      sentences: [s.index],
      prompt: `${CLOZE_LEAD}${stem}`,
      answer: noun.text,
      options: [],
      accepted: spellings,
      focus: `k:${noun.text.toLowerCase()}`,
      quality: 0.5,
    });
  }
  return out;
}
