// An article's DOM as plain text: one paragraph per block, paragraphs separated by a blank line.

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Table cells: a row is one line, its cells separated by spaces. */
const CELL = new Set(['TD', 'TH']);
/** Elements whose text is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The minimal DOM this needs (linkedom's and the browser's nodes both fit). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
}

/** The paragraphs of an element, in document order: each block's text, white space collapsed, a `<br>` a line break. */
export function blockTexts(root: TextNode): string[] {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const text = line.replace(/[ \t\f\r\n\u00a0\u200b]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return endLine();
    const block = BLOCK.has(node.nodeName);
    if (block) endBlock();
    else if (CELL.has(node.nodeName)) line += ' ';
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]);
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return paragraphs;
}

/** An element's text, paragraphs separated by a blank line. */
export const renderBodyText = (root: TextNode): string => blockTexts(root).join('\n\n');
