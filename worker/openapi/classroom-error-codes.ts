/**
 * @module
 * The error codes of the classroom routes (editing, classes, results, formats), merged into
 * `ERROR_CODES`.
 */

export const CLASSROOM_ERROR_CODES = {
  name_required: { status: 400, meaning: 'An attempt in a class needs a display name.' },
  invalid_gift: { status: 400, meaning: 'The text to import is not valid GIFT; the message names the line and column.' },
  question_not_found: { status: 404, meaning: 'The quiz has no question with this id.' },
  class_not_found: { status: 404, meaning: 'No class of this quiz has this join code.' },
  unknown_format: { status: 404, meaning: 'There is no export format of this name; use gift, aiken or markdown.' },
  class_closed: { status: 409, meaning: 'The class is closed: its teacher no longer accepts answers.' },
  name_taken: { status: 409, meaning: 'Someone already answered under this name in the class, which allows no retries.' },
  class_full: { status: 409, meaning: 'The class holds as many attempts as it can.' },
  too_many_classes: { status: 409, meaning: 'The quiz has as many classes as it can.' },
  class_open: { status: 409, meaning: 'A class of the quiz is open, so its feedback stays at the end.' },
  version_mismatch: { status: 412, meaning: 'The quiz changed since the If-Match version was read; reload it.' },
  no_importable_questions: { status: 422, meaning: 'The file has no question article-quiz can hold.' },
  try_again: { status: 503, meaning: 'No free join code was found this time; retry.' },
} as const;
