/**
 * @module
 * The classroom routes for the API document: the owner's editing API, classes, results, exports and
 * import, and the teacher and student pages. Their schemas are registered as components here.
 */
import {
  ClassListSchema,
  ClassResultsSchema,
  ClassSchema,
  CreateClassRequestSchema,
  ImportRequestSchema,
  ImportResponseSchema,
  PublicClassSchema,
  UpdateClassRequestSchema,
} from '../../questions/classroom-schema';
import { OwnedQuizSchema, QuestionPatchSchema, QuizPatchSchema, ReplaceQuestionsRequestSchema } from '../../questions/schema';
import * as cx from './classroom-examples';
import { components } from './components';
import type { ErrorCodeName } from './error-codes';
import type { RouteDoc } from './routes';

const NAMED = [
  [OwnedQuizSchema, 'OwnedQuiz', 'The quiz as its owner edits it: every question with its answer, and the version every edit raises.'],
  [ReplaceQuestionsRequestSchema, 'ReplaceQuestionsRequest', 'Every question of the quiz, and optionally its title.'],
  [QuestionPatchSchema, 'QuestionPatch', 'Some fields of one question; null removes choices, accepted or difficulty.'],
  [QuizPatchSchema, 'QuizPatch', 'Quiz settings: title, feedback.'],
  [ClassSchema, 'Class', 'A class as its teacher sees it.'],
  [ClassListSchema, 'ClassList', 'The classes of a quiz, newest first.'],
  [CreateClassRequestSchema, 'CreateClassRequest', 'A new class.'],
  [UpdateClassRequestSchema, 'UpdateClassRequest', 'Changes to a class.'],
  [PublicClassSchema, 'PublicClass', 'What a student may know of a class.'],
  [ClassResultsSchema, 'ClassResults', "A class's attempts and how it did per question."],
  [ImportRequestSchema, 'ImportRequest', 'A GIFT file to make a quiz from.'],
  [ImportResponseSchema, 'ImportResponse', 'The new quiz, its edit key, and what was not imported.'],
] as const;
for (const [schema, id, description] of NAMED) components.add(schema, { id, description });

const OWNER: ErrorCodeName[] = ['unauthorized', 'forbidden', 'quiz_not_found'];
const BODY: ErrorCodeName[] = ['invalid_json', 'invalid_request', 'payload_too_large', 'unsupported_media_type'];
const CLASS: ErrorCodeName[] = [...OWNER, 'class_not_found'];
const IF_MATCH = [{ name: 'If-Match', description: 'Optional: the ETag of the version the edit is based on, such as "v3"; 412 if the quiz has moved on.' }];

