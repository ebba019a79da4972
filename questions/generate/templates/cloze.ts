/**
 * @module
 * A sentence with one number, name or term blanked, as multiple choice and as a typed `fill_blank`.
 */
import type { Article } from '../article';
import { CLOZE_LEAD, MIN_WRONG, OPTIONS_CONSIDERED, type Candidate } from '../candidate';
import { inStem } from '../distractors';
import { BLANK, opensWithAnaphor, trimTail, wordCount } from '../stem';
import { statedElsewhere } from '../../checks/also-true';
import { targetsOf } from './targets';

const QUALITY = { number: 0.75, entity: 0.7, concept: 0.8 } as const;

export function cloze(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    if (opensWithAnaphor(s.text) || wordCount(s.text) < 7) continue;
    // In a definition, the term defined is the one thing worth blanking (besides its numbers).
    const defined = article.concepts.filter((c) => c.definitions.some((d) => d.sentence === s.index));
    for (const target of targetsOf(article, s)) {
      if (defined.length > 0 && target.kind === 'concept' && !defined.some((c) => `c:${c.lower}` === target.focus)) continue;
      const blanked = `${s.text.slice(0, target.start)}${BLANK}${s.text.slice(target.end)}`;
      const stem = trimTail(blanked, target.start + BLANK.length, 30);
      if (!stem.includes(BLANK) || opensWithAnaphor(stem.replace(BLANK, 'X'))) continue;
      if (inStem(stem.replace(BLANK, ' '), [target.answer, target.surface, ...target.spellings])) continue;
      // The headline sits above the quiz: a term it names is no test (names of people and places are).
      if (target.kind === 'concept' && article.headline !== undefined && inStem(article.headline, [target.surface, ...target.spellings])) continue;
      const prompt = `${CLOZE_LEAD}${stem}`;
      const options = target.options(stem).slice(0, OPTIONS_CONSIDERED).filter((o) => !statedElsewhere(article, stem.replace(BLANK, o.text), o.text));
      const base = { sentences: [s.index], prompt, answer: target.answer, focus: target.focus };
      if (options.length >= MIN_WRONG) {
        out.push({ ...base, template: 'cloze', type: 'multiple_choice', options, accepted: [], quality: QUALITY[target.kind] });
      }
      if (target.typeable) {
        out.push({ ...base, template: 'cloze', type: 'fill_blank', options: [], accepted: target.spellings, quality: QUALITY[target.kind] * 0.9 });
      }
    }
  }
  return out;
}
