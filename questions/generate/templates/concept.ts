/**
 * @module
 * Concept questions for classroom texts, from the text's own definitions: "What is the change from a gas
 * to a liquid called?", "What is the process by which plants use light energy …?". Wrong options are the
 * text's other terms, those of the same class ("melting", "freezing" for a change of state) first.
 */
import type { Article, Sentence } from '../article';
import { conceptSpellings } from '../aliases';
import { MIN_WRONG, typedVariant, type Candidate } from '../candidate';
import type { Concept, Definition } from '../concepts';
import { conceptOptions, displayTerm, inStem } from '../distractors';
import { asQuestion, lowerFirstUnlessName, opensWithAnaphor } from '../stem';

const DEMONSTRATIVE = /^(?:this|these|that|those|such)$/i;

/**
 * The sentence before a definition whose "this change" points back to it, to stand before the question: in the
 * same paragraph, not pointing back itself, and not naming the term the question asks for.
 */
function contextFor(article: Article, s: Sentence, c: Concept): Sentence | undefined {
  const prev = article.sentences[s.index - 1];
  if (prev === undefined || prev.block !== s.block || opensWithAnaphor(prev.text) || inStem(prev.text, conceptSpellings(c.term).concat(c.term))) return undefined;
  return prev;
}

function stemFor(article: Article, c: Concept, d: Definition): { prompt: string; sentences: number[] } | undefined {
  const s = article.sentences[d.sentence]!;
  const t = s.tokens;
  const from = (i: number) => t[i]!.start;
  const to = (i: number) => t[i]!.end;
  if (d.form === 'called') {
    // "Smaller rivers … are known as tributaries, and the point where two rivers meet is called …": a clause
    // before the phrase is a definition of its own, not an opener of the question.
    const before = d.npFirst > 0 ? s.text.slice(0, from(d.npFirst)) : '';
    const intro = /,\s*(?:and|but|while)\s*$/i.test(before) ? '' : before;
    // "an animal that eats only plants, such as a rabbit or a cow, called": examples keep their closing comma.
    let np = s.text.slice(from(d.npFirst), to(d.npLast)) + (/,\s*(?:such as|like|including|e\.g\.)\s/i.test(s.text.slice(from(d.npFirst), to(d.npLast))) && /^,/.test(t[d.npLast]!.post) ? ',' : '');
    const copula = t[d.copula]!.lower;
    const adverb = d.copula + 1 < d.termFirst - 1 && t[d.copula + 1]!.tags.has('Adverb') ? ` ${t[d.copula + 1]!.lower}` : '';
    const after = d.termLast + 1 < t.length ? s.text.slice(from(d.termLast + 1)).replace(/^[,\s]+/, '') : '';
    const tail = /^(?:when|if|because|in|at)\b/i.test(after) ? ` ${after}` : '';
    // The naming words before the term, past any article: "called", "termed", "known as".
    let n = d.termFirst - 1;
    if (/^(?:a|an|the|its|their)$/.test(t[n]?.lower ?? '')) n--;
    const naming = t[n]?.lower === 'as' && t[n - 1]?.lower === 'known' ? 'known as' : t[n]!.lower;
    const words = np.split(/\s+/);
    let sentences = [s.index];
    let lead = '';
    // "The place where it ends is called its mouth": the "it" of the phrase's clause is a noun said before.
    if (/\b(?:where|when|which|that|as|after|before|until)\s+(?:it|they)\b/i.test(np)) {
      const prev = contextFor(article, s, c);
      if (prev === undefined) return undefined;
      lead = `${prev.text} `;
      sentences = [prev.index, s.index];
      if (intro === '') np = lowerFirstUnlessName(np, article.sentences);
    } else if (DEMONSTRATIVE.test(words[0]!) || (/^one$/i.test(words[0]!) && /^(?:that|which|who)$/i.test(words[1] ?? ''))) {
      // "This change is called sublimation": short, it needs the sentence before; long, it stands alone.
      // "Those that carry blood back …" stands for a noun of the sentence before, however long it is.
      if (words.length >= 5 && !/^(?:that|which|who)$/i.test(words[1]!)) np = `the ${words.slice(1).join(' ')}`;
      else {
        const prev = contextFor(article, s, c);
        if (prev === undefined) return undefined;
        lead = `${prev.text} `;
        np = lowerFirstUnlessName(np, article.sentences);
        sentences = [prev.index, s.index];
      }
    } else if (intro === '') np = /^\p{Lu}(?:\p{Ll}|\s)/u.test(np) && !t[d.npFirst]!.tags.has('ProperNoun') ? lowerFirstUnlessName(np, article.sentences) : np;
    // "Beneath the surface, what is this molten rock called?": an opener keeps a comma before the question.
    const opening = intro === '' ? 'What' : `${/,\s*$/.test(intro) ? intro : `${intro.trimEnd()}, `}what`;
    const question = `${opening} ${copula} ${np}${adverb} ${naming}${tail}`;
    return { prompt: lead + asQuestion(question.charAt(0).toUpperCase() + question.slice(1)), sentences };
  }
  if (d.form === 'measured' && d.about !== undefined) {
    // "What unit is electric current measured in?", "What instrument is used to measure voltage?"
    const prompt = d.classNoun === 'instrument' ? `What instrument is used to measure ${d.about}?` : `What unit is ${d.about} measured in?`;
    // The prompt names the quantity, so the sentence before (which the "it" stands for) stays free for a question.
    return { prompt, sentences: [s.index] };
  }
  if (d.form === 'law' && d.about !== undefined) return { prompt: `Which law says that ${d.about}?`, sentences: [s.index] };
  if (d.form === 'call') {
    // "What do geologists call this slow, never-ending process?", after the sentence "this" points to.
    const who = lowerFirstUnlessName(s.text.slice(0, from(d.copula)).trim(), article.sentences);
    const np = s.text.slice(from(d.npFirst), to(d.npLast)).replace(/[,\s]+$/, '');
    const verb = t[d.copula]!.lower === 'calls' ? 'does' : 'do';
    const prompt = `What ${verb} ${who} call ${np}?`;
    if (!DEMONSTRATIVE.test(t[d.npFirst]!.text)) return { prompt, sentences: [s.index] };
    const prev = contextFor(article, s, c);
    if (prev === undefined) return undefined;
    return { prompt: `${prev.text} ${prompt}`, sentences: [prev.index, s.index] };
  }
  if (d.form === 'apposition') {
    const predicate = s.text.slice(from(d.npFirst), to(d.npLast)).replace(/[,.;:!?]+$/, '');
    return { prompt: asQuestion(`What ${c.plural ? 'are' : 'is'} ${predicate}`), sentences: [s.index] };
  }
  if (d.form === 'is-a') {
    const copula = t[d.copula]!.lower;
    // "a salt is any compound formed when …": asked as "What is a compound formed when …?"
    let predicate = s.text.slice(from(d.npFirst)).replace(/^any (?=\p{L})/u, (m) => (/^[aeiou]/i.test(s.text.slice(from(d.npFirst) + m.length)) ? 'an ' : 'a '));
    predicate = predicate.replace(/(?::|;|,\s+and\s+|,\s+so\s+|,\s+but\s+).*$/, '');
    if (predicate.split(/\s+/).length < 3) return undefined;
    const vague = /^(?:anything|something)\b/i.test(predicate);
    const question = vague ? `What name is given to ${predicate}` : `What ${copula} ${predicate}`;
    return { prompt: asQuestion(question), sentences: [s.index] };
  }
  return undefined;
}

