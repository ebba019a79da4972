/**
 * @module
 * Choosing the quiz from the candidates: the best-scoring first, with at most one question per sentence,
 * the same person or number asked about at most twice (a concept or a number once), a mix of question
 * types, and a spread over the whole article rather than its first paragraphs only.
 */
import type { QuestionType } from '../schema';
import type { Candidate } from './candidate';
import { singular } from './concepts';

/** A term in one form, singular and lower case: "Insulators" and "insulator" are one term. */
function termKey(term: string): string {
  return term.toLowerCase().replace(/^(?:a|an|the) /, '').split(' ').map(singular).join(' ');
}

/** The term a question asks for, as a concept ("c:insulators") or as a typed noun ("k:insulators"). */
function termOf(c: Candidate): string | undefined {
  return /^[ck]:/.test(c.focus) ? termKey(c.focus.slice(2)) : undefined;
}

/** A term asked as a concept and as a typed noun is one fact. */
function focusKey(c: Candidate): string {
  const term = termOf(c);
  return term === undefined ? c.focus : `t:${term}`;
}

export interface Quotas {
  byType: Partial<Record<QuestionType, number>>;
}

/** How many questions of each allowed type a quiz of `count` aims for. */
export function quotas(count: number, types: readonly QuestionType[]): Quotas {
  const weights: Record<QuestionType, number> = { multiple_choice: 0.55, true_false: 0.25, fill_blank: 0.2 };
  const total = types.reduce((sum, t) => sum + weights[t], 0);
  const byType: Partial<Record<QuestionType, number>> = {};
  let left = count;
  for (const t of types) {
    const n = Math.max(1, Math.round((count * weights[t]) / total));
    byType[t] = Math.min(left, n);
    left -= byType[t]!;
  }
  if (left > 0) byType[types[0]!] = (byType[types[0]!] ?? 0) + left;
  return { byType };
}

/** What a quiz is chosen from. */
interface Selection {
  candidates: readonly Candidate[];
  /** How much each candidate is worth asking: how likely it asks about a key fact, and how good a question it makes. */
  worth: (c: Candidate) => number;
  /** The paragraph of each sentence. */
  blocks: readonly number[];
  count: number;
  types: readonly QuestionType[];
  /** The terms each sentence defines, by sentence index. */
  defines: ReadonlyMap<number, readonly string[]>;
}

export function select(
  candidates: readonly Candidate[],
  worth: Selection['worth'],
  blocks: readonly number[],
  count: number,
  types: readonly QuestionType[],
  defines: Selection['defines'] = new Map(),
): Candidate[] {
  const input: Selection = { candidates, worth, blocks, count, types, defines };
  // Greedy choice can strand a quiz short: "70 percent" asked in one sentence blocks the only question left
  // in another. Asking something else of a chosen sentence may leave room for one more question.
  let best = greedy(input);
  for (let tries = 0; best.length < count && tries < count; tries++) {
    const longer = roomMade(input, best);
    if (longer === undefined) break;
    best = longer;
  }
  return best;
}

/** The first choice, asking something else of one chosen sentence, that holds more questions than `chosen`. */
function roomMade(input: Selection, chosen: readonly Candidate[]): Candidate[] | undefined {
  for (const y of chosen) {
    const alt = greedy({ ...input, candidates: input.candidates.filter((c) => !(c.focus === y.focus && c.sentences.join() === y.sentences.join())) });
    if (alt.length > chosen.length) return alt;
  }
  return undefined;
}

