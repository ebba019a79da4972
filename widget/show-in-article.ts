/**
 * @module
 * "Show in the article": scrolls the host page to a sentence and highlights it. The CSS Custom Highlight
 * API marks the text without touching the host's markup; where it is missing, the sentence is selected.
 */
import { findSentence } from './article-text';

const HIGHLIGHT = 'article-quiz-sentence';
let sheetAdopted = false;

function adoptHighlightStyle(): void {
  if (sheetAdopted) return;
  sheetAdopted = true;
  // A constructed sheet, not a <style> element, so a strict Content-Security-Policy allows it.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: Mark; color: MarkText; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The host element `selector` names; null when there is none or the selector is not valid CSS. */
export function articleElement(selector: string): Element | null {
  try {
    return selector ? document.querySelector(selector) : null;
  } catch {
    return null;
  }
}

/** Whether `sentence` can be found in the element `selector` names. */
export function canShowInArticle(selector: string, sentence: string): boolean {
  const root = articleElement(selector);
  return root !== null && findSentence(root, sentence) !== null;
}

/** Scrolls to and highlights `sentence` inside `selector`; false when it is not there. */
export function showInArticle(selector: string, sentence: string): boolean {
  const root = articleElement(selector);
  const range = root && findSentence(root, sentence);
  if (!range) return false;
  if (typeof Highlight === 'function' && 'highlights' in CSS) {
    adoptHighlightStyle();
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  return true;
}
