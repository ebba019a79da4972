/**
 * @module
 * Reading an article out of the host page and finding a sentence in it again. The text is taken from the
 * DOM rather than `innerText`, so host CSS (hidden blocks, `text-transform`) cannot change which quiz an
 * article maps to; scripts, styles, form controls and quiz elements inside the article are skipped.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'ARTICLE-QUIZ']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);

function walkText(root: Element, visit: (node: Text, block: Element) => void): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element &&
      (SKIPPED.has(node.tagName.toUpperCase()) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    let block = node.parentElement ?? root;
    while (block !== root && !BLOCKS.has(block.tagName.toUpperCase())) block = block.parentElement ?? root;
    visit(node, block);
  }
}

/** The article's text: one paragraph per block element, white space collapsed inside each. */
export function readArticleText(root: Element): string {
  const blocks: string[] = [];
  let current: Element | undefined;
  walkText(root, (node, block) => {
    if (block !== current) blocks.push('');
    current = block;
    blocks[blocks.length - 1] += node.data;
  });
  return blocks
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b !== '')
    .join('\n\n');
}

/** The first heading of the article, as a title for its quiz. */
export function readArticleTitle(root: Element): string | undefined {
  const text = root.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 200) : undefined;
}

/** A DOM range over `sentence` inside `root`, ignoring differences in white space; null when absent. */
export function findSentence(root: Element, sentence: string): Range | null {
  const needle = sentence.replace(/\s+/g, ' ').trim();
  if (needle === '') return null;
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let current: Element | undefined;
  walkText(root, (node, block) => {
    // Text in separate blocks is separate words, even without white space between them in the markup.
    const data = block === current ? node.data : ` ${node.data}`;
    const shift = block === current ? 0 : 1;
    current = block;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] ?? '');
      if (space && (flat === '' || flat.endsWith(' '))) continue;
      flat += space ? ' ' : data[i];
      nodes.push(node);
      offsets.push(Math.max(0, i - shift));
    }
  });
  const start = flat.indexOf(needle);
  if (start < 0) return null;
  const end = start + needle.length - 1;
  const range = document.createRange();
  range.setStart(nodes[start] as Text, offsets[start] as number);
  range.setEnd(nodes[end] as Text, (offsets[end] as number) + 1);
  return range;
}
