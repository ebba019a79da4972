/**
 * @module
 * Three more ways a classroom text teaches a term, besides defining it: the unit and the instrument a
 * quantity is measured with ("It is measured in amperes (A), using an ammeter"), a named law and what it
 * says ("linked by Ohm's law: voltage equals current multiplied by resistance"), and kinds of one thing set
 * side by side ("In a series circuit …", "In a parallel circuit …").
 */
import type { Sentence } from './article';
import { singular, type Definition } from './concepts';

export interface FoundTerm {
  term: string;
  plural: boolean;
  definition: Definition;
}

const COPULA = /^(?:is|are|was|were)$/;
/** Instruments by their word endings: ammeter, thermometer, microscope, seismograph, rain gauge. */
const INSTRUMENT = /^[a-z]+(?:meter|metre|scope|graph|gauge)s?$/;

/** The subject words of the clause that ends before token `end`: back to the start or the last comma. */
function clauseSubject(s: Sentence, end: number): { first: number; text: string } | undefined {
  const t = s.tokens;
  let first = end - 1;
  while (first > 0 && !/[,;:]/.test(t[first - 1]!.post)) first--;
  if (/^(?:and|but|so)$/.test(t[first]?.lower ?? '')) first++;
  if (first >= end || end - first > 5) return undefined;
  return { first, text: s.text.slice(t[first]!.start, t[end - 1]!.end) };
}

/**
 * "Resistance … is measured in ohms (Ω)", "It is measured in volts (V) with a voltmeter": the unit (class
 * "unit-of-measure") and the instrument (class "instrument") of a quantity. "It" is the term the sentence, or
 * the sentence before it in the same paragraph, defines (`definedAt`, by sentence); a quantity the text does
 * not name makes no term.
 */
export function measuredIn(sentences: readonly Sentence[], definedAt: ReadonlyMap<number, string>): FoundTerm[] {
  const out: FoundTerm[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length - 1; i++) {
      if (t[i]!.lower !== 'measured' || t[i + 1]!.lower !== 'in') continue;
      let c = i - 1;
      if (t[c]?.tags.has('Adverb')) c--;
      if (!COPULA.test(t[c]?.lower ?? '')) continue;
      const subject = clauseSubject(s, c);
      if (subject === undefined) continue;
      let quantity: string | undefined;
      if (/^(?:it|they)$/i.test(subject.text)) {
        const own = subject.first > 0 ? definedAt.get(s.index) : undefined;
        const prev = sentences[s.index - 1];
        if (own !== undefined) quantity = own;
        else if (subject.first === 0 && prev !== undefined && prev.block === s.block) quantity = definedAt.get(prev.index);
      } else if (t.slice(subject.first, c).every((x) => x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('Determiner')) && !t[subject.first]!.tags.has('Pronoun')) {
        quantity = subject.text.replace(/^(?:the|a|an) /i, '');
        quantity = /^\p{Lu}\p{Ll}/u.test(quantity) && !t[subject.first]!.tags.has('ProperNoun') ? quantity.toLowerCase() : quantity;
      }
      if (quantity === undefined) continue;
      // The unit: one or two lower-case words before a bracket or a comma ("amperes (A)", "degrees Celsius").
      const unit = t[i + 2];
      if (unit === undefined || !/^\p{Ll}+$/u.test(unit.text) || !unit.tags.has('Noun')) continue;
      const base = { sentence: s.index, form: 'measured' as const, npFirst: subject.first, npLast: c - 1, copula: c, about: quantity };
      // "degrees Celsius": a scale's name goes with its unit.
      const scale = /^(?:Celsius|Fahrenheit|Kelvin)$/.test(t[i + 3]?.text ?? '') && unit.post === ' ' ? 1 : 0;
      const unitText = s.text.slice(unit.start, t[i + 2 + scale]!.end);
      out.push({ term: unitText, plural: /s$/.test(unit.lower), definition: { ...base, termFirst: i + 2, termLast: i + 2 + scale, classNoun: 'unit-of-measure' } });
      // "…, using an ammeter", "… with a voltmeter": the instrument, within the same clause.
      for (let j = i + 3; j < Math.min(t.length - 1, i + 13); j++) {
        if (/[;.]/.test(t[j - 1]!.post)) break;
        if (!/^(?:using|with|by)$/.test(t[j]!.lower)) continue;
        const k = /^(?:a|an|the)$/.test(t[j + 1]!.lower) ? j + 2 : j + 1;
        const tool = t[k];
        if (tool !== undefined && INSTRUMENT.test(tool.lower)) {
          out.push({ term: tool.lower, plural: /s$/.test(tool.lower), definition: { ...base, termFirst: k, termLast: k, classNoun: 'instrument' } });
        }
        break;
      }
    }
  }
  return out;
}

