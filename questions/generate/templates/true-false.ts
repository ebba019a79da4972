/**
 * @module
 * True or false: a sentence as it stands, or with one number, name or term swapped for one of the same
 * kind that the article does not say of it.
 */
import type { Article } from '../article';
import { MIN_WRONG, OPTIONS_CONSIDERED, TRUE_FALSE_LEAD, type Candidate } from '../candidate';
import { asStatement, namingRewrite, opensUnresolved, trimTail, wordCount } from '../stem';
import { sentencesWith, statedElsewhere } from '../../checks/also-true';
import { foldText } from '../../text/fold';
import { articleBefore, takesAn, wordsOf } from '../../text/words';
import { opener, stemText } from '../stem';
import { entityNamed } from '../../checks/article-index';
import { headlineGives } from '../../checks/reader-checks';
import { conversionBeside, parseNumberText } from '../numbers';
import { targetsOf, type Target } from './targets';

/** Whether the sentence defines the term by saying what kind of thing it is ("X is an enzyme, …"). */
function statesKind(article: Article, sentence: number, focus: string): boolean {
  return article.concepts.some((c) => `c:${c.lower}` === focus && c.definitions.some((d) => d.sentence === sentence && (d.form === 'is-a' || d.form === 'apposition')));
}

function rankTarget(t: Target): number {
  return t.kind === 'number' ? 0 : t.kind === 'concept' ? 1 : 2;
}

