/**
 * @module
 * The teacher page's bundle (`/teach.js`): registers its elements, each once, so loading the script twice
 * is harmless.
 */
import { ClassPanel } from './class-panel';
import { CreateForm } from './create-form';
import { ExportPanel } from './export-panel';
import { KeyNotice } from './key-notice';
import { QuestionEditor } from './question-editor';
import { QuizEditor } from './quiz-editor';
import { ResultsChart } from './results-chart';
import { ResultsView } from './results-view';
import { TeachApp } from './teach-app';

const ELEMENTS: Record<string, CustomElementConstructor> = {
  'aq-class-panel': ClassPanel,
  'aq-create-form': CreateForm,
  'aq-export-panel': ExportPanel,
  'aq-key-notice': KeyNotice,
  'aq-question-editor': QuestionEditor,
  'aq-quiz-editor': QuizEditor,
  'aq-results-chart': ResultsChart,
  'aq-results-view': ResultsView,
  'aq-teach-app': TeachApp,
};

for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'aq-class-panel': ClassPanel;
    'aq-create-form': CreateForm;
    'aq-export-panel': ExportPanel;
    'aq-key-notice': KeyNotice;
    'aq-question-editor': QuestionEditor;
    'aq-quiz-editor': QuizEditor;
    'aq-results-chart': ResultsChart;
    'aq-results-view': ResultsView;
    'aq-teach-app': TeachApp;
  }
}
