import { LitElement, html } from 'lit';

class ArticleQuiz extends LitElement {
  static override properties = { quiz: { type: String } };
  quiz = '';
  override render() {
    return html`<p>quiz ${this.quiz}</p>`;
  }
}
if (!customElements.get('article-quiz')) customElements.define('article-quiz', ArticleQuiz);
