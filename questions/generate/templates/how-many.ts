/**
 * @module
 * Questions that ask for a number, with its source when the sentence gives one: "According to the
 * electoral commission, what share of the vote did Maduro win?", "How many people have died since …?",
 * "By how much did shares of Halvorsen rise in after-hours trading?". Contested figures keep their source,
 * so each has exactly one right answer.
 */
import type { Article, Sentence } from '../article';
import { numberSpellings } from '../aliases';
import { MIN_WRONG, typedVariant, type Candidate } from '../candidate';
import { numberOptions } from '../distractors';
import { SPEECH_VERBS } from '../lexicon';
import type { NumberMention } from '../numbers';
import { asQuestion, lowerFirst, opener, trimTail } from '../stem';

/** The first clause of a tail: "of the vote, despite …" → "of the vote". */
function firstClause(text: string): string {
  return trimTail(text, 0, 0, 0);
}
import { infinitive, type Token } from '../tokens';

const CHANGE_VERBS = /^(?:rose|fell|grew|dropped|increased|decreased|jumped|climbed|declined|gained|lost|surged|slumped|slid|shrank|soared|plunged|tumbled|rise|rises|fall|falls|grow|grows|drop|drops|increase|increases|gain|gains)$/;
const SHARE_VERBS = /^(?:won|took|got|received|secured|captured|had)$/;
const AUX = /^(?:has|have|had|will|would|can|could|may|might|must|should|is|are|was|were)$/;
const ROUGH = /^(?:about|around|roughly|nearly|almost|some|an estimated|more than|over|just over|just under|fewer than|less than)$/;

interface Clause {
  /** First token of the clause, after "X said (that)". */
  start: number;
  /** "According to the electoral commission, " or "". */
  source: string;
  /** Token index where the clause ends: before a trailing ", the department announced on Wednesday". */
  end: number;
}

/** "The electoral commission said Maduro won …" → the clause after "said", with the commission as source. */
function clauseOf(s: Sentence): Clause {
  const t = s.tokens;
  const op = opener(t, s.text);
  for (let v = op.after + 1; v < Math.min(t.length - 3, op.after + 9); v++) {
    const w = t[v]!;
    if (!SPEECH_VERBS.has(w.lower) && !/^(?:reported|estimated|found|showed|announced)$/.test(w.lower)) continue;
    // "A jury found a former fire chief guilty of …": "found" reports a finding only before "that".
    if (/^(?:found|showed|estimated)$/.test(w.lower) && t[v + 1]?.lower !== 'that') continue;
    const np = t.slice(op.after, v);
    if (np.some((x) => x.tags.has('Verb') || x.tags.has('Pronoun') || /[,;:]/.test(x.post))) return { start: op.after, source: '', end: t.length };
    let start = v + 1;
    if (t[start]?.lower === 'that') start++;
    const source = s.text.slice(np[0]!.start, np[np.length - 1]!.end);
    // "The electoral commission" → "the electoral commission"; a title before a name keeps its capital.
    const named = s.mentions.some((m) => m.titleFirst === op.after);
    return { start, source: `According to ${/^\p{Lu}/u.test(source) && !named && !np[0]!.tags.has('ProperNoun') && !/^[A-Z]{2}/.test(source) ? lowerFirst(source) : source}, `, end: t.length };
  }
  const start = op.keepable ? 0 : op.after;
  // "Fares will rise by 4.6%, the Department for Transport announced on Wednesday, …": the source comes
  // after the fact; it becomes the question's "According to …" and the clause ends before it.
  for (let c = start + 2; c < t.length - 2; c++) {
    if (!/^,/.test(t[c - 1]!.post)) continue;
    let v = c;
    while (v < Math.min(t.length, c + 7) && !t[v]!.tags.has('Verb') && !/[,;:]/.test(t[v]!.post)) v++;
    const w = t[v];
    if (w === undefined || v === c || !(SPEECH_VERBS.has(w.lower) || /^(?:reported|estimated|announced)$/.test(w.lower))) continue;
    const np = t.slice(c, v);
    if (np.some((x) => x.tags.has('Pronoun')) || !np.some((x) => x.tags.has('Noun'))) continue;
    const source = s.text.slice(np[0]!.start, np[np.length - 1]!.end);
    const named = s.mentions.some((m) => m.titleFirst === c);
    return { start, source: `According to ${/^\p{Lu}/u.test(source) && !named && !np[0]!.tags.has('ProperNoun') ? lowerFirst(source) : source}, `, end: c };
  }
  return { start, source: '', end: t.length };
}

