/**
 * @module
 * Text put inside a regular expression as itself.
 *
 * @example
 * ```ts
 * new RegExp(`\\bthe ${escapeRegExp('A.B. Smith')}\\b`)
 * ```
 */

/** `text` with every character a regular expression treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
