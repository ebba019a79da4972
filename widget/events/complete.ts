/**
 * @module
 * `article-quiz-complete`: the reader's attempt has been scored and recorded by the Worker.
 */
import type { QuestionResult } from '../../questions/schema';

export interface ArticleQuizCompleteDetail {
  quizId: string;
  /** The id of the recorded attempt. */
  attemptId: string;
  score: number;
  total: number;
  results: QuestionResult[];
}

/** Fired once per run, when the scored attempt comes back. */
export class ArticleQuizCompleteEvent extends Event {
  readonly detail: ArticleQuizCompleteDetail;

  constructor(detail: ArticleQuizCompleteDetail) {
    super('article-quiz-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'article-quiz-complete': ArticleQuizCompleteEvent;
  }
}