/**
 * "did win", "does carry", "has approved": the verb group of a question about `subject`, whose head noun's
 * number (`plural`) decides between "do" and "does". A present-tense verb without its "-s" after a singular
 * subject is a past tense ("The opera cost $1.2 million" → "did … cost"). Undefined when the verb is no
 * finite verb ("guilty of stealing …") or its form and the subject disagree.
 */
function invert(t: readonly Token[], v: number, subject: string, plural: boolean | undefined): { head: string; verbEnd: number } | undefined {
  const verb = t[v]!;
  if (AUX.test(verb.lower)) {
    const main = t[v + 1];
    if (main === undefined || !main.tags.has('Verb')) return undefined;
    return { head: `${verb.lower} ${subject} ${main.lower}`, verbEnd: v + 1 };
  }
  if (verb.tags.has('Gerund') || /ing$/.test(verb.lower) || plural === undefined) return undefined;
  const inf = infinitive(verb.lower);
  if (inf === undefined) return undefined;
  if (verb.tags.has('PastTense')) return { head: `did ${subject} ${inf}`, verbEnd: v };
  if (verb.tags.has('PresentTense')) {
    const s = /s$/.test(verb.lower) && verb.lower !== inf;
    if (s && plural) return undefined;
    if (!s && !plural) return PAST_LIKE_PRESENT.has(verb.lower) ? { head: `did ${subject} ${inf}`, verbEnd: v } : undefined;
    return { head: `${plural ? 'do' : 'does'} ${subject} ${inf}`, verbEnd: v };
  }
  return undefined;
}

/** Verbs whose past tense is written like the present: "cost", "put", "set". */
const PAST_LIKE_PRESENT = new Set(['cost', 'put', 'set', 'cut', 'hit', 'let', 'shut', 'spread', 'cast', 'hurt', 'quit', 'bid', 'burst', 'split', 'beat', 'read']);

/**
 * Whether a subject noun phrase is plural, by its head noun (the last noun before any preposition): "the
 * opera" no, "shares of Halvorsen" yes, "Whitcombe" no. Undefined when the phrase has no head noun.
 */
function pluralSubject(np: readonly Token[]): boolean | undefined {
  let head: Token | undefined;
  for (const x of np) {
    if (x.tags.has('Preposition') || /^(?:of|for|in|at|on|from|with)$/.test(x.lower)) break;
    if ((x.tags.has('Noun') || x.tags.has('ProperNoun')) && !x.tags.has('Possessive')) head = x;
    if (/,/.test(x.post)) break;
  }
  if (head === undefined) return undefined;
  if (np.some((x, i) => x.lower === 'and' && i > 0)) return true;
  if (IRREGULAR_PLURALS.has(head.lower)) return true;
  // "news", "series", "species": either; "opera", tagged the plural of "opus": unsure, so no question.
  if (/(?:ss|us|is|news|series|species)$/.test(head.lower)) return /^(?:ss|us|is)$/.test(head.lower.slice(-2)) ? false : undefined;
  if (/s$/.test(head.lower)) return head.tags.has('ProperNoun') && head.tags.has('Singular') ? false : true;
  return head.tags.has('Plural') ? undefined : false;
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'cattle', 'feet', 'teeth', 'mice', 'geese']);

/** The rest of the clause after `from`, cut before a second clause ("… and deployed the army"). */
function rest(s: Sentence, from: number, limit = s.tokens.length): string {
  const t = s.tokens;
  if (t[from] === undefined || from >= limit) return '';
  // "fell 3 percent, extending a decline …": what follows the comma is an aside, not the question's clause;
  // a source ("…, according to the ministry") stays.
  if (/,/.test(t[from - 1]?.post ?? '') && t[from]!.lower !== 'according') return '';
  let end = limit;
  for (let i = from; i < limit; i++) {
    if (/;/.test(t[i - 1]?.post ?? '') && i > from) {
      end = i;
      break;
    }
    // "… and deployed the army", "… and that tents had been set up": a second clause goes.
    if (/^(?:but|yet|while|whereas)$/.test(t[i]!.lower) && i > from) {
      end = i;
      break;
    }
    if (t[i]!.lower === 'and' && (t[i + 1]?.tags.has('Verb') || t[i + 1]?.lower === 'that' || /^[$£€¥\d]/.test(t[i + 1]?.text ?? '') || /^(?:its|the|his|her|their)$/.test(t[i + 1]?.lower ?? '') && i > from + 2)) {
      end = i;
      break;
    }
  }
  const tail = end === t.length ? s.text.slice(t[from]!.start) : `${s.text.slice(t[from]!.start, t[end - 1]!.end)}.`;
  return firstClause(tail);
}

