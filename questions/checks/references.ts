/**
 * @module
 * Whether a stem can be read on its own. A sentence lifted from an article often leans on the one before
 * it: "formed in this way", "is a well-known example" (of what?), "The trust puts it at £1.4 million" (what
 * is "it"?), "'…,' he said" (who?). A quiz shows the stem without its article, so every such word must find
 * what it points to inside the stem itself. Words inside quotation marks are the speaker's own and are not
 * read; the tags of the stem's words come from the article sentences it was made from.
 *
 * @example
 * ```ts
 * danglingReference('The trust puts it at £1.4 million.', article, sources) // 'it'
 * ```
 */
import { leadingEntity } from '../generate/entities';
import { quoteSpans } from '../generate/quotes';
import type { Article, Sentence } from '../generate/article';
import { nounGender, pronounGender, type Gender } from '../generate/gender';
import { ROLE_NOUNS, SPEECH_VERBS } from '../generate/lexicon';
import { foldText } from '../text/fold';
import { foldedNames } from './article-index';
import { containsWords, plainTypography } from '../text/typography';
import { STOPWORDS } from '../text/words';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  quoted: boolean;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const WORD = /_{3,}|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Words of generated stems that the article's tags may not cover. */
const QUESTION_VERBS = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
const TIME_NOUNS = /^(?:day|year|years|week|weekend|month|decade|century|season|summer|winter|spring|autumn|fall|morning|afternoon|evening|time|term|quarter)$/;
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'prosecutor', 'judge', 'defendant', 'trustee', 'accountant', 'treasurer', 'victim', 'suspect', 'worker', 'owner']);
const CLAUSE_WORDS = /^(?:and|but|so|because|when|while|after|before|if|although|though|since|which|who|where|whose|that|as|until|once)$/;
const RELATIONAL = /^(?:example|examples|instance|instances)$/;
const REPORTING = /^(?:think|thinks|thought|believe|believes|believed|expect|expects|expected|hope|hopes|hoped|know|knows|knew|estimate|estimates|estimated|found|find|finds|shows|showed)$/;
const MODAL = /^(?:would|will|could|can|should|might|may|must|is|was|has|had|means|meant|made|makes)$/;
const QUANTIFIER_PRONOUNS = /^(?:some|many|most|others|several|all|none|each|both|neither|either|one|few)$/;

const TAGS = new WeakMap<Article, Map<string, ReadonlySet<string>>>();

/** Each word's tags where the article first uses it, computed once per article. */
function articleTags(article: Article): Map<string, ReadonlySet<string>> {
  let tags = TAGS.get(article);
  if (tags === undefined) {
    tags = new Map();
    for (const s of article.sentences) for (const t of s.tokens) if (!tags.has(t.lower)) tags.set(t.lower, t.tags);
    TAGS.set(article, tags);
  }
  return tags;
}

/** Words that can point outside a stem; a stem without any needs no closer reading. */
const POINTING_WORD =
  /\b(?:this|these|those|that|such|examples?|instances?|latter|former|he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their|themselves|some|many|most|others|several|all|none|each|both|neither|either|one|few|half|much|there|two|three|four|\d+-year-old)\b/i;
const SPEAKING_WORD = /\b(?:I|we|you|me|us|my|our|your|ours|yours|myself|ourselves|yourself)\b/i;

/** The words of a stem, each with its tags as the article's sentences give them. */
export function stemWords(stem: string, article: Article, sources: readonly Sentence[]): Word[] {
  const plain = plainTypography(stem);
  const spans = quoteSpans(plain);
  const tagsOf = articleTags(article);
  // Prefer the tags the word had in the stem's own sentences, at the same place in the sentence.
  const local = new Map<string, ReadonlySet<string>[]>();
  for (const s of sources) for (const t of s.tokens) local.set(t.lower, [...(local.get(t.lower) ?? []), t.tags]);
  const used = new Map<string, number>();
  const out: Word[] = [];
  for (const m of plain.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const seen = used.get(lower) ?? 0;
    used.set(lower, seen + 1);
    const tags = local.get(lower)?.[seen] ?? local.get(lower)?.[0] ?? tagsOf.get(lower) ?? NO_TAGS;
    out.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length, quoted: spans.some((q) => m.index >= q.start && m.index < q.end), tags });
  }
  return out;
}