export function trueFalse(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const s of article.sentences) {
    if (s.repeats !== undefined) continue;
    const rewrites = namingRewrite(article, s);
    if (/["]/.test(s.text) || opensUnresolved(s.text, rewrites) || wordCount(s.text) < 7) continue;
    // "For his part, …" says nothing; the statement starts after it.
    const op = opener(s.tokens, s.text);
    const edited = stemText(s.text, op.after > 0 && op.droppable && !op.keepable ? s.tokens[op.after]!.start : 0, rewrites);
    const statement = asStatement(trimTail(edited.text, 0, 24));
    if (wordCount(statement) > 30) continue;
    // Numbers make the best swaps, then the sentence's subject, then anything else.
    const targets = targetsOf(article, s)
      .flatMap((t) => {
        const start = edited.at(t.start);
        const last = edited.at(t.end - 1);
        return start === undefined || last === undefined ? [] : [{ ...t, start, end: last + 1 }];
      })
      .filter((t) => t.end <= statement.length - 1)
      .sort((a, b) => rankTarget(a) - rankTarget(b) || a.start - b.start);
    let falsePrompt: string | undefined;
    let swap: Candidate['falseSwap'];
    let focus = `s${s.index}`;
    const defines = new Set(article.concepts.filter((c) => c.definitions.some((d) => d.sentence === s.index)).map((c) => `c:${c.lower}`));
    for (const target of targets) {
      // A term is swapped where the sentence is about it: as its subject or as the term it defines, and not
      // beside another name of it ("Voltage, or potential difference, is …").
      if (target.titled === true) continue;
      // "… discovered in central Ecuador" under "Frog … found in Peru's cloud forests": the title gives it away.
      if (headlineGives(article, target.answer) || headlineGives(article, target.surface)) continue;
      if (target.kind === 'concept' && !(wordCount(statement.slice(0, target.start)) <= 3 || defines.has(target.focus))) continue;
      if (target.kind === 'concept' && article.concepts.some((c) => `c:${c.lower}` === target.focus && c.aliases.some((a) => statement.toLowerCase().includes(a.toLowerCase())))) continue;
      // "less than seven hours" → "less than eight hours" may still be true: no swaps under a qualifier.
      if (target.kind === 'number' && /\b(?:less|fewer|more|than|least|most|over|under|below|above|beyond|within|up to|almost|nearly)\s*$/i.test(statement.slice(0, target.start))) continue;
      // "Half of the schools …; the other half …": a changed share contradicts its own sentence.
      if (target.kind === 'number' && parseNumberText(target.answer)?.kind === 'fraction' && /\bthe (?:other|remaining) (?:half|third|quarter|two thirds)\b|\bthe rest\b/i.test(statement)) continue;
      // "a tenfold change, so pH 3 is ten times more acidic": a changed multiple contradicts its own sentence.
      if (target.kind === 'number' && /\b(?:\d+|[a-z]+)[- ]?fold\b/i.test(statement)) continue;
      // "98mph (158km/h)": a changed figure beside its own conversion contradicts itself.
      if (target.kind === 'number' && conversionBeside(statement, target.start, target.end)) continue;
      // "the point where three rivers meet is called a confluence": a definition's figures are the world's,
      // and a changed one may still be true.
      if (target.kind === 'number' && defines.size > 0) continue;
      const afterThe = /\bthe\s*$/i.test(statement.slice(0, target.start));
      // "an 81-year-old" swapped for "an 101-year-old": the article must still fit.
      const articleWord = articleBefore(statement, target.start);
      const options = target
        .options(statement)
        .slice(0, OPTIONS_CONSIDERED)
        .filter((o) => o.text.toLowerCase() !== target.surface.toLowerCase())
        // A concept only swaps with one of its class; "the Green Party" not with a bare "Labour".
        .filter((o) => target.kind !== 'concept' || target.sameClass(o.text))
        // "Amylase is an enzyme, a protein that …" made "Pepsin is an enzyme, …": a statement of what kind a
        // term is stays true of every other term of that kind.
        .filter((o) => !(target.kind === 'concept' && statesKind(article, s.index, target.focus)))
        .filter((o) => !(afterThe && target.kind === 'entity' && !/\s/.test(o.text) && /\s/.test(target.surface)))
        .filter((o) => articleWord === undefined || takesAn(o.text) === (articleWord === 'an'))
        // A man swapped for a woman is false for a reason that has nothing to do with the article's facts.
        .filter((o) => samePersonKind(article, target, o.text))
        // "In 1162 Hulagu, a grandson of Genghis Khan, captured Baghdad": a year from another generation
        // makes a statement false by the calendar, not by the article.
        .filter((o) => !(target.kind === 'number' && /^\d{3,4}$/.test(target.answer) && /^\d{3,4}$/.test(o.text) && Math.abs(Number(o.text) - Number(target.answer)) > 30));
      for (const o of options) {
        const text = personForm(article, target, o.text);
        const swapped = `${statement.slice(0, target.start)}${text}${statement.slice(target.end)}`;
        const words = wordsOf(foldText(swapped));
        if (sentencesWith(article, words).length > 0 || statedElsewhere(article, swapped, text)) continue;
        falsePrompt = `${TRUE_FALSE_LEAD}${swapped}`;
        swap = { ...o, text };
        focus = target.focus;
        break;
      }
      if (falsePrompt !== undefined) break;
    }
    if (targets.length === 0) continue;
    out.push({
      template: 'true-false',
      type: 'true_false',
      sentences: [s.index],
      prompt: `${TRUE_FALSE_LEAD}${statement}`,
      answer: 'true',
      options: [],
      accepted: [],
      ...(falsePrompt === undefined ? {} : { falsePrompt, falseSwap: swap }),
      focus,
      quality: falsePrompt === undefined ? 0.45 : 0.6,
    });
  }
  return out.filter((c) => c.falsePrompt !== undefined || MIN_WRONG > 0);
}

/**
 * Whether `option` can stand where a person target stands: a person goes only for a person the article shows
 * to be of the same gender ("Ms. Ferrand-Whitaker … her teaching" takes no Tomás Ibarra, whose gender the
 * article does not show). Other targets take any option.
 */
function samePersonKind(article: Article, target: Target, option: string): boolean {
  if (!target.focus.startsWith('e')) return true;
  const e = article.entities[Number(target.focus.slice(1))];
  if (e?.kind !== 'person') return true;
  const o = entityNamed(article, option);
  return o?.kind === 'person' && e.gender !== undefined && o.gender === e.gender;
}

/** A person swapped in the form the target has: a surname for a surname ("Ms. Broussard", not "Ms. Marie-Claire Broussard"). */
function personForm(article: Article, target: Target, option: string): string {
  const e = target.focus.startsWith('e') ? article.entities[Number(target.focus.slice(1))] : undefined;
  if (e?.kind !== 'person' || /\s/.test(target.surface)) return option;
  const o = entityNamed(article, option);
  const surname = o?.aliases.find((a) => !/\s/.test(a) && o.name.endsWith(a));
  return surname ?? option;
}
