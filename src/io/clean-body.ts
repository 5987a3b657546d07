// Page furniture that readability lets through, taken out of the article it found: general rules over
// tags, class names and the words of short blocks (the lists are in page-furniture.ts), no per-site rules.
import { foldForCompare, isFurnitureText } from './is-furniture-text.js';
import { FURNITURE_CLASS, FURNITURE_TAGS, RELATED_HEADING } from './page-furniture.js';

/** The DOM this needs (linkedom's elements fit). */
export interface BodyElement {
  tagName: string;
  id: string;
  className: string;
  textContent: string | null;
  parentElement: BodyElement | null;
  children: ArrayLike<BodyElement>;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  nextElementSibling: BodyElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): BodyElement | null;
  querySelectorAll(selectors: string): ArrayLike<BodyElement>;
  closest(selectors: string): BodyElement | null;
  remove(): void;
}

/** Elements that hold a paragraph of their own. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD', 'PRE', 'CENTER', 'SECTION', 'ARTICLE',
  'HEADER', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TD', 'TH', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/** Blocks whose text is running text: an inline element in one is part of a sentence. */
const TEXT_BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD', 'TD', 'TH', 'PRE', 'ADDRESS', 'SUMMARY']);
/** Inline elements: words inside a line of text, never a box of furniture by their class. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);
const LIST_TAGS = new Set(['UL', 'OL', 'DL']);
/** List items and table cells (and blocks inside them): their words are data (a timeline, a table of results), not furniture. */
const CELLS = 'li, td, th, dt, dd';
/** A figure holding one of these is data (a table, a list, code), not a picture. */
const FIGURE_DATA = 'table, pre, ul, ol, dl';
/** An element holding more than this share of the article's text is never taken out by its tag or class... */
const MAX_SHARE = 0.35;
/** ...nor once elements taken out so hold this share of it, together. */
const MAX_TOTAL_SHARE = 0.5;

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const words = (s: string) => (s ? s.split(' ').length : 0);
const isCapitals = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const inCell = (el: BodyElement) => el.closest(CELLS) !== null;

/** The share of an element's text that sits in links. */
function linkDensity(el: BodyElement, textLength: number): number {
  if (!textLength) return 0;
  let linked = 0;
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a'));
  for (const a of links) linked += squash(a.textContent).length;
  return Math.min(1, linked / textLength);
}

/** Is this inline element part of a line of text (inside a paragraph, or beside words of its own parent)? */
function inRunningText(el: BodyElement): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (TEXT_BLOCKS.has(parent.tagName)) return true;
  return Array.from(parent.childNodes).some((node) => node.nodeType === 3 && /\S/.test(node.textContent ?? ''));
}

/** Is this element furniture by its tag, class, id, role or visibility? */
function isFurnitureElement(el: BodyElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (FURNITURE_TAGS.has(el.tagName)) return el.tagName !== 'FIGURE' || el.querySelector(FIGURE_DATA) === null;
  // A link or a span in a sentence is words of the sentence, whatever its class ("President <a class=tag>Ruto</a> said").
  if (INLINE_TAGS.has(el.tagName) && inRunningText(el)) return false;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|complementary|banner|contentinfo|dialog|alert|button|toolbar)$/.test(role)) return true;
  const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`;
  return name.length > 1 && FURNITURE_CLASS.test(name);
}

/** Take out furniture elements below `el`, each only when it holds a small share of the article's text, within a budget for all. */
function removeFurnitureElements(el: BodyElement, maxChars: number, budget: { chars: number }): void {
  for (const child of Array.from(el.children)) {
    // An embedded post (a tweet is a <blockquote>) is quoted text, even in a video or figure box.
    const embeds = child.tagName === 'BLOCKQUOTE' || child.querySelector('blockquote') !== null;
    const length = embeds ? 0 : squash(child.textContent).length;
    if (!embeds && length <= maxChars && length <= budget.chars && isFurnitureElement(child)) {
      budget.chars -= length;
      child.remove();
    } else removeFurnitureElements(child, maxChars, budget);
  }
}

/** Block elements with no block inside them, in document order. */
function leafBlocks(root: BodyElement): BodyElement[] {
  const leaves: BodyElement[] = [];
  const walk = (el: BodyElement): boolean => {
    let hasBlock = false;
    for (const child of Array.from(el.children)) if (walk(child)) hasBlock = true;
    const block = BLOCK_TAGS.has(el.tagName);
    if (block && !hasBlock && !LIST_TAGS.has(el.tagName)) leaves.push(el);
    return block || hasBlock;
  };
  walk(root);
  return leaves;
}

/** Leaf blocks with their text and link density, computed once. */
interface Leaf {
  el: BodyElement;
  text: string;
  links: number;
  cell: boolean;
}

/**
 * Take furniture out of `root`, the article readability found: furniture elements (figures, captions,
 * headers, navigation, share and related boxes); blocks whose words are furniture (a byline, a date line,
 * "Read more: ...", a newsletter box, a copyright line, the headline again); a "You may also like" heading
 * and the links after it; and runs of paragraphs that are nothing but links. List items and table cells stay.
 */
export function cleanBody(root: BodyElement, titles: readonly string[] = []): void {
  const total = squash(root.textContent).length;
  removeFurnitureElements(root, total * MAX_SHARE, { chars: total * MAX_TOTAL_SHARE });
  const titleKeys = new Set(titles.map(foldForCompare).filter((t) => t.length > 8));
  const leaves: Leaf[] = leafBlocks(root).map((el) => {
    const text = squash(el.textContent);
    return { el, text, links: linkDensity(el, text.length), cell: inCell(el) };
  });
  const gone = new Set<BodyElement>();
  const drop = (leaf: Leaf) => gone.add(leaf.el);
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    if (!leaf.cell && isFurnitureText(leaf.text, titleKeys, leaf.links)) drop(leaf);
    if (!RELATED_HEADING.test(leaf.text)) continue;
    drop(leaf);
    // The links after such a heading: a list right after it, then every block that is mostly a link.
    const next = leaf.el.nextElementSibling;
    if (next && LIST_TAGS.has(next.tagName)) next.remove();
    while (i + 1 < leaves.length && (leaves[i + 1].links >= 0.5 || !leaves[i + 1].text)) drop(leaves[++i]);
  }
  // Two or more paragraphs in a row that are each one link: headlines of other stories.
  // A paragraph that is one link in capitals: another story's headline.
  const linkLine = (l: Leaf | undefined) => !!l && !l.cell && l.links >= 0.9 && words(l.text) >= 3;
  leaves.forEach((leaf, i) => {
    if (linkLine(leaf) && (linkLine(leaves[i - 1]) || linkLine(leaves[i + 1]) || isCapitals(leaf.text))) drop(leaf);
  });
  for (const el of gone) el.remove();
}