/**
 * "that figure" (a demonstrative) rather than "said that Sylhet …", "structures that absorb …": only a
 * singular common noun can follow a demonstrative "that" without an article of its own.
 */
function demonstrativeThat(next: Word | undefined, prev: Word | undefined): boolean {
  if (/^(?:so|such)$/.test(prev?.lower ?? '')) return false;
  // "Lõhmus said that would be the next step": after a speech verb (or opening the stem) a "that" followed by
  // a verb is the subject of its clause, and stands for something before; "the plan that was approved" is not.
  if (next !== undefined && (prev === undefined || SPEECH_VERBS.has(prev.lower) || REPORTING.test(prev.lower)) && (MODAL.test(next.lower) || (isVerb(next) && !isNoun(next) && !next.tags.has('Adjective')))) return true;
  // "… managed that on a typical school night": "that" as the object of a verb stands for something before.
  if (prev !== undefined && isVerb(prev) && !SPEECH_VERBS.has(prev.lower) && !REPORTING.test(prev.lower) && (next === undefined || next.tags.has('Preposition'))) return true;
  if (next === undefined) return false;
  const t = next.tags;
  return t.has('Noun') && t.has('Singular') && !t.has('ProperNoun') && !t.has('Uncountable') && !t.has('Pronoun') && /^\p{Ll}/u.test(next.text);
}

