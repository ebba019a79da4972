/**
 * @module
 * `article-quiz-error`: something failed; the element shows a message and a retry button meanwhile.
 */
export interface ArticleQuizErrorDetail {
  /** What the element was doing. */
  action: 'load' | 'check' | 'submit';
  /** The Worker's error code, or `network`, `timeout`, `invalid_response`, `missing_source`, `article_not_found`. */
  code: string;
  message: string;
  /** The HTTP status, or 0 when no response arrived. */
  status: number;
}

/** Fired whenever the element enters its error state. */
export class ArticleQuizErrorEvent extends Event {
  readonly detail: ArticleQuizErrorDetail;

  constructor(detail: ArticleQuizErrorDetail) {
    super('article-quiz-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'article-quiz-error': ArticleQuizErrorEvent;
  }
}
