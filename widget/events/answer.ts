/**
 * @module
 * `article-quiz-answer`: the reader has committed an answer to one question.
 */
export interface ArticleQuizAnswerDetail {
  quizId: string;
  questionId: string;
  /** Zero-based position of the question in the quiz. */
  index: number;
  /** The chosen choice id, or the typed text of a fill-in-the-blank answer. */
  answer: string;
  /** Whether it was right; `null` while feedback is held until the end. */
  correct: boolean | null;
}

/** Fired each time the reader checks (or, with feedback held, moves past) a question. */
export class ArticleQuizAnswerEvent extends Event {
  readonly detail: ArticleQuizAnswerDetail;

  constructor(detail: ArticleQuizAnswerDetail) {
    super('article-quiz-answer', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'article-quiz-answer': ArticleQuizAnswerEvent;
  }
}