/** Verbs whose object can be a quantity ("approved 30 hours", "made six saves"). */
const QUANTITY_VERBS = /^(?:approved|spent|spend|raised|sold|sells|made|makes|scored|built|employs|employed|received|lost|won|carried|carries|hired|cut|added|opened|has|had|have|sent|paid|pays|costs?|cost|bought|produced|recorded|planted|collected|donated|earned|saved|treated|rescued|evacuated|killed|injured|housed)$/;

function tokenIndexAt(t: readonly Token[], offset: number): number {
  return t.findIndex((x) => x.start >= offset);
}

/**
 * The subject noun phrase of a question, with its number; an appositive goes ("Whitcombe, the fund's only
 * signatory," → "Whitcombe"). Undefined when the words are no noun phrase ("a former fire chief guilty of").
 */
function subjectText(s: Sentence, a: number, b: number): { text: string; plural: boolean | undefined } | undefined {
  const t = s.tokens;
  let np = t.slice(a, b);
  const comma = np.findIndex((x) => /,/.test(x.post));
  if (comma >= 0 && comma < np.length - 1 && /,/.test(np[np.length - 1]!.post) && s.mentions.some((m) => m.titleFirst === a && m.last === a + comma)) np = np.slice(0, comma + 1);
  if (np.length === 0 || np.length > 9) return undefined;
  if (np.some((x) => x.tags.has('Verb') || /[;:]/.test(x.post) || /^(?:who|which|that|whose|whom)$/.test(x.lower)) || np[0]!.tags.has('Pronoun')) return undefined;
  const last = np[np.length - 1]!;
  // A noun phrase ends in a noun or a name, not in "of", "guilty" or a comma.
  if (last.tags.has('Preposition') || last.tags.has('Determiner') || (last.tags.has('Adjective') && !last.tags.has('Noun')) || /,/.test(last.post) && comma !== np.length - 1) return undefined;
  const text = s.text.slice(np[0]!.start, last.end);
  return { text: np[0]!.tags.has('ProperNoun') || /^[A-Z]{2}/.test(text) || s.mentions.some((m) => m.titleFirst === a) ? text : lowerFirst(text), plural: pluralSubject(np) };
}

