/**
 * @module
 * The interface languages and how one is chosen. Adding a language is one file beside this one and
 * one line in `LANGUAGES`.
 */
import { en } from './en';
import { es } from './es';
import type { Strings } from './strings';

export type { Strings };

const LANGUAGES: Record<string, Strings> = { en, es };

/** The strings for a BCP 47 tag such as `es-MX`, by its primary subtag; English when unknown. */
export function stringsFor(tag: string | null | undefined): Strings {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0] ?? '';
  return LANGUAGES[primary] ?? en;
}