const isNoun = (w: Word) => w.tags.has('Noun') && !w.tags.has('Pronoun') && !w.tags.has('Possessive');
const isVerb = (w: Word) => (w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Participle')) || QUESTION_VERBS.has(w.lower);
const isBlank = (w: Word) => /^_{3,}$/.test(w.text);

/** People named in the stem before `at`, with their gender as the article knows it. */
function peopleBefore(stem: string, at: number, article: Article): (Gender | undefined)[] {
  const before = foldText(stem.slice(0, at));
  return article.entities.filter((e) => e.kind === 'person' && foldedNames(e).some((a) => containsWords(before, a))).map((e) => e.gender);
}

/** The index of the first word after an opening prepositional phrase ("According to legend, …"), or 0. */
function openingPhraseEnd(words: readonly Word[], plain: string): number {
  const first = words[0];
  if (first === undefined || !(first.tags.has('Preposition') || /^(?:according|in|on|at|after|before|during|since|for|with|under|over)$/.test(first.lower))) return 0;
  for (let j = 0; j < Math.min(words.length - 1, 8); j++) {
    if (/^,/.test(plain.slice(words[j]!.end, words[j + 1]!.start))) return j + 1;
  }
  return 0;
}

/** Whether a clause boundary stands between word `i` and the start of the stem (or the word `from`). */
function boundaryBefore(words: readonly Word[], i: number, plain: string, from = 0): boolean {
  for (let j = from; j < i; j++) {
    const between = plain.slice(words[j]!.end, words[j + 1]!.start);
    if (/[.;:?!]\s|[,;:]\s*$|,\s/.test(between) || (j + 1 < i && CLAUSE_WORDS.test(words[j + 1]!.lower))) return true;
  }
  return false;
}

/**
 * The first word of `stem` that points to something outside it, or undefined when the stem stands alone.
 * `sources` are the article sentences the stem was made from; `blankIsPerson` says whether a cloze blank
 * stands for a person (and so can be what a "he" or "she" points to).
 */
export function danglingReference(stem: string, article: Article, sources: readonly Sentence[], blankIsPerson = false): string | undefined {
  if (!POINTING_WORD.test(stem)) return undefined;
  const plain = plainTypography(stem);
  const words = stemWords(stem, article, sources);
  const open = words.filter((w) => !w.quoted);
  let askedGender: Gender | undefined;
  for (let k = 0; k < open.length; k++) {
    const w = open[k]!;
    const i = words.indexOf(w);
    const next = words[i + 1];
    const prev = words[i - 1];
    const first = !boundaryBefore(words, i, plain);

    // "in this way", "these loops", "that figure", "That is …": a demonstrative in the stem's first clause.
    if (/^(?:this|these|those|such)$/.test(w.lower) || (w.lower === 'that' && demonstrativeThat(next, prev))) {
      if (w.lower === 'such' && next?.lower === 'as') continue;
      if (next !== undefined && (TIME_NOUNS.test(next.lower) || /^(?:who|whom)$/.test(next.lower))) continue;
      if (first) return `${w.text}${next === undefined ? '' : ` ${next.text}`}`;
      // "The system that carries this information is called …": "this" and a noun the stem has not said,
      // in any clause.
      if (/^(?:this|these|those)$/.test(w.lower) && next !== undefined && isNoun(next) && !words.slice(0, i).some((x) => !x.quoted && x.lower === next.lower)) return `${w.text} ${next.text}`;
      continue;
    }
    // "is a well-known example", "another example": an example of something the stem does not say.
    if (RELATIONAL.test(w.lower) && next?.lower !== 'of' && prev?.lower !== 'for') return w.text;
    if (/^(?:latter|former)$/.test(w.lower) && prev?.lower === 'the') return `the ${w.text}`;
    // "The 41-year-old centre-back, playing her last season, …": someone said before, by age and role only.
    if (k === 1 && prev?.lower === 'the' && /^\d+-year-old$/.test(w.lower) && peopleBefore(plain, plain.length, article).length === 0 && !words.some(isBlank)) return `The ${w.text}`;
    // "Some is used straight away", "Yet some react violently", "Half received the vaccine": a quantifier
    // standing for a noun of the sentence before.
    const leads = k === 0 || (k === 1 && /^(?:yet|but|and|so|still|however)$/.test(open[0]!.lower));
    if (leads && (QUANTIFIER_PRONOUNS.test(w.lower) || w.lower === 'half') && next !== undefined && ((isVerb(next) && !isNoun(next)) || /^(?:that|which|who)$/.test(next.lower))) return w.text;
    // "Much larger are ice sheets": larger than something the stem does not say.
    if (k === 0 && /^(?:much|far|even)$/.test(w.lower) && next !== undefined && /^(?:larger|smaller|bigger|greater|higher|lower|older|younger|longer|shorter|more|less|fewer)$/.test(next.lower) && !/\bthan\b/i.test(plain)) return `${w.text} ${next.text}`;
    // "In 1975 a severe frost there destroyed …": a place said before (an existential "there is" points nowhere).
    if (w.lower === 'there' && !(next !== undefined && /^(?:is|are|was|were|has|have|had|will|would|may|might|could|can|seems?|seemed|remains?|remained|must|should|appears?|appeared)$/.test(next.lower))) {
      const before = foldText(plain.slice(0, w.start));
      if (!article.entities.some((e) => e.kind === 'place' && foldedNames(e).some((a) => containsWords(before, a)))) return w.text;
    }
    // "If the two balance": a number standing for things said before.
    if (/^(?:two|three|four|both)$/.test(w.lower) && prev?.lower === 'the' && next !== undefined && isVerb(next) && !isNoun(next)) return `the ${w.text}`;
    // "Both sponsor exploration licences", "Neither country signed": two things said before ("Both Nauru and
    // Tonga …" names them).
    if (k === 0 && /^(?:both|neither)$/.test(w.lower) && next !== undefined && !/^\p{Lu}/u.test(next.text)) return w.text;

    const gender = pronounGender(w.lower);
    if (gender !== undefined) {
      // "he"/"his" needs a person before it: "Who", a blank, a named person of that gender, a role.
      const earlier = words.slice(0, i).filter((x) => !x.quoted);
      const people = peopleBefore(plain, w.start, article);
      // "Who said he had kept her home …?": the one asked about is "he"; "her" is someone else, unnamed.
      const asked = earlier.some((x) => x.lower === 'who' || (isBlank(x) && blankIsPerson)) && (askedGender === undefined || askedGender === gender);
      if (asked && people.length === 0) askedGender = gender;
      const anchor = asked || earlier.some((x) => ROLE_NOUNS.has(x.lower) || PERSON_NOUNS.has(x.lower));
      // Only the one person the article is about can go unnamed: "fees for two of his grandchildren".
      if (people.length === 0 && !anchor && !aboutProtagonist(article, gender, sources)) return w.text;
      if (!anchor && people.length > 0 && people.every((g) => g !== undefined && g !== gender)) return w.text;
      continue;
    }
    if (/^(?:it|its|itself|they|them|their|themselves)$/.test(w.lower)) {
      // "pass through their thin _____": what is blanked belongs to something the stem may not name; only
      // a reported clause makes the owner certain ("The opposition announced that its candidate, _____, …").
      if (/^(?:its|their)$/.test(w.lower) && words.slice(i + 1, i + 3).some(isBlank)) {
        let v = i - 1;
        while (v >= 0 && (words[v]!.quoted || !isVerb(words[v]!))) v--;
        const reported = v > 0 && (SPEECH_VERBS.has(words[v]!.lower) || REPORTING.test(words[v]!.lower)) && words.slice(0, v).some((x) => !x.quoted && isNoun(x));
        if (!reported) return w.text;
      }
      // A noun or name before the verb of the clause the pronoun sits in: "The company said it …".
      let verb = -1;
      for (let j = i - 1; j >= 0; j--) if (!words[j]!.quoted && isVerb(words[j]!)) { verb = j; break; }
      // … or a noun in an earlier clause: "the longest at the tournament since it moved"; not one inside an
      // opening phrase ("According to legend, it was founded …").
      const opening = openingPhraseEnd(words, plain);
      const antecedent = words.slice(0, i).some(
        (x, j) =>
          j >= opening &&
          !x.quoted &&
          !STOPWORDS.has(x.lower) &&
          x.lower !== 'much' &&
          (isNoun(x) || isBlank(x) || (/^\p{Lu}/u.test(x.text) && j > 0)) &&
          (j < verb || boundaryBefore(words, i, plain, j)),
      );
      if (!antecedent) return w.text;
      // "Most of the cuts will fall on its studios …": an "its" needs one owner, and plural nouns are none.
      if (/^(?:it|its|itself)$/.test(w.lower)) {
        const owners = words.slice(opening, i).filter((x) => !x.quoted && !STOPWORDS.has(x.lower) && (isNoun(x) || isBlank(x) || /^\p{Lu}/u.test(x.text)));
        if (owners.length > 0 && owners.every((x) => x.tags.has('Plural') && !/^\p{Lu}/u.test(x.text) && !isBlank(x))) return w.text;
      }
      // "Harriet Calloway, its education spokeswoman, …": a person's name is no owner of an "its".
      if (w.lower === 'its') {
        const named = personNameWords(article);
        const owners = words.slice(opening, i).filter((x) => !x.quoted && !STOPWORDS.has(x.lower) && (isNoun(x) || /^\p{Lu}/u.test(x.text)));
        if (owners.length > 0 && owners.every((x) => named.has(foldText(x.text)))) return w.text;
      }
      // "The trust puts it at …": an object pronoun cannot be its own clause's subject.
      const objectOf = prev !== undefined && isVerb(prev) && !SPEECH_VERBS.has(prev.lower) && !REPORTING.test(prev.lower);
      if (/^(?:it|them)$/.test(w.lower) && objectOf && !boundaryBefore(words, i, plain)) return w.text;
    }
  }
  return undefined;
}

/** The words of every person's names in the article, folded, found once per article. */
function personNameWords(article: Article): Set<string> {
  let words = PERSON_NAME_WORDS.get(article);
  if (words === undefined) {
    words = new Set(article.entities.filter((e) => e.kind === 'person').flatMap((e) => foldedNames(e).flatMap((a) => a.split(' '))));
    PERSON_NAME_WORDS.set(article, words);
  }
  return words;
}

const PERSON_NAME_WORDS = new WeakMap<Article, Set<string>>();

/** First- and second-person words outside quotation marks: the stem repeats someone's speech. */
export function speechOutsideQuotes(stem: string, article: Article, sources: readonly Sentence[]): string | undefined {
  if (!SPEAKING_WORD.test(stem)) return undefined;
  return stemWords(stem, article, sources).find((w) => !w.quoted && /^(?:i|we|you|me|us|my|our|your|ours|yours|myself|ourselves|yourself)$/.test(w.lower) && w.text !== 'US' && w.text !== 'i')?.text;
}

/** Whether the stem quotes someone (double or single quotation marks). */
export function hasQuotation(stem: string): boolean {
  return quoteSpans(plainTypography(stem)).length > 0;
}

/** The words of the stem outside its quotations (the blank counts as a word). */
export function wordsOutsideQuotes(stem: string): string[] {
  const plain = plainTypography(stem);
  const spans = quoteSpans(plain);
  return [...plain.matchAll(WORD)].filter((m) => !spans.some((q) => m.index >= q.start && m.index < q.end)).map((m) => m[0]);
}

/**
 * The gender a stem gives the person it asks about: its first "he"/"his" or "she"/"her" outside quotation
 * marks, when no person is named before it (so that it can only point to the answer). "Who had told the
 * jury in his closing speech …?" → 'male'.
 */
export function genderAskedFor(stem: string, article: Article): Gender | undefined {
  const plain = plainTypography(stem);
  // "his daughter (the soprano _____": a gendered noun just before a blank says who the blank is.
  const blank = plain.search(/_{3,}/);
  if (blank >= 0) {
    const near = /[^.;:!?]*$/.exec(plain.slice(Math.max(0, blank - 40), blank))![0].toLowerCase().split(/[^\p{L}.-]+/u).slice(-4);
    const said = near.map(nounGender).filter((g) => g !== undefined);
    if (said.length > 0) return said[said.length - 1];
  }
  const spans = quoteSpans(plain);
  for (const m of plain.matchAll(WORD)) {
    if (spans.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const gender = pronounGender(m[0]);
    if (gender === undefined) continue;
    return peopleBefore(plain, m.index, article).length === 0 ? gender : undefined;
  }
  return undefined;
}

/** Whether a "he" or "she" in a stem from `sources` can only be the article's protagonist of that gender. */
function aboutProtagonist(article: Article, gender: Gender, sources: readonly Sentence[]): boolean {
  const id = protagonist(article, gender);
  if (id === undefined) return false;
  // "For his part, Peruvian Foreign Minister …": anyone else of that gender in the sentence may be meant.
  return !sources.some((s) => s.mentions.some((m) => m.entity !== id && article.entities[m.entity]!.kind === 'person' && article.entities[m.entity]!.gender !== (gender === 'male' ? 'female' : 'male')));
}

/**
 * The person an article is about, when there is one of that gender: the only one of that gender its headline
 * names, or one named at least three times and at least twice as often as anyone else of that gender. A
 * "he" in a stem from such an article is that person.
 */
export function protagonist(article: Article, gender: Gender): number | undefined {
  const people = article.entities.filter((e) => e.kind === 'person' && e.gender === gender);
  const headline = foldText(article.headline ?? '');
  const headlined = people.filter((e) => e.aliases.some((a) => containsWords(headline, foldText(a))));
  if (headlined.length === 1) return headlined[0]!.id;
  return leadingEntity(people, (e) => e.mentions.length, 3)?.id;
}

/** The person a sentence's first "he", "she", "his" or "her" stands for, and where that word is. */
export interface Referent {
  entity: number;
  start: number;
  end: number;
  /** "his career", "her death": the word is a possessive, and its name takes "'s". */
  possessive: boolean;
}

/**
 * The person the first gendered pronoun of a sentence (outside quotation marks) stands for, when certain: the
 * person the quote analysis resolved it to, or the article's protagonist of that gender (see `protagonist`)
 * when nobody else of that gender is named in the sentence or the one before. Undefined when a person is
 * named before the pronoun (it then points there) or when it is uncertain.
 */
export function pronounReferent(article: Article, s: Sentence): Referent | undefined {
  const quoted = quoteSpans(s.text);
  const t = s.tokens;
  const open = (x: { lower: string; start: number }) => pronounGender(x.lower) !== undefined && !quoted.some((q) => x.start >= q.start && x.start < q.end);
  // The word that opens the sentence, else its first "he" or "she" ("Over her career she recorded …" names
  // the one who recorded), else its first "his" or "her".
  const first = t.findIndex(open);
  if (first < 0) return undefined;
  const subject = t.findIndex((x) => open(x) && /^(?:he|she)$/.test(x.lower));
  const i = first === 0 || subject < 0 ? first : subject;
  const word = t[i]!;
  const gender = pronounGender(word.lower)!;
  const person = (m: { entity: number }) => article.entities[m.entity]!.kind === 'person';
  if (s.mentions.some((m) => m.start < word.start && person(m))) return undefined;
  // "… follows a widowed keeper who records … his own failing memory": a person said before the pronoun in
  // its own sentence, by a noun ("a keeper who") rather than a name, is who it stands for.
  if (t.slice(0, i).some((x, j) => (/^(?:who|whose|whom)$/.test(x.lower) && j > 0 && t[j - 1]!.tags.has('Noun')) || PERSON_NOUNS.has(x.lower) || ROLE_NOUNS.has(x.lower))) return undefined;
  const found = article.subjects.get(s.index);
  let id: number | undefined;
  if (found?.pronoun !== undefined && pronounGender(found.pronoun) === gender && article.entities[found.speaker]?.gender === gender) id = found.speaker;
  else {
    const p = protagonist(article, gender);
    const near = [s, article.sentences[s.index - 1]].filter((x): x is Sentence => x !== undefined && x.block === s.block);
    const other = near.some((x) => x.mentions.some((m) => m.entity !== p && person(m) && article.entities[m.entity]!.gender !== (gender === 'male' ? 'female' : 'male')));
    if (p !== undefined && !other) id = p;
    // "Transport Minister Helen Okafor … told reporters … Her ministry estimates …": a sentence that opens with
    // the pronoun, right after a sentence naming one person and only one, of that gender.
    const prev = article.sentences[s.index - 1];
    if (id === undefined && i === 0 && prev !== undefined && prev.block === s.block && !s.mentions.some(person)) {
      const named = [...new Set(prev.mentions.filter(person).map((m) => m.entity))];
      if (named.length === 1 && article.entities[named[0]!]!.gender === gender) id = named[0];
    }
  }
  if (id === undefined) return undefined;
  // "her" before a noun is a possessive ("her career"); before a verb, a comma or the end, an object.
  const next = t[i + 1];
  const possessive = /^(?:his|hers)$/.test(word.lower) || (word.lower === 'her' && next !== undefined && !/[,;:.!?]/.test(word.post) && (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')) && !next.tags.has('Pronoun'));
  return { entity: id, start: word.start, end: word.end, possessive };
}

/** The name a rewritten stem gives a referent: the surname the article uses, else the full name. */
export function referentName(article: Article, r: Referent): string {
  const e = article.entities[r.entity]!;
  const surname = e.aliases.find((a) => !/\s/.test(a) && e.name.endsWith(a) && a !== e.name);
  const name = surname ?? e.name;
  return r.possessive ? `${name}'s` : name;
}