function questionFor(s: Sentence, n: NumberMention): { prompt: string } | undefined {
  const t = s.tokens;
  const clause = clauseOf(s);
  const numFirst = tokenIndexAt(t, n.start);
  if (numFirst < clause.start) return undefined;
  const numLast = t.findIndex((x) => x.end >= n.end);
  const rough = ROUGH.test(n.qualifier);
  const howMany = (n.kind === 'count' ? (rough ? 'roughly how many' : 'how many') : '');
  const qualifierTokens = n.qualifier === '' ? 0 : n.qualifier.split(' ').length;

  // (A) The number is the subject: "At least 37 people have died since …"
  if (n.kind === 'count' && numFirst - qualifierTokens === clause.start) {
    const noun = t[numLast + 1];
    if (noun === undefined) return undefined;
    let v = numLast + 1;
    while (v < t.length && !t[v]!.tags.has('Verb')) v++;
    if (v >= t.length || v - numLast > 4) return undefined;
    const nounText = s.text.slice(noun.start, t[v - 1]!.end);
    const q = `${clause.source}${howMany} ${nounText} ${rest(s, v, clause.end)}`;
    return { prompt: asQuestion(trimTail(q, q.indexOf(nounText) + nounText.length + 10)) };
  }

  // The number follows the clause's verb: find the verb right before it.
  let v = numFirst - qualifierTokens - 1;
  if (t[v]?.lower === 'by' || t[v]?.lower === 'another') v--;
  const verb = t[v];
  if (verb === undefined || !verb.tags.has('Verb')) return undefined;
  let subjectEnd = v;
  if (v > clause.start && AUX.test(t[v - 1]!.lower)) {
    subjectEnd = v - 1;
  }
  const subject = subjectText(s, clause.start, subjectEnd);
  if (subject === undefined) return undefined;
  const group = invert(t, subjectEnd, subject.text, subject.plural);
  if (group === undefined) return undefined;
  const after = rest(s, numLast + 1, clause.end);
  const finish = (q: string) => ({ prompt: asQuestion(trimTail(q, clause.source.length + 20)) });

  // (E) "Maduro won 51 percent of the vote" → "What share of the vote did Maduro win?"
  if (n.kind === 'percent' && SHARE_VERBS.test(verb.lower) && t[numLast + 1]?.lower === 'of') {
    let end = numLast + 2;
    while (end < t.length && !/[,;:.!?]/.test(t[end]!.post) && !t[end + 1]?.tags.has('Preposition') && !/^(?:and|or)$/.test(t[end + 1]?.lower ?? '')) end++;
    const of = s.text.slice(t[numLast + 2]!.start, t[Math.min(end, t.length - 1)]!.end);
    return finish(`${clause.source}what share of ${of} ${group.head} ${rest(s, end + 1, clause.end)}`);
  }
  // (B) "Shares of Halvorsen rose 9% in after-hours trading."
  if (n.kind === 'percent' && CHANGE_VERBS.test(verb.lower)) return finish(`${clause.source}by how much ${group.head} ${after}`);
  // (C) "Tomás Ferreira made six saves", "NASA has approved another 30 hours of observing time".
  if ((n.kind === 'count' || n.kind === 'measure') && QUANTITY_VERBS.test(verb.lower)) {
    const unit = n.kind === 'count' ? t[numLast + 1] : undefined;
    let unitText = n.kind === 'count' ? unit?.text : n.unit;
    if (unitText === undefined || n.unit === 'times' || !/s$/.test(unitText)) return undefined;
    let from = n.kind === 'count' ? numLast + 2 : numLast + 1;
    // "30 hours of observing time": the "of" phrase belongs to what is counted.
    if (t[from]?.lower === 'of') {
      let end = from + 1;
      while (end < t.length - 1 && !t[end]!.tags.has('Preposition') && !/[,;:.!?]/.test(t[end]!.post)) end++;
      if (t[end]?.tags.has('Preposition')) end--;
      unitText = `${unitText} ${s.text.slice(t[from]!.start, t[end]!.end)}`;
      from = end + 1;
    }
    return finish(`${clause.source}${rough ? 'roughly ' : ''}how many ${unitText} ${group.head} ${rest(s, from, clause.end)}`);
  }
  if (n.kind === 'money') return finish(`${clause.source}${rough ? 'roughly ' : ''}how much ${group.head} ${after}`);
  return undefined;
}

export function howMany(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    if (s.tokens[0]?.tags.has('Pronoun')) continue;
    for (const n of s.numbers) {
      if (!['count', 'percent', 'measure', 'money'].includes(n.kind)) continue;
      if (/"/.test(s.text.slice(0, n.start)) && (s.text.slice(0, n.start).match(/"/g)?.length ?? 0) % 2 === 1) continue;
      const q = questionFor(s, n);
      if (q === undefined) continue;
      const prompt = q.prompt.charAt(0).toUpperCase() + q.prompt.slice(1).replace(/\s+/g, ' ').replace(/ \?$/, '?');
      // "How much do tickets cost?": tickets to what? Five words say too little of the article.
      if (prompt.split(/\s+/).length <= 5) continue;
      const options = numberOptions(article, n, prompt);
      const answer = n.text;
      const candidate: Candidate = {
        template: 'how-many',
        type: 'multiple_choice',
        sentences: [s.index],
        prompt,
        answer,
        options,
        accepted: numberSpellings(n),
        focus: `n:${n.text}`,
        quality: 0.85,
      };
      if (options.length >= MIN_WRONG) out.push({ ...candidate, accepted: [] });
      const typed = typedVariant(candidate, numberSpellings(n));
      if (typed !== undefined) out.push(typed);
    }
  }
  return out;
}
