/**
 * @module
 * The export formats by name, with the media type and file extension each is served with.
 *
 * @example
 * ```ts
 * const { text, omitted } = exportQuiz(quiz, 'gift');
 * ```
 */
import type { ExportFormat } from '../classroom-schema';
import type { KeyedQuiz } from '../schema';
import { toAiken, type FormatOutput } from './aiken-export';
import { toGift } from './gift-export';
import { toQuizdown } from './markdown-export';

export const FORMAT_FILES: Record<ExportFormat, { mediaType: string; extension: string }> = {
  gift: { mediaType: 'text/plain; charset=utf-8', extension: 'gift.txt' },
  aiken: { mediaType: 'text/plain; charset=utf-8', extension: 'aiken.txt' },
  markdown: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
};

export function exportQuiz(quiz: KeyedQuiz, format: ExportFormat): FormatOutput {
  switch (format) {
    case 'gift':
      return { text: toGift(quiz), omitted: [] };
    case 'aiken':
      return toAiken(quiz);
    case 'markdown':
      return toQuizdown(quiz);
  }
}
