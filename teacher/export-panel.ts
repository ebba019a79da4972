/**
 * @module
 * `<aq-export-panel>`: download the quiz in the formats teachers already use: Moodle GIFT (every
 * question), Aiken and quizdown-style Markdown (choice questions only; the page says which were left out).
 */
import { LitElement, html } from 'lit';
import type { ExportFormat } from '../questions/classroom-schema';
import { ApiProblem, type TeacherApi } from './api';
import { saveDownload } from './download';
import { sharedStyles } from './teacher.styles';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'gift', label: 'Moodle GIFT' },
  { format: 'aiken', label: 'Aiken' },
  { format: 'markdown', label: 'Markdown (quizdown)' },
];

export class ExportPanel extends LitElement {
  static override properties = {
    api: { attribute: false },
    quizId: { type: String, attribute: 'quiz-id' },
    status: { state: true },
    problem: { state: true },
  };

  static override styles = [sharedStyles];

  api: TeacherApi | undefined;
  quizId = '';
  status = '';
  problem = '';

  private async download(format: ExportFormat, label: string): Promise<void> {
    if (this.api === undefined) return;
    this.problem = '';
    try {
      const file = await this.api.exportQuiz(this.quizId, format);
      saveDownload(file);
      this.status =
        file.omitted.length === 0
          ? `${label} file downloaded.`
          : `${label} file downloaded without ${file.omitted.length} fill-in-the-blank ${file.omitted.length === 1 ? 'question' : 'questions'}, which ${label} cannot hold.`;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : 'The file could not be downloaded.';
    }
  }

  override render() {
    return html`
      <section class="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p>Take the questions to Moodle, Google Forms add-ons or a Markdown page. The files include the right answers.</p>
        <div class="row">${FORMATS.map((f) => html`<button type="button" @click=${() => this.download(f.format, f.label)}>${f.label}</button>`)}</div>
        <p role="status" aria-live="polite">${this.status}</p>
        ${this.problem === '' ? '' : html`<p class="error" role="alert">${this.problem}</p>`}
      </section>
    `;
  }
}
