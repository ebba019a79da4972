import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../questions/generate/article';
import { readLayout } from '../../questions/generate/layout';
import { parseNumberText, renderLike } from '../../questions/generate/numbers';
import { targetsOf } from '../../questions/generate/templates/targets';
import { entitySpellings } from '../../questions/generate/aliases';

const sentencesOf = (text: string) => analyseArticle(text).sentences.map((s) => s.raw);
const speakerOf = (text: string, quote: string) => {
  const a = analyseArticle(text);
  const q = a.quotes.find((x) => x.text.includes(quote));
  return q?.speaker === undefined ? undefined : a.entities[q.speaker]!.name;
};

describe('layout', () => {
  it('reads the date header, the headline and subheadings', () => {
    const text = ' date 2024-07-29 Headline words here\n\nA first paragraph says something.\n\nA subheading\n\nAnother paragraph.';
    const layout = readLayout(text);
    expect(layout.date).toBe('2024-07-29');
    expect(layout.headline).toBe('Headline words here');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('leaves a dateline out of the first sentence', () => {
    expect(sentencesOf('WASHINGTON (AP) -- The Senate passed the bill on Thursday after a long debate.')[0]).toBe(
      'The Senate passed the bill on Thursday after a long debate.',
    );
    expect(sentencesOf('SAN JOSE, Calif. — Halvorsen said on Tuesday that profit doubled.')[0]).toBe('Halvorsen said on Tuesday that profit doubled.');
  });
});

describe('sentences', () => {
  it('keeps a quote of several sentences together with its attribution', () => {
    expect(sentencesOf('“We saw it. We have concerns,” he said. Then he left.')).toEqual(['“We saw it. We have concerns,” he said.', 'Then he left.']);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(sentencesOf('She called it “a disaster.” The council met later.')).toEqual(['She called it “a disaster.”', 'The council met later.']);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(sentencesOf('Dr. Amara Osei of the U.S. team said the planet is 1.3 times larger. It orbits fast.')).toHaveLength(2);
    expect(sentencesOf('J. K. Rowling spoke at 10 a.m. in London. She left.')).toHaveLength(2);
  });

  it('keeps British single-quoted speech together', () => {
    expect(sentencesOf("'I closed my eyes. I hoped,' Martínez said. He smiled.")).toEqual(["'I closed my eyes. I hoped,' Martínez said.", 'He smiled.']);
  });
});

describe('names', () => {
  const text =
    'US Secretary of State Antony Blinken said on Monday that the vote was unfair. ' +
    'Blinken spoke to reporters. Peruvian Foreign Minister Javier Gonzalez-Olachia recalled his ambassador. ' +
    'The University of Leeds and Halvorsen Semiconductor both said that the Carver River had flooded.';
  const a = analyseArticle(text);
  const named = (name: string) => a.entities.find((e) => e.name === name);

  it('splits titles off names and joins surnames to full names', () => {
    expect(named('Antony Blinken')?.kind).toBe('person');
    expect(named('Antony Blinken')?.mentions).toHaveLength(2);
    expect(named('Javier Gonzalez-Olachia')?.mentions[0]!.role).toBe('peruvian foreign minister');
  });

  it('types organisations and places by their head words and the gazetteer', () => {
    expect(named('University of Leeds')?.kind).toBe('org');
    expect(named('Halvorsen Semiconductor')?.subtype).toBe('company');
    expect(named('Carver River')?.kind).toBe('place');
    expect(named('Peru')?.subtype).toBe('country');
  });
});

describe('numbers', () => {
  it('reads kind, unit and format', () => {
    expect(parseNumberText('51 percent')).toMatchObject({ kind: 'percent', value: 51 });
    expect(parseNumberText('$2.3 billion')).toMatchObject({ kind: 'money', value: 2.3e9, unit: '$' });
    expect(parseNumberText('41 per cent')!.format.suffix).toBe(' per cent');
    expect(parseNumberText('480 millimetres')).toMatchObject({ kind: 'measure', unit: 'millimetres' });
    expect(parseNumberText('2027')).toMatchObject({ kind: 'year' });
  });

  it('writes a wrong value the way the answer is written', () => {
    expect(renderLike(parseNumberText('51 percent')!, 61)).toBe('61 percent');
    expect(renderLike(parseNumberText('$2.3 billion')!, 3.3e9)).toBe('$3.3 billion');
    expect(renderLike(parseNumberText('41 per cent')!, 31)).toBe('31 per cent');
    expect(renderLike(parseNumberText('six weeks')!, 8)).toBe('eight weeks');
  });

  it('reads a race time, a temperature, a year BC and a measure written as an adjective', () => {
    expect(parseNumberText('2 hours 14 minutes and 58 seconds')).toMatchObject({ kind: 'duration', value: 8098 });
    expect(parseNumberText('1 minute 12 seconds')).toMatchObject({ kind: 'duration', value: 72 });
    expect(parseNumberText('30C')).toMatchObject({ kind: 'measure', value: 30 });
    expect(parseNumberText('509 BC')).toMatchObject({ kind: 'year', value: 509 });
    expect(parseNumberText('187-kilometre')).toMatchObject({ kind: 'measure', value: 187 });
  });

  it('reads "four hundred years" as one figure and "two-year" as a measure, with decimals in a race time', () => {
    expect(parseNumberText('four hundred years')).toMatchObject({ kind: 'measure', value: 400 });
    expect(renderLike(parseNumberText('four hundred years')!, 500)).toBe('five hundred years');
    expect(parseNumberText('two-year')).toMatchObject({ kind: 'measure', value: 2 });
    expect(parseNumberText('1 minute 56.42 seconds')).toMatchObject({ kind: 'duration', value: 116.42 });
  });

  it('reads "£5m", "£2.3bn" and "200m" as British papers write them, and keeps a swimmer’s hundredths', () => {
    expect(parseNumberText('£5m')).toMatchObject({ kind: 'money', value: 5e6 });
    expect(renderLike(parseNumberText('£5m')!, 6e6)).toBe('£6m');
    expect(parseNumberText('£2.3bn')).toMatchObject({ kind: 'money', value: 2.3e9 });
    expect(parseNumberText('200m')).toMatchObject({ kind: 'measure', value: 200 });
    expect(renderLike(parseNumberText('2 minutes 6.41 seconds')!, 127.04)).toBe('2 minutes 7.04 seconds');
    expect(renderLike(parseNumberText('2 minutes 6.41 seconds')!, 119.99)).toBe('1 minute 59.99 seconds');
  });

  it('writes wrong race times, years BC and adjective measures in the answer’s own units', () => {
    expect(renderLike(parseNumberText('1 minute 12 seconds')!, 90)).toBe('1 minute 30 seconds');
    expect(renderLike(parseNumberText('1 minute 12 seconds')!, 130)).toBe('2 minutes 10 seconds');
    // No "0 minutes 54 seconds": a shorter gap is written otherwise.
    expect(renderLike(parseNumberText('1 minute 12 seconds')!, 54)).toBeUndefined();
    expect(renderLike(parseNumberText('2 hours 14 minutes and 58 seconds')!, 8098 + 97)).toBe('2 hours 16 minutes and 35 seconds');
    expect(renderLike(parseNumberText('509 BC')!, 506)).toBe('506 BC');
    expect(renderLike(parseNumberText('187-kilometre')!, 234)).toBe('234-kilometre');
    expect(renderLike(parseNumberText('30C')!, 34)).toBe('34C');
  });

  it('reads dates, months, race clocks, pence and years before 1500, and writes wrong ones like them', () => {
    expect(parseNumberText('14 April')).toMatchObject({ kind: 'date' });
    expect(renderLike(parseNumberText('14 April')!, 421)).toBe('21 April');
    expect(renderLike(parseNumberText('March 14, 2024')!, 20240307)).toBe('March 7, 2024');
    expect(renderLike(parseNumberText('June 1215')!, 12150700)).toBe('July 1215');
    expect(renderLike(parseNumberText('July 14th')!, 721)).toBe('July 21st');
    expect(renderLike(parseNumberText('2:07.02')!, 128.3)).toBe('2:08.30');
    expect(parseNumberText('2:07.02')).toMatchObject({ kind: 'duration', value: 127.02 });
    expect(parseNumberText('265p')).toMatchObject({ kind: 'money', unit: 'p', value: 265 });
    expect(renderLike(parseNumberText('265p')!, 315)).toBe('315p');
    const a = analyseArticle('The league\n\nThe war ended with the Treaty of Stralsund in 1370. Land purchases begin in January, and 1200 residents were asked.');
    expect(a.sentences.flatMap((x) => x.numbers).map((n) => [n.text, n.kind])).toEqual([['1370', 'year'], ['January', 'month'], ['1200', 'count']]);
    const options = (answer: string) => a.sentences.flatMap((x) => targetsOf(a, x)).find((t) => t.answer === answer)!.options('').map((o) => o.text);
    expect(options('January')).toEqual(expect.arrayContaining(['February', 'December']));
  });

  it('never blanks a lone "1", never takes a name particle for a surname, and reads "In 1241 Mongol armies" as a year', () => {
    const a = analyseArticle('Lesson\n\nEach neurone has a long fibre, which can be more than 1 metre long. The scholar Ibn al-Haytham wrote the Book of Optics. In 1241 Mongol armies defeated a European army.');
    expect(targetsOf(a, a.sentences[0]!).filter((t) => t.kind === 'number')).toEqual([]);
    const scholar = a.entities.find((e) => e.name.includes('Haytham'));
    if (scholar !== undefined) expect(entitySpellings(scholar).map((x) => x.toLowerCase())).not.toContain('al');
    expect(a.sentences[2]!.numbers.map((n) => [n.text, n.kind])).toEqual([['1241', 'year']]);
  });

  it('asks a bare number that is a running total, and no label such as a stage number', () => {
    const a = analyseArticle('Measles cases rise\n\nOfficials confirmed four more cases of measles, bringing the total in the outbreak to 27. Ferrante won stage 14 of the race on Saturday.');
    expect(targetsOf(a, a.sentences[0]!).filter((t) => t.kind === 'number').map((t) => t.answer)).toEqual(['four', '27']);
    expect(targetsOf(a, a.sentences[1]!).filter((t) => t.kind === 'number')).toEqual([]);
    const storm = analyseArticle('Cyclone\n\nMore than 140,000 were forced from their homes. The institute said 61 of the deaths were in Sofala.');
    expect(storm.sentences.flatMap((x) => targetsOf(storm, x)).filter((t) => t.kind === 'number').map((t) => t.answer)).toEqual(['140,000', '61']);
  });

  it('counts what a number counts past "more" and "other"', () => {
    const s = analyseArticle('Health officials confirmed four more cases of measles on Thursday.').sentences[0]!;
    expect(s.numbers.map((n) => [n.text, n.unit])).toEqual([['four', 'cases']]);
  });
});

describe('quote attribution', () => {
  it('takes the speaker from a speech verb after the quote', () => {
    expect(speakerOf('"Nobody got everything," Carla Whitfield told reporters after the vote.', 'Nobody')).toBe('Carla Whitfield');
    expect(speakerOf('"Rural America has a crisis too," said Senator Thomas Reyes of Arizona.', 'Rural')).toBe('Thomas Reyes');
  });

  it('takes the speaker from before a colon', () => {
    expect(speakerOf('Dana Kowalski, an analyst at Brightline Securities, said: "If two customers pause, it hurts."', 'If two')).toBe('Dana Kowalski');
  });

  it('resolves he and she to the one person of the sentence before', () => {
    const text = 'Gareth Pike admitted his side had faded. "We did not do enough," he said.';
    expect(speakerOf(text, 'We did not')).toBe('Gareth Pike');
  });

  it('resolves "the minister" to the one minister named before', () => {
    const text = 'Foreign Minister Javier Gonzalez-Olachia recalled the ambassador. "The recall has been arranged," the minister said.';
    expect(speakerOf(text, 'The recall')).toBe('Javier Gonzalez-Olachia');
  });

  it('leaves the speaker unknown when two people could have said it', () => {
    const text = 'Maria Lopez met Ana Ruiz after the vote. "It was a fair count," she said.';
    expect(speakerOf(text, 'fair count')).toBeUndefined();
  });

  it('leaves the speaker unknown when nobody is named', () => {
    expect(speakerOf('"It was a fair count," an official said on Monday after the vote.', 'fair count')).toBeUndefined();
  });
});

describe('a page’s text as the widget reads it', () => {
  const page = `2024-07-29

US has “real concerns” that Venezuela’s announced election result does not reflect the will of the people

US Secretary of State Antony Blinken said on Monday that his country has real concerns about the result announced by the electoral commission.

Just minutes after the commission declared Maduro the winner, Blinken interrupted remarks at a meeting of Indo-Pacific nations to address the matter.`;

  it('takes a date on its own line for the date, and a long unpunctuated first line after it for the headline', () => {
    const layout = readLayout(page);
    expect(layout.date).toBe('2024-07-29');
    expect(layout.headline).toMatch(/^US has “real concerns”/);
    expect(layout.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });

  it('asks nothing about the headline, whose words the quiz shows as its title', () => {
    const article = analyseArticle(page);
    expect(article.sentences.some((s) => s.text.startsWith('US has'))).toBe(false);
  });
});
