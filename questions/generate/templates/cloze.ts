/**
 * @module
 * A sentence with one number, name or term blanked, as multiple choice and as a typed `fill_blank`.
 */
import type { Article, Sentence } from '../article';
import { CLOZE_LEAD, MIN_WRONG, OPTIONS_CONSIDERED, REPORTS_SPEECH, type Candidate } from '../candidate';
import { inStem } from '../distractors';
import { BLANK, namingRewrite, opener, opensUnresolved, opensWithAnaphor, stemText, trimTail, wordCount } from '../stem';
import { articleBefore, takesAn } from '../../text/words';
import { statedElsewhere } from '../../checks/also-true';
import { targetsOf } from './targets';

const QUALITY = { number: 0.75, entity: 0.7, concept: 0.8 } as const;
/** "She said (that) …", "They estimated …": a report whose content is a fact of its own. */
const REPORTED = /^(?:He|She|They) (?:said|says|added|estimated|estimates|noted|explained|told (?:reporters|the meeting|the council|the court)) (?:that )?(?=\p{L})/u;
const MAX_STEM_WORDS = 45;

export function cloze(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined || wordCount(s.text) < 7) continue;
    // "It is broken into about a dozen large slabs …": a sentence that points back is shown after the one it
    // points to, so the reader sees what "it" is.
    // "She recorded 31 albums" in an obituary: the stem names her instead.
    const rewrites = namingRewrite(article, s);
    const unresolved = opensUnresolved(s.text, rewrites);
    // "She said the club's 70 junior members had raised £2,100 …": when "she" is uncertain, the figures she
    // reports still stand without her.
    const reported = unresolved ? REPORTED.exec(s.text) : null;
    const lead = unresolved && reported === null ? contextBefore(article, s) : '';
    if (lead === undefined) continue;
    // In a definition, the term defined is the one thing worth blanking (besides its numbers).
    const defined = article.concepts.filter((c) => c.definitions.some((d) => d.sentence === s.index));
    // "For his part, …" says nothing and may point the wrong way ("his" before the name): the stem starts after it.
    const op = opener(s.tokens, s.text);
    const edited = stemText(s.text, reported !== null ? reported[0].length : op.after > 0 && op.droppable && !op.keepable ? s.tokens[op.after]!.start : 0, rewrites);
    const text = edited.text;
    for (const target of targetsOf(article, s)) {
      if (reported !== null && target.kind !== 'number') continue;
      if (defined.length > 0 && target.kind === 'concept' && !defined.some((c) => `c:${c.lower}` === target.focus)) continue;
      const start = edited.at(target.start);
      const end = edited.at(target.end - 1);
      if (start === undefined || end === undefined) continue;
      const blanked = `${text.slice(0, start)}${BLANK}${text.slice(end + 1)}`;
      const stem = trimTail(blanked, start + BLANK.length, 30);
      if (!stem.includes(BLANK) || (lead === '' && opensWithAnaphor(stem.replace(BLANK, 'X')))) continue;
      // A stem a reader has to read twice is a test of patience, not of the article.
      if (wordCount(`${lead} ${stem}`) > MAX_STEM_WORDS) continue;
      if (inStem(`${lead} ${stem.replace(BLANK, ' ')}`, [target.answer, target.surface, ...target.spellings])) continue;
      // The headline sits above the quiz: a term it names is no test (names of people and places are).
      if (target.kind === 'concept' && article.headline !== undefined && inStem(article.headline, [target.surface, ...target.spellings])) continue;
      const prompt = `${CLOZE_LEAD}${lead === '' ? '' : `${lead} `}${stem}`;
      // "an _____": every option must take "an" as well.
      const articleWord = articleBefore(stem, stem.indexOf(BLANK));
      const options = target
        .options(stem)
        .filter((o) => articleWord === undefined || takesAn(o.text) === (articleWord === 'an'))
        .slice(0, OPTIONS_CONSIDERED)
        .filter((o) => !statedElsewhere(article, stem.replace(BLANK, o.text), o.text));
      // What the sentence's main clause says comes first; a trailing aside ("…, attended by 200 residents") and
      // an age ("The 26-year-old …") are seldom what the sentence is there to tell.
      const weight = (1 - 0.1 * (target.start / s.text.length)) * (/-year-old$/.test(target.answer) ? 0.8 : 1);
      // A person blanked in a stem that reports speech ("…, _____ said") asks who said it.
      const person = target.kind === 'entity' && article.entities[Number(target.focus.slice(1))]?.kind === 'person';
      const aboutSpeech = target.speaker === true || (person && REPORTS_SPEECH.test(stem));
      const base = { sentences: lead === '' ? [s.index] : [s.index - 1, s.index], prompt, answer: target.answer, focus: target.focus, aboutSpeech };
      if (options.length >= MIN_WRONG) {
        out.push({ ...base, template: 'cloze', type: 'multiple_choice', options, accepted: [], quality: QUALITY[target.kind] * weight });
      }
      if (target.typeable) {
        out.push({ ...base, template: 'cloze', type: 'fill_blank', options: [], accepted: target.spellings, quality: QUALITY[target.kind] * 0.9 * weight });
      }
    }
  }
  return out;
}

/**
 * The sentence before `s` as context for a stem that opens with "it", "they" or "she": the same paragraph,
 * short, not itself pointing back and quoting nobody. Undefined when there is no such sentence.
 */
function contextBefore(article: Article, s: Sentence): string | undefined {
  const prev = article.sentences[s.index - 1];
  if (prev === undefined || prev.block !== s.block || prev.repeats !== undefined) return undefined;
  if (opensWithAnaphor(prev.text) || /"/.test(prev.text) || wordCount(prev.text) > 25) return undefined;
  return prev.text;
}
