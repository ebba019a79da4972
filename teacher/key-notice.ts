/**
 * @module
 * `<aq-key-notice>`: shows a new quiz's private link once, with the warning to keep it. The edit key is
 * in the link's fragment, so it never reaches a server log or a Referer header.
 */
import { LitElement, html, css } from 'lit';
import { sharedStyles } from './teacher.styles';

export class KeyNotice extends LitElement {
  static override properties = {
    link: { type: String },
    copied: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      .link { display: block; word-break: break-all; background: var(--aq-paper); color: var(--aq-ink); padding: 0.5rem; border-radius: 6px; margin: 0.5rem 0; }
    `,
  ];

  link = '';
  copied = false;

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link);
      this.copied = true;
    } catch {
      const field = this.renderRoot.querySelector('input');
      field?.select();
    }
  }

  override render() {
    return html`
      <section class="warning" aria-labelledby="key-heading">
        <h2 id="key-heading">Keep this private link</h2>
        <p>
          It is the only way to edit this quiz, open classes and see results. It is shown once: bookmark it or save it
          somewhere safe, and do not share it with students.
        </p>
        <label for="private-link">Private link</label>
        <input id="private-link" class="code link" type="text" readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <div class="row">
          <button type="button" @click=${this.copy}>Copy link</button>
          <span role="status" aria-live="polite">${this.copied ? 'Copied.' : ''}</span>
          <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('aq-dismiss', { bubbles: true, composed: true }))}>I have saved it</button>
        </div>
      </section>
    `;
  }
}
