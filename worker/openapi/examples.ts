/**
 * @module
 * Example values for the API document, taken from the seed article. A test parses each one with the
 * schema it illustrates, so they cannot drift from the contract.
 */
import type {
  AttemptRequest,
  AttemptResult,
  CheckRequest,
  CheckResponse,
  CreateQuizRequest,
  CreateQuizResponse,
  EmbedRequest,
  EmbedResponse,
  ErrorBody,
  KeyedQuiz,
  PublicQuiz,
  Stats,
} from '../../questions/schema';

const ARTICLE =
  'US Secretary of State Antony Blinken said on Monday that his country has real concerns that the results announced by the Venezuelan electoral commission, which declared President Nicolas Maduro the winner of a third term, do not reflect the will of the people. …';

export const keyedQuiz: KeyedQuiz = {
  id: 'k7t2mq9xhd4r',
  title: 'Venezuela election: the announced result and the reactions',
  questions: [
    {
      id: 'q1',
      type: 'multiple_choice',
      prompt: 'Which country recalled its ambassador from Caracas after the result was announced?',
      choices: [
        { id: 'a', text: 'China' },
        { id: 'b', text: 'Peru' },
        { id: 'c', text: 'the United States' },
      ],
      answer: 'b',
      explanation:
        'For his part, Peruvian Foreign Minister Javier Gonzalez-Olachia announced the recall of its ambassador to Caracas after Maduro’s victory was announced.',
      difficulty: 'easy',
    },
    {
      id: 'q2',
      type: 'true_false',
      prompt: 'True or false: the electoral commission said Maduro won 70 percent of the vote.',
      choices: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ],
      answer: 'false',
      explanation: 'The electoral commission said Maduro won 51 percent of the vote, despite multiple exit polls indicating the opposition candidate had won.',
      difficulty: 'medium',
    },
    {
      id: 'q3',
      type: 'fill_blank',
      prompt: 'Complete the sentence: "We won… we got _____ of the vote," opposition leader Maria Corina Machado told reporters.',
      answer: '70 percent',
      accepted: ['70%', '70 per cent'],
      explanation: '“We won… we got 70 percent of the vote,” opposition leader Maria Corina Machado told reporters, adding, “Venezuela has a new president elected, Edmundo González Urrutia.”',
      difficulty: 'medium',
    },
  ],
};

export const publicQuiz: PublicQuiz = {
  id: keyedQuiz.id,
  title: keyedQuiz.title,
  questions: keyedQuiz.questions.map(({ id, type, prompt, choices }) => (choices === undefined ? { id, type, prompt } : { id, type, prompt, choices })),
};

export const createQuizRequest: CreateQuizRequest = { text: ARTICLE, title: keyedQuiz.title, count: 10 };
export const createQuizResponse: CreateQuizResponse = { quiz: publicQuiz, editKey: 'kJ3v0cX1m7bq9yPZ2d8Ew4nR6tUa5sLh0gFj2iKo3Wc' };
export const embedRequest: EmbedRequest = { text: ARTICLE };
export const embedResponse: EmbedResponse = { quiz: publicQuiz };
export const attemptRequest: AttemptRequest = { answers: { q1: 'b', q2: 'true', q3: '70%' }, name: 'Ana' };
export const attemptResult: AttemptResult = {
  id: 'p3x8c2n5w9ka',
  score: 2,
  total: 3,
  results: keyedQuiz.questions.map((q) => ({ questionId: q.id, correct: q.id !== 'q2', answer: q.answer, explanation: q.explanation })),
};
export const checkRequest: CheckRequest = { questionId: 'q1', answer: 'b' };
export const checkResponse: CheckResponse = { questionId: 'q1', correct: true, answer: 'b', explanation: keyedQuiz.questions[0]?.explanation ?? '' };
export const stats: Stats = {
  attempts: 120,
  questions: [
    { questionId: 'q1', answered: 120, correct: 97 },
    { questionId: 'q2', answered: 118, correct: 64 },
    { questionId: 'q3', answered: 111, correct: 52 },
  ],
};

export function errorExample(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
