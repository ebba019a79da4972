/**
 * @module
 * The corpus of sample articles with their gold files, read from `questions/samples/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldSchema, type Gold } from '../questions/quality/gold';

export interface CorpusArticle {
  slug: string;
  text: string;
  gold: Gold;
}

/** Scripts and tests run from the repository root. */
export const SAMPLES_DIR = join(process.cwd(), 'questions', 'samples');

export function readCorpus(dir = SAMPLES_DIR): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.gold\.json$/, '');
      return {
        slug,
        text: readFileSync(join(dir, `${slug}.txt`), 'utf8'),
        gold: GoldSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
      };
    });
}