function greedy({ candidates, worth, blocks, count, types, defines }: Selection): Candidate[] {
  const quota = quotas(count, types);
  const chosen: Candidate[] = [];
  const usedSentences = new Set<number>();
  const focusCount = new Map<string, number>();
  const templateCount = new Map<string, number>();
  const typeCount = new Map<QuestionType, number>();
  const blockCount = new Map<number, number>();
  const prompts = new Set<string>();
  // "Convection is the transfer of heat through a material …" beside "Conduction is the transfer … by the
  // movement of a liquid": two statements that swap the same two terms answer each other.
  const swaps = new Set<string>();
  const swappedIn = new Set<string>();
  const askedTerms = new Set<string>();
  // The terms a question asks about or shows defined: its focus, and what its sentences define.
  const termsOf = (c: Candidate): string[] => [...c.sentences.flatMap((i) => defines.get(i) ?? []).map(termKey), termOf(c)].filter((t) => t !== undefined);
  const swapOf = (c: Candidate) => (c.falseSwap === undefined ? undefined : [c.focus.replace(/^[a-z]:/, ''), c.falseSwap.text.toLowerCase()].sort().join('|'));
  // Who said what is quick to ask of a quote-heavy article and teaches little about it: one in five at most.
  const speechCap = Math.max(1, Math.round(count * 0.2));
  let speech = 0;
  let keyNouns = 0;
  let trueOnly = 0;
  let nounsAllowed = false;
  const keyNounCap = Math.max(1, Math.round(count * 0.2));

  const valid = (c: Candidate, strict: boolean): boolean => {
    if (c.sentences.some((i) => usedSentences.has(i)) || prompts.has(c.prompt)) return false;
    const swap = swapOf(c);
    if (swap !== undefined && swaps.has(swap)) return false;
    // "An indicator is a substance that releases hydrogen ions" (false) beside a question on what an
    // indicator is: the one gives the other away.
    if (c.falseSwap !== undefined && askedTerms.has(termKey(c.falseSwap.text))) return false;
    if (termsOf(c).some((t) => swappedIn.has(t))) return false;
    const focusLimit = c.focus.startsWith('e') ? 2 : 1;
    if ((focusCount.get(focusKey(c)) ?? 0) >= focusLimit) return false;
    if (c.aboutSpeech === true && speech >= speechCap) return false;
    if (c.template === 'role' && (templateCount.get('role') ?? 0) >= 1) return false;
    // A statement that can only be true teaches little and makes "True" a safe guess: three at most.
    if (c.type === 'true_false' && c.falsePrompt === undefined && trueOnly >= 2) return false;
    // A typed common noun is the weakest question ("the study's _____", findings or results?): asked only
    // when nothing else fills the quiz, two in ten at most.
    if (c.focus.startsWith('k:') && (!nounsAllowed || keyNouns >= keyNounCap)) return false;
    if (strict && (typeCount.get(c.type) ?? 0) >= (quota.byType[c.type] ?? 0)) return false;
    return true;
  };
  const score = (c: Candidate): number => {
    const at = c.sentences[c.sentences.length - 1]!;
    const sameBlock = blockCount.get(blocks[at]!) ?? 0;
    const near = chosen.filter((x) => x.sentences.some((i) => Math.abs(i - at) <= 1)).length;
    const variety = 1 - 0.08 * (templateCount.get(c.template) ?? 0);
    return worth(c) * (1 - 0.12 * sameBlock - 0.05 * near) * variety;
  };

  const take = (best: Candidate) => {
    chosen.push(best);
    if (best.aboutSpeech === true) speech++;
    if (best.focus.startsWith('k:')) keyNouns++;
    if (best.type === 'true_false' && best.falsePrompt === undefined) trueOnly++;
    for (const i of best.sentences) usedSentences.add(i);
    prompts.add(best.prompt);
    const swap = swapOf(best);
    if (swap !== undefined) swaps.add(swap);
    if (best.falseSwap !== undefined) swappedIn.add(termKey(best.falseSwap.text));
    for (const t of termsOf(best)) askedTerms.add(t);
    focusCount.set(focusKey(best), (focusCount.get(focusKey(best)) ?? 0) + 1);
    templateCount.set(best.template, (templateCount.get(best.template) ?? 0) + 1);
    typeCount.set(best.type, (typeCount.get(best.type) ?? 0) + 1);
    const block = blocks[best.sentences[best.sentences.length - 1]!]!;
    blockCount.set(block, (blockCount.get(block) ?? 0) + 1);
  };
  const bestOf = (type: QuestionType | undefined, strict: boolean): Candidate | undefined => {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if ((type !== undefined && c.type !== type) || !valid(c, strict)) continue;
      const s = score(c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  };

  // First fill each type's quota, always serving the type furthest behind; then fill up with the best left.
  const exhausted = new Set<QuestionType>();
  while (chosen.length < count) {
    const behind = types
      .filter((t) => !exhausted.has(t) && (typeCount.get(t) ?? 0) < (quota.byType[t] ?? 0))
      .sort((a, b) => (typeCount.get(a) ?? 0) / quota.byType[a]! - (typeCount.get(b) ?? 0) / quota.byType[b]!);
    const type = behind[0];
    if (type === undefined) break;
    const best = bestOf(type, true);
    if (best === undefined) exhausted.add(type);
    else take(best);
  }
  const fill = (upTo: number) => {
    while (chosen.length < upTo) {
      const best = bestOf(undefined, false);
      if (best === undefined) break;
      take(best);
    }
  };
  fill(count);
  // A shorter quiz beats a guess at a common noun, down to seven questions in ten.
  nounsAllowed = true;
  fill(Math.min(count, Math.ceil(count * 0.7)));
  return chosen.sort((a, b) => a.sentences[0]! - b.sentences[0]! || a.prompt.localeCompare(b.prompt));
}
