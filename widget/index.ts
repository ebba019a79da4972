/**
 * @module
 * The widget bundle's entry: registers `<article-quiz>` once, however often the script is loaded, and
 * exports the element and its event classes for hosts that import it.
 *
 * @example
 * ```html
 * <script type="module" src="https://quiz.example/widget.js"></script>
 * <article-quiz article="#story"></article-quiz>
 * ```
 */
import { ArticleQuiz } from './article-quiz';

export { ArticleQuiz };
export { ArticleQuizStartEvent } from './events/start';
export { ArticleQuizAnswerEvent } from './events/answer';
export { ArticleQuizCompleteEvent } from './events/complete';
export { ArticleQuizErrorEvent } from './events/error';

// A second copy of the script (another URL, a cache-busting query) must not throw on define().
if (!customElements.get('article-quiz')) customElements.define('article-quiz', ArticleQuiz);
