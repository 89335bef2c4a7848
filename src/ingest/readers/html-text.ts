// DOM → plain text with paragraph breaks. textContent alone glues paragraphs together, which breaks
// sentence splitting downstream; script-like elements are dropped, never rendered or run.
// The walk is iterative over firstChild/nextSibling: recursion overflows the stack on deeply nested
// markup, and linkedom rebuilds `childNodes` on every read (indexing it in a loop is quadratic).
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'HEAD']);

export interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: MinimalNode | null;
  nextSibling: MinimalNode | null;
  parentNode: MinimalNode | null;
}

const isBlock = (node: MinimalNode) => node.nodeType === 1 && BLOCK.has(node.nodeName.toUpperCase());

/** Text of a DOM subtree, with blank lines between blocks and single breaks for <br>. */
export function nodeToText(root: MinimalNode): string {
  const out: string[] = [];
  // Depth-first, in document order: enter a node, then its first child, else its next sibling,
  // else climb (closing blocks) until an ancestor has a next sibling.
  let node: MinimalNode | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    } else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') out.push('\n');
      else if (!SKIP.has(name)) {
        if (BLOCK.has(name)) out.push('\n\n');
        descend = node.firstChild !== null;
        if (!descend && BLOCK.has(name)) out.push('\n\n');
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leaving `node`: go to its next sibling, or climb, closing each block left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && isBlock(node)) out.push('\n\n');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Element count and nesting depth of a subtree, by the same iterative walk. */
export function domShape(root: MinimalNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let level = 0;
  let node: MinimalNode | null = root;
  while (node) {
    if (node.nodeType === 1) elements++;
    if (node.firstChild) {
      node = node.firstChild;
      level++;
      if (level > depth) depth = level;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      level--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { elements, depth };
}

/** An HTML fragment (a feed item's description) as text; markup in it is inert. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as MinimalNode);
}
