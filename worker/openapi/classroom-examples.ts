/**
 * @module
 * Example values of the classroom routes for the API document; a test parses each with its schema.
 */
import type { ClassInfo, ClassResults, ImportRequest, ImportResponse, PublicClass } from '../../questions/classroom-schema';
import type { OwnedQuiz, QuestionPatch, QuizPatch, ReplaceQuestionsRequest } from '../../questions/schema';
import { keyedQuiz, publicQuiz } from './examples';

export const ownedQuiz: OwnedQuiz = { ...keyedQuiz, version: 3, feedback: 'end' };
export const replaceQuestions: ReplaceQuestionsRequest = { title: keyedQuiz.title, questions: keyedQuiz.questions.slice(0, 2) };
export const questionPatch: QuestionPatch = { prompt: 'Which country recalled its ambassador from Caracas?', difficulty: null };
export const quizPatch: QuizPatch = { title: 'Venezuela: the result and the reactions' };
export const classInfo: ClassInfo = {
  code: 'K7T2MQ',
  quizId: keyedQuiz.id,
  label: 'Period 3',
  open: true,
  allowRetries: false,
  attempts: 2,
  createdAt: '2026-11-26T09:00:00.000Z',
  closedAt: null,
};
export const createClass = { label: 'Period 3', allowRetries: false };
export const updateClass = { open: false };
export const publicClass: PublicClass = { code: classInfo.code, quizId: keyedQuiz.id, title: keyedQuiz.title, label: classInfo.label, open: true };
export const classResults: ClassResults = {
  class: classInfo,
  quiz: ownedQuiz,
  attempts: [
    { id: 'p3x8c2n5w9ka', name: 'Ana', score: 3, total: 3, quizVersion: 3, createdAt: '2026-11-26T09:05:12.000Z', answers: { q1: 'b', q2: 'false', q3: '70%' }, correct: ['q1', 'q2', 'q3'] },
    { id: 'r8m2k5t7c3hq', name: 'Ben', score: 1, total: 3, quizVersion: 3, createdAt: '2026-11-26T09:06:40.000Z', answers: { q1: 'a', q2: 'false', q3: '51' }, correct: ['q2'] },
  ],
  questions: [
    { questionId: 'q1', answered: 2, correct: 1, wrongAnswers: [{ answer: 'China', count: 1 }] },
    { questionId: 'q2', answered: 2, correct: 2, wrongAnswers: [] },
    { questionId: 'q3', answered: 2, correct: 1, wrongAnswers: [{ answer: '51', count: 1 }] },
  ],
};
export const importRequest: ImportRequest = { format: 'gift', text: '// Venezuela\n\n::q1::Which country recalled its ambassador?{\n=Peru\n~China\n####Peru recalled its ambassador.\n}\n' };
export const importResponse: ImportResponse = { quiz: publicQuiz, editKey: 'kJ3v0cX1m7bq9yPZ2d8Ew4nR6tUa5sLh0gFj2iKo3Wc', skipped: [{ index: 2, title: 'q2', reason: 'numerical questions are not supported' }] };
