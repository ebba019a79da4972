/**
 * @module
 * "Who said: “…”?" for every quote whose speaker is certain and named in the sentences shown as the
 * explanation. Wrong options are the article's other speakers, then its other people.
 */
import type { Article } from '../article';
import { MIN_WRONG, WHO_SAID_LEAD, type Candidate } from '../candidate';
import { personOptions } from '../distractors';
import { knownPerson } from '../entities';
import { wordCount } from '../stem';
import { foldText } from '../../text/fold';
import { containsWords } from '../../text/typography';

/** A quote short enough for a stem: its most informative sentence, cut at a comma if still long. */
export function quoteForStem(text: string): string | undefined {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-Z])/).map((p) => p.trim());
  let best = parts.reduce((a, b) => (wordCount(b) > wordCount(a) && wordCount(b) <= 30 ? b : a), parts[0]!);
  if (wordCount(best) > 30) {
    const cut = best.split(/,\s+/);
    let out = '';
    for (const piece of cut) {
      if (wordCount(out) >= 10) break;
      out = out === '' ? piece : `${out}, ${piece}`;
    }
    best = `${out}…`;
  }
  best = best.replace(/[.,;:]+$/, '');
  return wordCount(best) >= 5 ? best : undefined;
}

export function whoSaid(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const q of article.quotes) {
    if (q.speaker === undefined || q.evidence.length > 2) continue;
    const speaker = article.entities[q.speaker]!;
    if (!knownPerson(speaker, article)) continue;
    const shown = q.evidence.map((i) => article.sentences[i]!.text).join(' ');
    if (!speaker.aliases.some((a) => containsWords(foldText(shown), foldText(a)))) continue;
    const quote = quoteForStem(q.text);
    if (quote === undefined) continue;
    const prompt = `${WHO_SAID_LEAD}“${quote}”?`;
    const options = personOptions(article, speaker, prompt, true);
    if (options.length < MIN_WRONG) continue;
    out.push({
      template: 'who-said',
      type: 'multiple_choice',
      sentences: q.evidence,
      prompt,
      answer: speaker.name,
      options,
      accepted: [],
      focus: `e${speaker.id}`,
      quality: q.full ? 0.95 : 0.7,
      aboutSpeech: true,
    });
  }
  return out;
}
