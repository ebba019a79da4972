/**
 * @module
 * Numbers in a sentence with their kind, unit and written format: "51 percent" is a percentage written with
 * the word, "$2.3 billion" money with a scale word, "300,000 affordable homes" a count of homes. Distractors
 * are rendered in the same format as the answer, so no option gives itself away by its shape.
 *
 * @example
 * ```ts
 * findNumbers('Maduro won 51 percent of the vote.', tokens)[0] // { text: '51 percent', kind: 'percent', ... }
 * renderLike(mention, 64) // '64 percent'
 * ```
 */
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS } from './lexicon';
import type { Token } from './tokens';

export type NumberKind =
  | 'percent'
  | 'money'
  | 'count'
  | 'measure'
  | 'year'
  | 'decade'
  | 'date'
  | 'month'
  | 'time'
  | 'duration'
  | 'ordinal'
  | 'score'
  | 'age'
  | 'fraction'
  | 'number';

export interface NumberFormat {
  words: boolean;
  currency: string;
  scale: string;
  decimals: number;
  commas: boolean;
  /** What follows the digits: '%', ' percent', ' per cent', ' kilometres', ... */
  suffix: string;
}

export interface NumberMention {
  /** Offsets in the sentence's analysis text. */
  start: number;
  end: number;
  /** As written, e.g. "51 percent", "$2.3 billion", "300,000". */
  text: string;
  value: number;
  kind: NumberKind;
  /** "percent", the currency symbol, the counted noun ("homes") or the measure ("kilometres"). */
  unit: string;
  format: NumberFormat;
  /** "more than", "about", ... written just before the number. */
  qualifier: string;
  /** The side a wrong value must fall on, when the sentence bounds the number (see `falseSide`). */
  bound?: 'above' | 'below';
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORD_NUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen)`;
const SCALE = String.raw`(?:hundred|thousand|million|billion|trillion|bn)`;
const MEASURE = String.raw`(?:square (?:kilometres|kilometers|miles|metres|meters)|kilometres|kilometers|km|metres|meters|miles|millimetres|millimeters|mm|centimetres|centimeters|cm|hectares|acres|tonnes|tons|kilograms|kg|degrees Celsius|degrees Fahrenheit|degrees|light-years|mph|hours|minutes|seconds|days|weeks|months|years|decades|centuries|times|volts?|amperes?|amps|ohms|watts|kilowatts|megawatts|gigawatts|kilowatt-hours|joules|newtons|coulombs?|hertz|litres|liters|millilitres|milliliters|gallons)`;
/** Units written after a hyphen, as an adjective ("a 35-kilometre time trial"). */
const HYPHEN_UNIT = String.raw`(?:kilometre|kilometer|km|metre|meter|mile|foot|inch|hour|minute|second|day|week|month|year|page|acre|hectare|tonne|ton|litre|liter|gallon|volt|ohm|watt|kilowatt|megawatt|storey|story|degree)`;
/** Unit symbols after a number ("13 A", "230 V", "5 kW"), read with their case: "3 a day" is no current. */
const SYMBOL = String.raw`(?:kWh|kW|MW|GW|mA|A|V|W|Hz|kHz|MHz|GHz|Ω|km|m)`;
const MONTH = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const QUALIFIER = String.raw`(?:(no more than|not more than|no fewer than|no less than|more than|fewer than|less than|at least|up to|about|around|roughly|nearly|almost|some|over|under|just over|just under|an estimated) )?`;

/** The values a fraction's wrong options take: the other fractions a text writes in words. */
export const FRACTION_VALUES: readonly number[] = [0.1, 0.2, 0.25, 1 / 3, 2 / 3, 0.75];

/** Fractions a text writes in words, with their values. */
const FRACTIONS: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/^(?:a|one) tenth$/i, 0.1, 'a tenth'],
  [/^(?:a|one) fifth$/i, 0.2, 'a fifth'],
  [/^(?:a|one) quarter$/i, 0.25, 'a quarter'],
  [/^(?:a|one) third$/i, 1 / 3, 'a third'],
  [/^(?:a|one) half$|^half$/i, 0.5, 'half'],
  [/^two[- ]thirds$/i, 2 / 3, 'two thirds'],
  [/^three[- ]quarters$/i, 0.75, 'three quarters'],
];
const FRACTION = String.raw`(?:(?:a|one) (?:tenth|fifth|quarter|third)|two[- ]thirds|three[- ]quarters|half)`;

interface Pattern {
  kind: NumberKind;
  re: RegExp;
}

// Order matters: the first pattern to match at a position wins.
const PATTERNS: Pattern[] = [
  // "about a fifth less morphine", "two thirds of the seats": a share written as a fraction ("a third term" is
  // an ordinal, and no fraction).
  { kind: 'fraction', re: new RegExp(String.raw`(?:two[- ]thirds|three[- ]quarters|(?:(?:a|one) (?:tenth|fifth|quarter|third)|(?<!(?:first|second|other|the|and|and a) )half)(?=\s+(?:of|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|faster|slower|as|and a|or a|to a)\b|\s*[,.;:)]|\s*$))`, 'yi') },
  // "2 hours 14 minutes and 58 seconds", "1 minute 12 seconds": one length of time, not two or three figures.
  { kind: 'duration', re: new RegExp(String.raw`\d+ hours?,? \d+ minutes?(?:,? and \d+(?:\.\d+)? seconds?|,? \d+(?:\.\d+)? seconds?)?`, 'y') },
  { kind: 'duration', re: new RegExp(String.raw`\d+ minutes?,? (?:and )?\d+(?:\.\d+)? seconds?`, 'y') },
  // "2:07.02", "1:57.31": a race time in minutes, seconds and hundredths, never a time of day.
  { kind: 'duration', re: /\d{1,2}:\d{2}\.\d{1,2}(?!\d)/y },
  { kind: 'time', re: /\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/y },
  { kind: 'time', re: /\d{1,2}\s?[ap]\.?m\.?(?![a-z])/y },
  { kind: 'money', re: new RegExp(String.raw`[$£€¥]${NUM}(?:\s?${SCALE}\b|m\b)?`, 'y') },
  { kind: 'money', re: new RegExp(String.raw`${NUM}(?:\s${SCALE})?\s(?:dollars|pounds|euros|yen|pesos|reais|rupees)\b`, 'y') },
  // "offers of 265p and 290p", "12.4p a share": pence.
  { kind: 'money', re: /\d+(?:\.\d+)?p\b/y },
  { kind: 'percent', re: new RegExp(String.raw`(?:${NUM}|${WORD_NUM})(?:\s?%|\spercent\b|\sper cent\b)`, 'yi') },
  { kind: 'age', re: /\d{1,3}-year-old\b/y },
  { kind: 'score', re: /\d{1,2}-\d{1,2}\b(?!-)/y },
  { kind: 'score', re: /\d{1,3} votes? to \d{1,3}\b/y },
  { kind: 'score', re: /\d{1,3} to \d{1,3}\b/y },
  { kind: 'decade', re: /1\d{2}0s\b|20\d0s\b/y },
  { kind: 'year', re: /\d{1,4} (?:BC|BCE|AD|CE)\b/y },
  { kind: 'date', re: new RegExp(String.raw`(?:${MONTH}) \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?\b|\d{1,2} (?:${MONTH})(?: \d{4})?\b|(?:${MONTH}) \d{4}\b`, 'y') },
  { kind: 'month', re: new RegExp(String.raw`(?:${MONTH})\b`, 'y') },
  { kind: 'ordinal', re: /\d+(?:st|nd|rd|th)\b/y },
  { kind: 'measure', re: new RegExp(String.raw`(?:${NUM}|${WORD_NUM})(?:\s${SCALE})?\s?${MEASURE}\b`, 'yi') },
  { kind: 'measure', re: new RegExp(String.raw`${NUM}\s?${SYMBOL}(?![\p{L}\p{N}-])`, 'yu') },
  // "30C", "30 °C": a temperature written with its symbol.
  { kind: 'measure', re: new RegExp(String.raw`${NUM}(?:\s?°\s?[CF]|[CF])(?![\p{L}\p{N}-])`, 'yu') },
  // "a 187-kilometre stage", "a 212-page report": a measure written as an adjective.
  { kind: 'measure', re: new RegExp(String.raw`(?:${NUM}|${WORD_NUM})-${HYPHEN_UNIT}\b(?!-)`, 'yi') },
  { kind: 'year', re: /(?:1[5-9]\d\d|20\d\d)\b(?![,.]?\d)/y },
  { kind: 'count', re: new RegExp(String.raw`(?:${NUM}|${WORD_NUM})(?:\s${SCALE}\b)?`, 'yi') },
];

/** One part of a length of time: "6.41 seconds" of "2 minutes 6.41 seconds" (number, then unit). */
const DURATION_PART = /(\d+(?:\.\d+)?) (hour|minute|second)s?/g;
const SECONDS_IN: Record<string, number> = { hour: 3600, minute: 60, second: 1 };

/** The number word a worded figure opens with: "four" of "four hundred years", "two" of "two-year". */
const WORD_AT_START = new RegExp(String.raw`^${WORD_NUM}(?![a-z])`, 'i');

const STARTS = new RegExp(String.raw`(?<![\p{L}\p{N}$£€¥.,:-])(?=[\d$£€¥]|(?:${WORD_NUM}|${MONTH}|${FRACTION})\b)`, 'giu');

/** Every number in a sentence, left to right, without overlaps. */
export function findNumbers(text: string, tokens: readonly Token[]): NumberMention[] {
  const found: NumberMention[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(STARTS)) {
    const at = m.index;
    if (at < lastEnd) continue;
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = at;
      const match = pattern.re.exec(text);
      if (match === null) continue;
      const mention = describe(text, at, match[0], pattern.kind, tokens);
      if (mention === undefined) break;
      found.push(mention);
      lastEnd = mention.end;
      break;
    }
  }
  return found;
}

function describe(
  text: string,
  start: number,
  surface: string,
  kind: NumberKind,
  tokens: readonly Token[],
): NumberMention | undefined {
  const end = start + surface.length;
  if (/[\p{L}\p{N}]/u.test(text[end] ?? ' ') && kind !== 'count') return undefined;
  if (/^[\d.,]+$/.test(surface) && /^[-\p{L}]/u.test(text[end] ?? ' ')) return undefined; // "3D", "2291-b"
  const qualifier = new RegExp(`${QUALIFIER}$`).exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '';
  const value = parseValue(surface, kind);
  if (value === undefined) return undefined;
  let format = formatOf(surface);
  // "a third" and "two thirds" are written alike: as a fraction in words.
  if (kind === 'fraction') format = { words: true, currency: '', scale: '', decimals: 0, commas: false, suffix: '' };
  // Durations are alike when written with the same units: "1 minute 12 seconds" and "2 minutes 5 seconds";
  // a swimmer's "2 minutes 6.41 seconds" keeps its hundredths.
  if (kind === 'duration') format = { ...format, decimals: /\.(\d+) seconds?/.exec(surface)?.[1]?.length ?? 0, suffix: surface.replace(DURATION_PART, '#$2') };
  // "2:07.02" is written like "2:08.15": as a race clock with its hundredths.
  if (kind === 'duration' && /:/.test(surface)) format = { ...format, decimals: /\.(\d+)$/.exec(surface)?.[1]?.length ?? 0, suffix: CLOCK };
  // "14 April" is written like "21 March": dates compare by their shape, not their month.
  if (kind === 'date' || kind === 'month') format = { ...format, suffix: dateShape(surface) };
  let unit = '';
  let mentionKind = kind;
  if (kind === 'percent') unit = 'percent';
  else if (kind === 'money') unit = /[$£€¥]/.exec(surface)?.[0] ?? (/\dp$/.test(surface) ? 'p' : surface.split(' ').pop()!);
  else if (kind === 'measure') unit = normaliseUnit(format.suffix.trim());
  else if (kind === 'score') {
    // "voted 7-4", "by a vote of 61 to 37": a vote's tally, whose wrong values keep the same number of voters.
    // "by 318 votes to 291" names its voters.
    const vote = / votes? to /.test(surface) || /\b(?:voted|voting|vote of|votes of)\s*$/i.test(text.slice(Math.max(0, start - 12), start)) || /^\s+(?:vote|votes|majority)\b/i.test(text.slice(end, end + 12));
    unit = vote ? 'vote' : surface.includes(' to ') ? 'tally' : 'score';
    format = { ...format, suffix: / votes? to /.exec(surface)?.[0] ?? (surface.includes(' to ') ? ' to ' : '-') };
  }
  else if (kind === 'count') {
    if (/^(?:one)$/i.test(surface)) return undefined;
    unit = countedNoun(tokens, end) ?? '';
    // "In 1241 Mongol armies defeated …": a year before 1500 opening a sentence, whatever follows it, counts
    // nothing (it is read as a year below).
    if (/^1[0-4]\d\d$/.test(surface) && start <= 6 && /^(?:In|By|From|After|Before|Until|Since) $/.test(text.slice(0, start)) && /^\s+(?:\p{Lu}|the\b|a\b|an\b)/u.test(text.slice(end))) unit = '';
    if (unit === '') {
      if (format.words) return undefined;
      mentionKind = 'number';
      // "the Treaty of Stralsund in 1370", "the Statute of Labourers of 1351": a year before 1500 after a
      // preposition of time.
      if (/^1[0-4]\d\d$/.test(surface) && /\b(?:in|of|since|by|until|till|from|before|after|around|circa|c\.)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) mentionKind = 'year';
    }
  } else if (kind === 'month') {
    // A bare month is a date only after a preposition ("in March"), not in "May we..." or "March on".
    if (!/\b(?:in|since|until|by|from|last|next|early|late|mid|during) $/i.test(text.slice(Math.max(0, start - 8), start))) {
      return undefined;
    }
  }
  const bound = falseSide(text.slice(0, start), text.slice(end));
  return { start, end, text: surface, value, kind: mentionKind, unit, format, qualifier, ...(bound === undefined ? {} : { bound }) };
}

/** The noun a count counts: "300,000 affordable homes" → "homes". */
function countedNoun(tokens: readonly Token[], end: number): string | undefined {
  const next = tokens.findIndex((t) => t.start >= end);
  if (next < 0) return undefined;
  const previous = tokens[next - 1];
  if (previous !== undefined && /[,.;:!?)]/.test(previous.post)) return undefined;
  for (let i = next; i < Math.min(tokens.length, next + 3); i++) {
    const t = tokens[i]!;
    const proper = /^\p{Lu}/u.test(t.text) && !t.tags.has('Plural');
    // "four more cases": after "more" a plural word is the noun, whatever the tagger thought of it.
    const afterMore = i > next && /^(?:more|fewer|other|additional|extra|further)$/.test(tokens[i - 1]!.lower) && /^\p{Ll}+s$/u.test(t.text);
    if (afterMore || (t.tags.has('Noun') && !proper && !t.tags.has('Pronoun') && !t.tags.has('Value') && !t.tags.has('Date'))) {
      if (t.tags.has('Possessive')) return undefined;
      return t.lower;
    }
    // "four more cases", "3,000 other workers": the words between a count and its noun.
    const between = t.tags.has('Adjective') || proper || /^(?:more|fewer|less|other|additional|extra|further)$/.test(t.lower);
    if (!between || /[,.;:!?]/.test(t.post)) return undefined;
  }
  return undefined;
}

function normaliseUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/meters/, 'metres')
    .replace(/kilometers/, 'kilometres')
    .replace(/millimeters/, 'millimetres')
    .replace(/centimeters/, 'centimetres');
}

const SCALES: Record<string, number> = { m: 1e6, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

function parseValue(surface: string, kind: NumberKind): number | undefined {
  if (kind === 'fraction') return FRACTIONS.find(([re]) => re.test(surface))?.[1];
  if (kind === 'date' || kind === 'month') {
    const month = MONTHS.findIndex((m) => surface.toLowerCase().includes(m));
    const year = /\d{4}/.exec(surface)?.[0];
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(surface)?.[1];
    return (year === undefined ? 0 : Number(year) * 10_000) + (month + 1) * 100 + (day === undefined ? 0 : Number(day));
  }
  const clock = /^(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(surface);
  if (kind === 'duration' && clock !== null) return Number(clock[1]) * 60 + Number(clock[2]);
  if (kind === 'duration') return [...surface.matchAll(DURATION_PART)].reduce((acc, m) => acc + Number(m[1]) * SECONDS_IN[m[2]!]!, 0);
  if (kind === 'time') {
    const parts = surface.match(/\d+/g)!.map(Number);
    return parts.reduce((acc, n) => acc * 60 + n, 0);
  }
  if (kind === 'score') return Number(/\d+/.exec(surface)![0]);
  const digits = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(surface)?.[0];
  let value: number | undefined;
  if (digits !== undefined) value = Number(digits.replace(/,/g, ''));
  else {
    const word = /^[a-z-]+/i.exec(surface)?.[0]?.toLowerCase() ?? '';
    const [tens, ones] = word.split('-');
    const t = NUMBER_WORDS.get(tens ?? '');
    if (t !== undefined) value = t + (ones === undefined ? 0 : NUMBER_WORDS.get(ones) ?? 0);
    else value = ORDINAL_WORDS.get(word);
  }
  if (value === undefined) return undefined;
  const scale = scaleOf(surface).trim();
  return scale === '' ? value : value * (SCALES[scale] ?? 1);
}

/**
 * The scale word after a figure's number, with its space: " billion" of "2.3 billion", " hundred" of "four
 * hundred years", "bn" of "£2.3bn", "m" of "£5m" (a million, as British papers write it); '' when there is
 * none ("hundred years" is the number itself).
 */
function scaleOf(surface: string): string {
  return SCALE_AFTER_NUMBER.exec(surface)?.[0] ?? (/^[$£€¥][\d.,]+m$/.test(surface) ? 'm' : '');
}

const SCALE_AFTER_NUMBER = new RegExp(String.raw`(?<=[\d\p{L}])\s?${SCALE}\b`, 'u');

function formatOf(surface: string): NumberFormat {
  const digits = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(surface);
  const scale = scaleOf(surface);
  const currency = /[$£€¥]/.exec(surface)?.[0] ?? '';
  if (digits === null) {
    const word = WORD_AT_START.exec(surface)?.[0] ?? /^[a-z-]+/i.exec(surface)![0];
    const after = surface.slice(word.length);
    return { words: true, currency, scale, decimals: 0, commas: false, suffix: scale !== '' && after.startsWith(scale) ? after.slice(scale.length) : after };
  }
  const afterDigits = surface.slice(digits.index + digits[0].length);
  return {
    words: false,
    currency,
    scale,
    decimals: digits[0].includes('.') ? digits[0].split('.')[1]!.length : 0,
    commas: digits[0].includes(','),
    suffix: afterDigits.slice(scale.length),
  };
}

const WORD_FOR: Record<number, string> = {};
for (const [word, n] of NUMBER_WORDS) if (!(n in WORD_FOR) && word !== 'dozen') WORD_FOR[n] = word;

/** `value` written the way `like` is written; undefined when that format cannot express it. */
export function renderLike(like: NumberMention, value: number): string | undefined {
  if (like.kind === 'date' || like.kind === 'month') return renderDate(like, value);
  if (!['percent', 'money', 'count', 'measure', 'year', 'ordinal', 'number', 'age', 'decade', 'score', 'duration', 'fraction'].includes(like.kind)) {
    return undefined;
  }
  const f = like.format;
  if (like.kind === 'fraction') {
    const text = FRACTIONS.find(([, v]) => Math.abs(v - value) < 1e-9)?.[2];
    if (text === undefined) return undefined;
    const written = /-/.test(like.text) ? text.replace(' ', '-') : text;
    return /^\p{Lu}/u.test(like.text) ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  }
  if (like.kind === 'score') return renderVote(like, value);
  if (like.kind === 'duration') return renderDuration(like, value);
  // "509 BC" keeps its era.
  if (like.kind === 'year') return `${Math.round(value)}${f.suffix}`;
  if (like.kind === 'decade') return `${Math.round(value / 10) * 10}s`;
  if (like.kind === 'age') return `${Math.round(value)}-year-old`;
  if (like.kind === 'ordinal') {
    if (f.words) return undefined;
    const n = Math.round(value);
    return `${n}${ordinalSuffix(n)}`;
  }
  const scaleValue = f.scale === '' ? 1 : SCALES[f.scale.trim()] ?? 1;
  const shown = value / scaleValue;
  let body: string;
  if (f.words) {
    const n = Math.round(shown);
    if (n !== shown) return undefined;
    const tens = Math.floor(n / 10) * 10;
    const word = WORD_FOR[n] ?? (n > 20 && n < 100 && WORD_FOR[tens] && WORD_FOR[n - tens] ? `${WORD_FOR[tens]}-${WORD_FOR[n - tens]}` : undefined);
    if (word === undefined) return undefined;
    const original = WORD_AT_START.exec(like.text)?.[0] ?? /^[a-z-]+/i.exec(like.text)![0];
    // "a dozen", "a hundred" take no other number word after their article.
    if (/^(?:dozen|hundred)$/i.test(original)) return undefined;
    body = /^\p{Lu}/u.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
  } else {
    // "£2.0 million" reads oddly: a whole number of millions drops its decimals.
    const fixed = f.scale !== '' && Number.isInteger(shown) ? String(shown) : shown.toFixed(f.decimals);
    if (f.commas || shown >= 10_000 || (shown >= 1000 && (f.currency !== '' || like.kind === 'count'))) {
      const [int, frac] = fixed.split('.') as [string, string | undefined];
      body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
    } else body = fixed;
  }
  return `${f.currency}${body}${f.scale}${f.suffix}`;
}

/**
 * `seconds` written with the units of `like`: "1 minute 12 seconds" for 90 gives "1 minute 30 seconds", and
 * "2 minutes 6.41 seconds" for 127.04 "2 minutes 7.04 seconds". Undefined when its leading unit would be zero
 * or the value has more decimals than `like` shows.
 */
function renderDuration(like: NumberMention, seconds: number): string | undefined {
  const decimals = like.format.decimals;
  if (like.format.suffix === CLOCK) {
    const minutes = Math.floor(seconds / 60);
    const rest = (seconds - minutes * 60).toFixed(decimals);
    if (minutes === 0 || Number(rest) >= 60) return undefined;
    return `${minutes}:${rest.padStart(decimals === 0 ? 2 : 3 + decimals, '0')}`;
  }
  const scaled = Math.round(seconds * 10 ** decimals);
  if (Math.abs(scaled - seconds * 10 ** decimals) > 1e-6 || seconds <= 0) return undefined;
  const units = [...like.text.matchAll(DURATION_PART)].map((m) => m[2]!);
  let left = scaled;
  const parts = new Map<string, string>();
  for (const unit of units) {
    const size = SECONDS_IN[unit]! * 10 ** decimals;
    const whole = unit === 'second' ? left : Math.floor(left / size) * size;
    parts.set(unit, unit === 'second' ? (whole / 10 ** decimals).toFixed(decimals) : String(whole / size));
    left -= whole;
  }
  if (left !== 0 || Number(parts.get(units[0]!)) === 0) return undefined;
  return like.text.replace(DURATION_PART, (_, _n: string, unit: string) => `${parts.get(unit)} ${unit}${parts.get(unit) === '1' ? '' : 's'}`);
}

/** The format suffix of a race time written as a clock ("2:07.02"). */
const CLOCK = '#clock';

/** A date's written shape: "D M" for "14 April", "M D, Y" for "March 14, 2024", "M" for "March". */
function dateShape(surface: string): string {
  return surface.replace(/\d{4}/, 'Y').replace(/\d{1,2}(st|nd|rd|th)?/, (_, ordinal: string | undefined) => (ordinal === undefined ? 'D' : 'Do')).replace(new RegExp(MONTH), 'M');
}

/** The year, month (1 to 12) and day (0 when not written) of a date's value. */
export function dateParts(value: number): { year: number; month: number; day: number } {
  return { year: Math.floor(value / 10_000), month: Math.floor((value % 10_000) / 100), day: value % 100 };
}

/** `value` (see `parseValue`) written in the shape of `like`: "14 April" for 20 April gives "20 April". */
function renderDate(like: NumberMention, value: number): string | undefined {
  const { year, month, day } = dateParts(value);
  const old = dateParts(like.value);
  if (month < 1 || month > 12 || (old.day > 0) !== (day > 0) || (old.year > 0) !== (year > 0)) return undefined;
  const name = MONTHS[month - 1]!;
  let text = like.text.replace(new RegExp(MONTH), name.charAt(0).toUpperCase() + name.slice(1));
  if (day > 0) text = text.replace(/\b\d{1,2}(st|nd|rd|th)?\b/, (_, ordinal: string | undefined) => `${day}${ordinal === undefined ? '' : ordinalSuffix(day)}`);
  if (year > 0) text = text.replace(/\d{4}/, String(year));
  return text;
}

function ordinalSuffix(n: number): string {
  return n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "7-4" moved to 8 votes for: "8-3", the same eleven voters, the winning side still ahead. */
function renderVote(like: NumberMention, value: number): string | undefined {
  if (like.unit !== 'vote') return undefined;
  const [a, b] = (like.text.match(/\d+/g) ?? []).map(Number);
  if (a === undefined || b === undefined || !Number.isInteger(value)) return undefined;
  const other = a + b - value;
  if (other < 0 || Math.sign(value - other) !== Math.sign(a - b)) return undefined;
  return `${value}${like.format.suffix}${other}`;
}

const FALLING = /\b(?:fell|fallen|falls?|falling|dropped|drops?|declined|declines?|decreased|decreases?|narrowed|narrows?|shrank|shrunk|shrinks?|slipped|slid|eased|cut|cuts|reduced|reduces?|lowered|lowers?|slashed|trimmed|lost)\b/i;
const RISING = /\b(?:rose|risen|rises?|rising|grew|grown|grows?|increased|increases?|climbed|climbs?|jumped|jumps?|widened|widens?|raised|raises?|lifted|lifts?|soared|doubled|tripled|gained|boosted)\b/i;
const SMALLER = /\b(?:shorter|lower|fewer|less|smaller|cheaper|slower|younger|lighter|down)\b/i;
const LARGER = /\b(?:longer|higher|more|greater|larger|bigger|faster|older|heavier|dearer|up)\b/i;
const LOWER_BOUND = /\b(?:(?<!\bno |\bnot )more than|over|at least|above|exceeding|beyond|just over|no fewer than|no less than|(?:longer|higher|greater|larger|bigger|older|later) than)\s*$/i;
const UPPER_BOUND = /\b(?:(?<!\bno )less than|(?<!\bno )fewer than|not more than|under|below|up to|at most|within|no more than|just under|(?:shorter|lower|smaller|younger|earlier) than)\s*$/i;
/** A negation earlier in the clause turns a bound round: "no patient will wait longer than 65 weeks". */
const NEGATED = /\b(?:no|not|never|none|nobody|nothing|cannot)\b|n't\b/i;

/**
 * The side a wrong value must fall on when the text bounds the number: after "more than 47,000" any smaller
 * number would also be true, so wrong options must be larger ('above'); after "below 15 degrees", smaller.
 */
export function falseSide(before: string, after = ''): 'above' | 'below' | undefined {
  // "narrowed from 41.3 percent to 39.8 percent", "rose from 18 to 24": the verb says which end is larger.
  const verb = before.split(/[,;:.!?](?=\s|$)/).pop() ?? '';
  const falling = FALLING.test(verb);
  // "between 30 and _____ percent": the top of a range lies above its bottom, unless it fell there.
  if (/\b(?:between|from)\s+[$£€¥]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s*(?:%|percent|per cent|[a-z]+)?\s+(?:and|to)\s*$/i.test(before)) return falling ? 'below' : 'above';
  if (/\bfrom\s*$/i.test(before) && /^\s*(?:%|percent|per cent|[a-z]+)?\s+to\s+(?:about |around |roughly |nearly |just )?[$£€¥]?\d/i.test(after)) {
    if (falling) return 'above';
    if (RISING.test(verb)) return 'below';
  }
  // "slightly shorter, 5.2 days against 5.6 days": the comparison says which figure is the larger.
  if (/^\s*(?:%|percent|per cent|[a-z]+)?\s*(?:against|compared with|versus|vs\.?)\s+(?:about |around )?[$£€¥]?\d/i.test(after)) {
    const near = before.slice(-60);
    if (SMALLER.test(near)) return 'below';
    if (LARGER.test(near)) return 'above';
  }
  const lower = LOWER_BOUND.exec(before);
  const upper = lower === null ? UPPER_BOUND.exec(before) : null;
  const match = lower ?? upper;
  if (match === null) return undefined;
  const clause = before.slice(0, match.index).split(/[,;:.!?]/).pop() ?? '';
  const flip = NEGATED.test(clause);
  return (lower !== null) !== flip ? 'above' : 'below';
}

/** Whether two numbers are written alike: same kind, unit and format. */
export function sameFormat(a: NumberMention, b: NumberMention): boolean {
  return (
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.format.words === b.format.words &&
    a.format.currency === b.format.currency &&
    a.format.scale === b.format.scale &&
    a.format.suffix === b.format.suffix
  );
}

/** Parses a number written on its own ("51 percent", "$2.3 billion") as `findNumbers` would. */
export function parseNumberText(text: string): NumberMention | undefined {
  const found = findNumbers(text, []);
  const only = found[0];
  if (only === undefined || found.length !== 1 || only.start !== 0 || only.end !== text.length) return undefined;
  return only;
}

/**
 * Whether the same quantity is written again right beside the number at `start`–`end` of `text`, in another
 * unit or currency: "98mph (158km/h)", "£2.3m ($2.9m)", "19km, or 12 miles". Blanking or changing one of the
 * pair leaves the other to give it away or to contradict it.
 */
export function conversionBeside(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^\s*\(\s*(?:about |around |roughly |nearly |some |~|≈)?[$£€¥]?\d/.test(after)) return true;
  if (/^,?\s+or\s+(?:about |around |roughly |nearly |some )?[$£€¥]?\d[\d,.]*\s?(?:[a-z%]+)/i.test(after)) return true;
  if (/[\d%][\d,.]*\s?[\p{L}/%]*\s*\(\s*(?:about |around |roughly |nearly |some |~|≈)?$/u.test(before) && /^\s*[\p{L}/%.]*\s*\)/u.test(after)) return true;
  return /\d[\d,.]*\s?[\p{L}/%]*,?\s+or\s+(?:about |around |roughly |nearly |some )?$/u.test(before);
}
