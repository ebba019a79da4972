/**
 * @module
 * The identity of an article's text: two copies of one article (one pasted, one read from a page's DOM)
 * differ in white space, quote style and accents, but not in their fingerprint.
 */
import { foldText } from './fold';

/** The string an article's hash is computed over. */
export function articleFingerprint(text: string): string {
  return foldText(text);
}
