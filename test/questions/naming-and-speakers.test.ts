import { describe, expect, it } from 'vitest';
import { keyNouns } from '../../questions/generate/templates/key-noun';
import { namingRewrite, stemText } from '../../questions/generate/stem';
import { whSubject } from '../../questions/generate/templates/wh-subject';
import { analyseArticle } from '../../questions/generate/article';
import { findNumbers } from '../../questions/generate/numbers';
import { generateQuiz } from '../../questions/generate';
import { guessableBlank } from '../../questions/checks/guessable';

// Short texts written for these tests, each with one trap a reader noticed in unseen articles: a role noun
// opening a sentence, a school called by the start of its name, a chain whose name ends like a place, a union
// named with "and", a quotation after a sentence of reported speech, and a town that is the whole story.
const news = `Coffee chain to close 140 cafes as profit falls

Harbour Bean, Britain's third-largest coffee chain, said on Tuesday it would close 140 of its 1,020 cafes. Shares in Harbour Bean fell 11% in London.

The Cafe and Catering Workers' Union called the announcement "a hammer blow" for staff.

Most of the sick children attend Willow Creek Elementary School in Brentford Falls. Marcus Delgado, whose daughter attends Willow Creek, said he had kept her home all week.

In the village of Bel Arath, growers said the river was already lower. Farmer Sevim Orlak, who grows cotton and wheat, said she had delayed buying seed. "My father and my grandfather farmed this land with the Selka," Orlak told reporters.

The museum's director, Annelies Verhoeven, said the decision had been reached after a three-year review. "We have studied the records closely, and there is no doubt about how these objects were taken. Keeping them would mean continuing that injustice."

Kessaland's minister of culture and heritage, Obiora Danmaliki, said the bronzes were "the memory of our ancestors in metal" and thanked the museum.`;

const article = analyseArticle(news);
const named = (name: string) => article.entities.find((e) => e.name === name);

describe('names a reader would write', () => {
  it('leaves a capitalised role noun out of the name it opens', () => {
    expect(named('Sevim Orlak')).toMatchObject({ kind: 'person' });
    expect(named('Farmer Sevim Orlak')).toBeUndefined();
  });

  it('takes the start of a school’s name for the school, not for a person', () => {
    expect(named('Willow Creek')).toBeUndefined();
    const school = named('Willow Creek Elementary School')!;
    expect(school.kind).toBe('org');
    expect(school.mentions.map((m) => m.text)).toContain('Willow Creek');
  });

  it('types a name described as a coffee chain as a company everywhere, whatever its head word', () => {
    const chain = article.entities.filter((e) => e.name === 'Harbour Bean');
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({ kind: 'org', subtype: 'company' });
    expect(chain[0]!.mentions).toHaveLength(2);
  });

  it('keeps "and" inside an organisation’s name', () => {
    expect(named("Cafe and Catering Workers' Union")).toMatchObject({ kind: 'org' });
    expect(named("Catering Workers' Union")).toBeUndefined();
  });

  it('knows a full name after a role with its "of" phrase as a person', () => {
    expect(named('Obiora Danmaliki')).toMatchObject({ kind: 'person' });
  });
});

describe('who said it', () => {
  const speakerOf = (words: string) => {
    const q = article.quotes.find((x) => x.text.includes(words));
    return q?.speaker === undefined ? undefined : article.entities[q.speaker]!.name;
  };

  it('gives a bare quotation to the one person who spoke in the sentence before, in the same paragraph', () => {
    expect(speakerOf('We have studied the records closely')).toBe('Annelies Verhoeven');
  });

  it('does not carry a speaker across paragraphs or past another person', () => {
    const other = analyseArticle(`Museum returns bronzes

The director, Annelies Verhoeven, said the review took three years.

"We have studied the records closely, and there is no doubt about how these objects were taken."

The minister, Obiora Danmaliki, said Anna Berg had asked for the return. "It is a day for our whole nation to remember."`);
    for (const q of other.quotes) expect(q.speaker).toBeUndefined();
  });

  it('names the speaker as the article does, without the role word', () => {
    expect(speakerOf('My father and my grandfather')).toBe('Sevim Orlak');
  });
});