const LAW = /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*?\p{Ll}(?:'s|s'|’s|s’)) (?:law|principle|rule|theorem))\b/u;

/**
 * "The three quantities are linked by Ohm's law: voltage equals current multiplied by resistance", "Boyle's law
 * states that …": a named law (class "law") and what it says, without a formula in brackets.
 */
export function lawsIn(sentences: readonly Sentence[]): FoundTerm[] {
  const out: FoundTerm[] = [];
  for (const s of sentences) {
    const m = LAW.exec(s.text);
    if (m === null) continue;
    const after = s.text.slice(m.index + m[0].length);
    const statement = /^:\s+(.+)$/.exec(after)?.[1] ?? /^,?\s+(?:states|says)\s+that\s+(.+)$/.exec(after)?.[1];
    if (statement === undefined) continue;
    const said = statement.replace(/\s*\([^)]*\)/g, '').replace(/[.;:]+\s*$/, '').trim();
    if (said.split(/\s+/).length < 4 || /["“]/.test(said)) continue;
    const first = s.tokens.findIndex((x) => x.start >= m.index);
    const last = s.tokens.findIndex((x) => x.end >= m.index + m[0].length);
    if (first < 0 || last < 0) continue;
    out.push({
      term: m[1]!.replace(/[’]/g, "'"),
      plural: false,
      definition: { sentence: s.index, form: 'law', termFirst: first, termLast: last, npFirst: first, npLast: last, copula: -1, classNoun: 'law', about: said },
    });
  }
  return out;
}

/** Modifiers that set nothing apart ("the same circuit", "a new cell"). */
const VAGUE = /^(?:other|same|only|each|every|such|whole|first|last|next|new|own|single|different|certain|various|main|total|full|one|two|three|many|more|most|few|several|this|that|these|those|some|any|no|its|their|his|her|our|your)$/;

/**
 * Kinds of one thing the text sets side by side: two or more compounds with one head noun ("series circuit",
 * "parallel circuit"), each opening a sentence ("In a series circuit …", "A parallel circuit …") or used twice,
 * the head noun used at least three times. Each becomes a term of the head noun's class. Only texts that
 * teach concepts rather than report on people (`explains`) set kinds side by side like this.
 */
export function contrastedTerms(sentences: readonly Sentence[], explains: boolean): { term: string; classNoun: string }[] {
  if (!explains) return [];
  const byHead = new Map<string, Map<string, { count: number; opens: boolean }>>();
  const headCounts = new Map<string, number>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const head = t[i]!;
      if (head.tags.has('Noun') && /^\p{Ll}+$/u.test(head.text)) headCounts.set(singular(head.lower), (headCounts.get(singular(head.lower)) ?? 0) + 1);
      const mod = t[i - 1];
      if (mod === undefined || !/^\p{Ll}+$/u.test(mod.text) || !/^\p{Ll}+$/u.test(head.text) || mod.post !== ' ') continue;
      if (!head.tags.has('Noun') || head.tags.has('Pronoun') || !(mod.tags.has('Noun') || mod.tags.has('Adjective')) || mod.tags.has('Verb') || mod.tags.has('Value') || VAGUE.test(mod.lower)) continue;
      const det = t[i - 2];
      if (det !== undefined && !/^(?:a|an|the|in|of|to|for|by)$/.test(det.lower) && !/[,;:]/.test(det.post)) continue;
      const opens = i - 1 === 0 || (i - 2 === 0 && /^(?:a|an|the)$/.test(t[0]!.lower)) || (i - 3 === 0 && /^(?:in)$/.test(t[0]!.lower) && /^(?:a|an|the)$/.test(t[1]!.lower));
      const key = singular(head.lower);
      const mods = byHead.get(key) ?? new Map<string, { count: number; opens: boolean }>();
      const seen = mods.get(mod.lower) ?? { count: 0, opens: false };
      mods.set(mod.lower, { count: seen.count + 1, opens: seen.opens || opens });
      byHead.set(key, mods);
    }
  }
  const out: { term: string; classNoun: string }[] = [];
  for (const [head, mods] of byHead) {
    // "election commission" and "electoral commission" are one body under two spellings, not two kinds.
    const kinds = [...mods].filter(([mod, m]) => (m.opens || m.count >= 2) && ![...mods.keys()].some((other) => other !== mod && other.slice(0, 5) === mod.slice(0, 5)));
    if (kinds.length < 2 || (headCounts.get(head) ?? 0) < 3) continue;
    for (const [mod] of kinds) out.push({ term: `${mod} ${head}`, classNoun: head });
  }
  return out;
}
