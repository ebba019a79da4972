/**
 * @module
 * New join codes: six characters of an alphabet without look-alikes, drawn without bias.
 *
 * @example
 * ```ts
 * newJoinCode(); // 'K7T2MQ'
 * ```
 */
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../questions/classroom-schema';

const UNBIASED_BELOW = 256 - (256 % JOIN_CODE_ALPHABET.length);

export function newJoinCode(): string {
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const b of crypto.getRandomValues(new Uint8Array(JOIN_CODE_LENGTH * 2))) {
      if (b < UNBIASED_BELOW && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}