describe('stems', () => {
  it('asks about a class whose name has two adjectives joined by a comma, whole', () => {
    const text = `The Roman Republic

In 509 BC the people of Rome drove out their last king. Rome was now led by two officials who were called consuls. The consuls were advised by the Senate, a council of about 300 men. The rich, old landowning families were called patricians. Ordinary citizens, such as farmers and craftsmen, were called plebeians. Rome fought three wars against Carthage. Rome ruled all of Italy by 270 BC. In Rome the plebeians went on strike in 494 BC.`;
    const prompts = generateQuiz(text, { count: 10 }).questions.map((q) => q.prompt);
    expect(prompts).not.toContainEqual(expect.stringMatching(/^The rich, what/));
    // Rome is what the text is about: a reader guesses it without having read a word.
    const quiz = generateQuiz(text, { count: 10 }).questions;
    expect(prompts.filter((p) => /^Which city\b/.test(p))).toEqual([]);
    expect(quiz.filter((q) => q.type !== 'true_false' && q.choices?.find((c) => c.id === q.answer)?.text === 'Rome')).toEqual([]);
    expect(quiz.filter((q) => q.type === 'fill_blank' && q.answer === 'Rome')).toEqual([]);
  });

  it('names the one person of the sentence before for a sentence that opens with "her"', () => {
    const text = 'Levy approved\n\nThe assembly approved the levy on Tuesday. Transport Minister Helen Okafor told reporters that families would pay "less than a coffee a month." Her ministry estimates that the levy will cost a typical family about 41 dollars a year. Gareth Linde said the real cost was closer to 190 dollars, and Rosa Mendel agreed with him.';
    const quiz = generateQuiz(text, { count: 6 }).questions.map((q) => q.prompt);
    expect(quiz.some((p) => p.includes("Okafor's ministry estimates"))).toBe(true);
    expect(quiz.some((p) => /\bHer ministry\b/.test(p))).toBe(false);
  });

  it('names the one organisation of the sentence before for a sentence that opens with "Its"', () => {
    const text = 'Levy approved\n\nThe ministry says the levy will cost a family about 41 dollars a year. The opposition Civic Alliance disputes that figure. Its finance spokesman, Gareth Linde, said the real cost was closer to 190 dollars a year. Rosa Mendel, an independent, voted for the levy after a promise of local contracts.';
    const article = analyseArticle(text);
    const s = article.sentences[2]!;
    expect(stemText(s.text, 0, namingRewrite(article, s)).text).toMatch(/^The Civic Alliance's finance spokesman, Gareth Linde, said/);
    const prompts = generateQuiz(text, { count: 10 }).questions.map((q) => q.prompt);
    expect(prompts.some((p) => /\bIts finance\b/.test(p))).toBe(false);
  });

  it('asks who did something without the second clause that has a subject of its own', () => {
    const text = 'City reach the final\n\nCity beat Redmont 3-2 on Saturday. Redmont\'s Marco Diaz hit the post in the 88th minute, and goalkeeper Sam Oduya made a diving save to deny Tomasz Nowak moments later. Diaz had come on at half-time. Captain Daniel Kerr scored the first goal. Striker Tomasz Nowak scored twice for Redmont.';
    const prompts = [...new Set(whSubject(analyseArticle(text)).map((c) => c.prompt))];
    expect(prompts.filter((p) => /hit the post/.test(p))).toEqual(['Who hit the post in the 88th minute?']);
    const rugby = 'Mariners win\n\nHarbourside beat Kingsmead 27-24 on Saturday. Captain Daniel Akers landed a difficult conversion from the touchline, and the Mariners then survived three minutes of stoppage time. Akers retires after 212 games. Fly-half Callum Reid kicked four penalties for Kingsmead.';
    const asked = [...new Set(whSubject(analyseArticle(rugby)).map((c) => c.prompt))].filter((p) => /conversion/.test(p));
    expect(asked).toEqual(['Who landed a difficult conversion from the touchline?']);
  });

  it('never types half of a hyphenated word or an adverb as a noun', () => {
    const text = 'Library reopens\n\nThe library reopened on Saturday after a long refit paid for by the council. The stained-glass skylight over the reading room has been cleaned and repaired for the first time in decades. When magma cools slowly deep underground, large crystals have time to grow inside the cooling rock.';
    const answers = keyNouns(analyseArticle(text)).map((c) => c.answer);
    expect(answers.filter((a) => /^glass|underground/.test(a))).toEqual([]);
    // "due to _____" (finish) is a verb; "30 _____ at anchor" is "ships", not "ships waiting".
    const port = 'Strike\n\nThe strike left more than 30 ships waiting at anchor in the estuary on Thursday morning. The work had been due to finish last autumn but was held up by high water levels over the winter.';
    expect(keyNouns(analyseArticle(port)).map((c) => c.answer).filter((a) => /waiting|finish/.test(a))).toEqual([]);
    // "the international _____", "works for the _____": stock phrases answer themselves.
    const news = 'Vote\n\nBlinken added, on Monday, that the international community is closely following the matter and will respond. The election commission is supposed to be an independent body but the opposition says it works for the government.';
    expect(keyNouns(analyseArticle(news)).map((c) => c.answer).filter((a) => /community|government/.test(a))).toEqual([]);
  });

  it('reads "1 minute 12 seconds" as one gap and never blanks half of it', () => {
    const text = 'The main group finished 1 minute 12 seconds behind the winner.';
    const numbers = findNumbers(text, analyseArticle(`Stage\n\n${text}`).sentences[0]!.tokens);
    expect(numbers.map((n) => n.text)).toEqual(['1 minute 12 seconds']);
  });

  it('finds a blank guessable when the figure after it says what it measures', () => {
    expect(guessableBlank('The stage was raced in _____ above 30C.', 'temperatures', 'noun')).toBeDefined();
    expect(guessableBlank('The storm brought _____ of 98mph to the coast.', 'gusts', 'noun')).toBeDefined();
    expect(guessableBlank('The stage was raced in _____ through the hills.', 'rain', 'noun')).toBeUndefined();
    expect(guessableBlank('One child can infect nine out of _____ unprotected children.', 'ten', 'number')).toBeDefined();
  });
});
