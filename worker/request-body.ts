/**
 * @module
 * Reading a JSON request body safely: bounded before parsing (whatever the transfer encoding), strict
 * UTF-8, then validated by a zod schema. Every failure is an `ApiError` with a 4xx status.
 *
 * @example
 * ```ts
 * const body = await readJson(c.req.raw, CreateQuizRequestSchema);
 * ```
 */
import type { z } from 'zod';
import { LIMITS } from '../questions/limits';
import { ApiError } from './errors';

// text/plain is accepted so that browsers can post JSON cross-origin without a CORS preflight.
const JSON_TYPES = new Set(['application/json', 'text/plain']);

function tooLarge(): ApiError {
  return new ApiError(413, 'payload_too_large', `The request body is larger than ${LIMITS.bodyBytes} bytes.`);
}

/** Reads at most `limit` bytes of the body; throws 413 past that. */
export async function readBodyBytes(request: Request, limit = LIMITS.bodyBytes): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Names the offending fields of a zod error in one sentence. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        const where = path === '' ? '' : ` in ${path}`;
        return `unknown field${issue.keys.length > 1 ? 's' : ''}${where}: ${issue.keys.join(', ')}`;
      }
      return `${path === '' ? 'body' : path}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses and validates the JSON body of `request` with `schema`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = (request.headers.get('content-type') ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!JSON_TYPES.has(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request body as JSON with "Content-Type: application/json".');
  }
  const bytes = await readBodyBytes(request);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'invalid_request', `Invalid request: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}
