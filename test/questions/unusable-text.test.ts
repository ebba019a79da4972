import { describe, expect, it } from 'vitest';
import { generateQuiz, UnusableTextError } from '../../questions/generate';

function reasonOf(text: string): { reason: string; message: string } {
  try {
    generateQuiz(text);
  } catch (error) {
    if (error instanceof UnusableTextError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('generateQuiz accepted the text');
}

describe('unusable text', () => {
  it('rejects text under 200 characters as too short, saying how long it must be', () => {
    const r = reasonOf('The mayor opened the new bridge on Monday. "It is a great day," she said.');
    expect(r.reason).toBe('text_too_short');
    expect(r.message).toMatch(/200/);
  });

  it('rejects empty and blank text as too short', () => {
    expect(reasonOf('').reason).toBe('text_too_short');
    expect(reasonOf(' \n\t '.repeat(100)).reason).toBe('text_too_short');
  });

  it('rejects Spanish text as not English', () => {
    const spanish =
      'El presidente anunció el lunes que el gobierno aumentará el presupuesto de educación en un diez por ciento. ' +
      'Los sindicatos de profesores dijeron que la medida llega tarde y que las escuelas necesitan más personal. ' +
      'La oposición criticó el plan y pidió una votación en el congreso antes del final del mes.';
    const r = reasonOf(spanish);
    expect(r.reason).toBe('not_english');
    expect(r.message).toMatch(/English/);
  });

  it('rejects text in another script as not English', () => {
    expect(reasonOf('Президент объявил в понедельник, что правительство увеличит бюджет на образование. '.repeat(4)).reason).toBe('not_english');
  });

  it('rejects a list of headings without sentences', () => {
    const list = Array.from({ length: 12 }, (_, i) => `Section ${i + 1} overview and contents`).join('\n\n');
    const r = reasonOf(list);
    expect(r.reason).toBe('no_sentences');
    expect(r.message).toMatch(/sentences/);
  });

  it('rejects text that has sentences but nothing to ask about', () => {
    const vague = 'It is what it is. We do not know why it is so, and they do not know it either. '.repeat(4);
    expect(reasonOf(vague).reason).toBe('no_questions');
  });
});
