/**
 * @module
 * Random identifiers for quizzes and attempts: 12 characters of a lower-case alphabet without
 * look-alikes (about 59 bits), short enough for a URL and too many to guess.
 *
 * @example
 * ```ts
 * newId(); // 'k7t2mq9xhd4r'
 * ```
 */

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
// Bytes at or above this are discarded so that every character is equally likely.
const UNBIASED_BELOW = 256 - (256 % ALPHABET.length);

export function newId(length = 12): string {
  let id = '';
  while (id.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (b < UNBIASED_BELOW && id.length < length) id += ALPHABET[b % ALPHABET.length];
    }
  }
  return id;
}
