/**
 * @module
 * Admitting an attempt into a class: the code must name an open class of this quiz and the student must
 * give a display name, not yet used in the class unless its teacher allows retries. These checks give
 * clear answers; the same rules are enforced again inside the attempt's batch (migration 0010), so a
 * race between two requests cannot break them.
 *
 * @example
 * ```ts
 * const seat = await takeSeat(db, quiz.id, body.classCode, body.name); // { code, name, nameKey }
 * ```
 */
import { normalizeJoinCode } from '../questions/classroom-schema';
import { LIMITS } from '../questions/limits';
import { foldText } from '../questions/text/fold';
import { classClosedError, classFullError, findClass, nameTaken, nameTakenError } from './db/classes';
import { classNotFound } from './class-lookup';
import { ApiError } from './errors';

export interface Seat {
  code: string;
  name: string;
  /** The name folded (case, accents, spaces): "Ana" and " ana" are one student. */
  nameKey: string;
}

export async function takeSeat(db: D1Database, quizId: string, typedCode: string, name: string | undefined): Promise<Seat> {
  const code = normalizeJoinCode(typedCode);
  const klass = code === undefined ? null : await findClass(db, code);
  // A class of another quiz is not found either: a code only ever admits to its own quiz.
  if (code === undefined || klass === null || klass.quizId !== quizId) throw classNotFound(typedCode);
  if (!klass.open) throw classClosedError();
  if (name === undefined) throw new ApiError(400, 'name_required', 'Give a display name to answer in a class.');
  const nameKey = foldText(name);
  if (!klass.allowRetries && (await nameTaken(db, code, nameKey))) throw nameTakenError(name);
  if (klass.attempts >= LIMITS.classAttemptsMax) throw classFullError();
  return { code, name, nameKey };
}
