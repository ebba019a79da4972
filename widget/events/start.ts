/**
 * @module
 * `article-quiz-start`: the reader has begun a run through the quiz (their first answer choice).
 */
export interface ArticleQuizStartDetail {
  quizId: string;
  /** How many questions the quiz has. */
  total: number;
}

/** Fired once per run, when the reader first picks or types an answer. */
export class ArticleQuizStartEvent extends Event {
  readonly detail: ArticleQuizStartDetail;

  constructor(detail: ArticleQuizStartDetail) {
    super('article-quiz-start', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'article-quiz-start': ArticleQuizStartEvent;
  }
}