export const CLASSROOM_API_ROUTES: RouteDoc[] = [
  {
    method: 'get', path: '/api/quizzes/{id}/questions', operationId: 'getOwnedQuiz', tag: 'Classroom', owner: true,
    summary: 'Read the questions for editing',
    description: 'Every question with its answer, and the version (also as the ETag `"v3"`). Every change of the questions raises the version and starts its stats afresh.',
    success: { status: 200, description: 'The quiz.', json: { schema: OwnedQuizSchema, example: cx.ownedQuiz } },
    errors: OWNER,
  },
  {
    method: 'put', path: '/api/quizzes/{id}/questions', operationId: 'replaceQuestions', tag: 'Classroom', owner: true,
    summary: 'Replace every question',
    description: 'Adds, deletes, reorders and edits at once. Each question is validated in full; the message of a 400 names the field, e.g. `questions.3.answer`.',
    requestHeaders: IF_MATCH,
    requestBody: { schema: ReplaceQuestionsRequestSchema, example: cx.replaceQuestions },
    success: { status: 200, description: 'The quiz as saved.', json: { schema: OwnedQuizSchema, example: cx.ownedQuiz } },
    errors: [...BODY, ...OWNER, 'version_mismatch'],
  },
  {
    method: 'patch', path: '/api/quizzes/{id}/questions/{questionId}', operationId: 'patchQuestion', tag: 'Classroom', owner: true,
    summary: 'Change one question',
    description: 'Changes the fields given (never the id); `null` removes an optional field. The question that results is validated in full.',
    requestHeaders: IF_MATCH,
    requestBody: { schema: QuestionPatchSchema, example: cx.questionPatch },
    success: { status: 200, description: 'The quiz as saved.', json: { schema: OwnedQuizSchema, example: cx.ownedQuiz } },
    errors: [...BODY, ...OWNER, 'question_not_found', 'version_mismatch'],
  },
  {
    method: 'patch', path: '/api/quizzes/{id}', operationId: 'patchQuiz', tag: 'Classroom', owner: true,
    summary: 'Change the title or the feedback mode',
    description: 'Keeps the version. While a class of the quiz is open, its feedback stays `end` (409 `class_open`).',
    requestBody: { schema: QuizPatchSchema, example: cx.quizPatch },
    success: { status: 200, description: 'The quiz.', json: { schema: OwnedQuizSchema, example: cx.ownedQuiz } },
    errors: [...BODY, ...OWNER, 'class_open'],
  },
  {
    method: 'post', path: '/api/quizzes/{id}/classes', operationId: 'openClass', tag: 'Classroom', owner: true,
    summary: 'Open a class',
    description: 'Gives a six-character join code (no 0/O, 1/I/L). The quiz holds all feedback until the end while a class is open.',
    requestBody: { schema: CreateClassRequestSchema, example: cx.createClass },
    success: { status: 201, description: 'The class.', json: { schema: ClassSchema, example: cx.classInfo } },
    errors: [...BODY, ...OWNER, 'too_many_classes', 'try_again'],
  },
  {
    method: 'get', path: '/api/quizzes/{id}/classes', operationId: 'listClasses', tag: 'Classroom', owner: true,
    summary: 'List the classes of a quiz', description: 'Newest first.',
    success: { status: 200, description: 'The classes.', json: { schema: ClassListSchema, example: { classes: [cx.classInfo] } } },
    errors: OWNER,
  },
  {
    method: 'get', path: '/api/quizzes/{id}/classes/{code}', operationId: 'getClass', tag: 'Classroom', owner: true,
    summary: 'Read a class', description: 'The code is case-insensitive.',
    success: { status: 200, description: 'The class.', json: { schema: ClassSchema, example: cx.classInfo } },
    errors: CLASS,
  },
  {
    method: 'patch', path: '/api/quizzes/{id}/classes/{code}', operationId: 'updateClass', tag: 'Classroom', owner: true,
    summary: 'Close, reopen or change a class', description: 'A closed class refuses new attempts with 409 `class_closed`.',
    requestBody: { schema: UpdateClassRequestSchema, example: cx.updateClass },
    success: { status: 200, description: 'The class.', json: { schema: ClassSchema, example: { ...cx.classInfo, open: false, closedAt: '2026-11-26T09:40:00.000Z' } } },
    errors: [...BODY, ...CLASS],
  },
  {
    method: 'get', path: '/api/quizzes/{id}/classes/{code}/results', operationId: 'getClassResults', tag: 'Classroom', owner: true,
    summary: "Read a class's results",
    description: 'Every attempt (name, score, time, answers) and, per question of the current version, how many answered, how many got it right and the wrong answers given most often. Sent with an ETag; a poll with a matching `If-None-Match` gets 304.',
    success: { status: 200, description: 'The results.', json: { schema: ClassResultsSchema, example: cx.classResults } },
    errors: CLASS,
  },
  {
    method: 'get', path: '/api/quizzes/{id}/classes/{code}/results.csv', operationId: 'getClassResultsCsv', tag: 'Classroom', owner: true,
    summary: "Download a class's results as CSV",
    description: 'UTF-8 with a byte order mark, RFC 4180 quoting, formulas neutralised (a leading apostrophe before = + - @ tab CR).',
    success: { status: 200, description: 'CSV.', mediaType: 'text/csv' },
    errors: CLASS,
  },
  {
    method: 'get', path: '/api/quizzes/{id}/export/{format}', operationId: 'exportQuiz', tag: 'Classroom', owner: true,
    summary: 'Export the quiz to GIFT, Aiken or Markdown',
    description: 'A download with the right answers. Aiken and quizdown-style Markdown cannot hold typed answers: the `X-Omitted-Questions` header lists the question ids left out.',
    success: { status: 200, description: 'The file.', mediaType: 'text/plain' },
    errors: [...OWNER, 'unknown_format'],
  },
  {
    method: 'post', path: '/api/quizzes/import', operationId: 'importQuiz', tag: 'Classroom', rateLimited: true,
    summary: 'Create a quiz from a GIFT file',
    description: 'Keeps multiple choice with one right answer, true/false and short answer; lists what it skipped and why. The edit key is shown this once.',
    requestBody: { schema: ImportRequestSchema, example: cx.importRequest },
    success: { status: 201, description: 'The quiz was created.', json: { schema: ImportResponseSchema, example: cx.importResponse } },
    errors: [...BODY, 'invalid_gift', 'no_importable_questions', 'rate_limited'],
  },
  {
    method: 'get', path: '/api/classes/{code}', operationId: 'getPublicClass', tag: 'Classroom', rateLimited: true,
    summary: 'What a join code leads to',
    description: "The class's quiz, title, label and whether it is open; nothing about students. Students answer through `POST /api/quizzes/{id}/attempts` with `classCode` and `name`.",
    success: { status: 200, description: 'The class.', json: { schema: PublicClassSchema, example: cx.publicClass } },
    errors: ['class_not_found', 'rate_limited'],
  },
  {
    method: 'get', path: '/api/samples', operationId: 'listSamples', tag: 'Classroom',
    summary: 'Sample texts', description: 'The texts the teacher page offers to quiz on: `{"samples": [{slug, headline, text}]}`.',
    success: { status: 200, description: 'JSON.', mediaType: 'application/json' },
    errors: [],
  },
];

const page = (path: string, operationId: string, summary: string, description: string, mediaType = 'text/html'): RouteDoc => ({
  method: 'get', path, operationId, tag: 'Pages', summary, description, success: { status: 200, description: mediaType, mediaType }, errors: [],
});

export const CLASSROOM_PAGE_ROUTES: RouteDoc[] = [
  page('/teach', 'teacherPage', 'Teacher page', 'Make a quiz, edit it, open classes, watch results, export. The private link keeps the edit key in the URL fragment.'),
  page('/teach.js', 'teacherScript', 'The teacher page script', 'Its Lit elements as one ES module.', 'text/javascript'),
  page('/classroom.css', 'classroomStylesheet', 'Stylesheet of the classroom pages', 'On top of /pages.css.', 'text/css'),
  page('/play', 'joinPage', 'Join a class', 'A form to type a join code; `?code=` redirects to the class page.'),
  page('/play/{code}', 'classPage', 'A class page', 'The class quiz in `<article-quiz class-code>`; 404 with the join form for an unknown code.'),
];