export function conceptQuestions(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const c of article.concepts) {
    for (const d of c.definitions) {
      const stem = stemFor(article, c, d);
      if (stem === undefined) continue;
      // The headline sits above the quiz: a term it names is no test.
      if (article.headline !== undefined && inStem(article.headline, [c.term, ...conceptSpellings(c.term)])) continue;
      if (inStem(stem.prompt, [c.term, ...conceptSpellings(c.term), ...c.aliases])) continue;
      const options = conceptOptions(article, c, stem.prompt);
      const candidate: Candidate = {
        template: 'concept',
        type: 'multiple_choice',
        sentences: stem.sentences,
        prompt: stem.prompt,
        answer: displayTerm(c.term),
        options,
        accepted: spellings(c),
        focus: `c:${c.lower}`,
        quality: 0.95,
      };
      if (options.length >= MIN_WRONG) out.push(candidate);
      const typed = typedVariant({ ...candidate, answer: c.term }, spellings(c));
      if (typed !== undefined) out.push(typed);
    }
  }
  return out;
}

/** What a reader may type for a term: its forms, its other names, and a named law without its "law". */
function spellings(c: Concept): string[] {
  const law = /^(.+?)(?:'s|s')? (?:law|principle|rule|theorem)$/i.exec(c.term)?.[1];
  // A symbol ("Pa") has no plural.
  const forms = [...conceptSpellings(c.term), ...c.aliases.flatMap((a) => (/^\p{Lu}\p{L}{0,3}$/u.test(a) ? [a] : [a, ...conceptSpellings(a)]))];
  if (law !== undefined) forms.push(c.term.replace(/'/g, ''), law);
  return [...new Set(forms)];
}
