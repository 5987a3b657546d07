// Page furniture that readability lets through, taken out of the article it found: general rules over
// tags, class names and the words of short blocks (the lists are in page-furniture.ts), no per-site rules.
import {
  DATE_WORDS, FURNITURE_CLASS, FURNITURE_LINES, FURNITURE_MAX_WORDS, FURNITURE_PATTERNS, FURNITURE_TAGS, PUBLISHED_LEAD, RELATED_HEADING,
} from './page-furniture.js';

/** The DOM this needs (linkedom's elements fit). */
export interface BodyElement {
  tagName: string;
  id: string;
  className: string;
  textContent: string | null;
  parentElement: BodyElement | null;
  children: ArrayLike<BodyElement>;
  nextElementSibling: BodyElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<BodyElement>;
  remove(): void;
}

/** Elements that hold a paragraph of their own. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD', 'PRE', 'CENTER', 'SECTION', 'ARTICLE',
  'HEADER', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TD', 'TH', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const LIST_TAGS = new Set(['UL', 'OL', 'DL']);
/** List items and table cells: their words are data (a table of results, a list of products), not furniture. */
const CELL_TAGS = new Set(['LI', 'TD', 'TH', 'DT', 'DD']);
/** An element holding more than this share of the article's text is never taken out by its tag or class. */
const MAX_SHARE = 0.35;

const squash = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
/** A block's text folded for comparing: lower case, letters and digits only, single spaces. */
export const foldText = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string) => (s ? s.split(' ').length : 0);
const isCapitals = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** The share of an element's text that sits in links. */
function linkDensity(el: BodyElement, textLength: number): number {
  if (!textLength) return 0;
  let linked = 0;
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a'));
  for (const a of links) linked += squash(a.textContent).length;
  return Math.min(1, linked / textLength);
}

/** Is this element furniture by its tag, class, id, role or visibility? */
function isFurnitureElement(el: BodyElement): boolean {
  if (FURNITURE_TAGS.has(el.tagName) || el.tagName === 'HEADER') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|complementary|banner|contentinfo|dialog|alert|button|toolbar)$/.test(role)) return true;
  const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`;
  return name.length > 1 && FURNITURE_CLASS.test(name);
}

/** Take out furniture elements below `el`, each only when it holds a small share of the article's text. */
function removeFurnitureElements(el: BodyElement, maxChars: number): void {
  for (const child of Array.from(el.children)) {
    // An embedded post (a tweet is a <blockquote>) is quoted text, even in a video or figure box.
    const embeds = child.tagName === 'BLOCKQUOTE' || child.querySelectorAll('blockquote').length > 0;
    if (!embeds && isFurnitureElement(child) && squash(child.textContent).length <= maxChars) child.remove();
    else removeFurnitureElements(child, maxChars);
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

/** A line made only of a date, a time and their words ("Updated Nov 19, 6:55 AM", "23 Nov 2017"). */
export function isDateLine(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!tokens.length || tokens.length > 14) return false;
  if (!/\b(?:19|20)\d\d\b|\d:\d\d/.test(text)) return false;
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  // At least one date word or a time: a line of bare numbers is data (a table row, a score).
  if (!/\d:\d\d/.test(text) && !words.some((t) => DATE_WORDS.has(t) && t.length > 2)) return false;
  return words.filter((t) => !DATE_WORDS.has(t)).length <= 1;
}

/** "Updated Nov 19, 6:55 AM", "Posted on March 30, 2015 by Admin": a publication line of at most 100 characters. */
export function isPublishedLine(text: string): boolean {
  const next = text.length <= 100 ? PUBLISHED_LEAD.exec(text)?.groups?.next : undefined;
  return !!next && (/^\d/.test(next) || DATE_WORDS.has(next.toLowerCase()));
}

/** Is this short block furniture by its words? */
export function isFurnitureText(text: string, titles: ReadonlySet<string>): boolean {
  const folded = foldText(text);
  if (!folded) return !/\S/.test(text) || text.length < 6;
  if (FURNITURE_LINES.has(folded) || titles.has(folded) || isDateLine(text) || isPublishedLine(text)) return true;
  return words(text) <= FURNITURE_MAX_WORDS && FURNITURE_PATTERNS.some((re) => re.test(text));
}

/** Leaf blocks with their text and link density, computed once. */
interface Leaf {
  el: BodyElement;
  text: string;
  links: number;
}

/**
 * Take furniture out of `root`, the article readability found: furniture elements (figures, captions,
 * headers, navigation, share and related boxes); blocks whose words are furniture (a byline, a date line,
 * "Read more: ...", a newsletter box, a copyright line, the headline again); a "You may also like" heading
 * and the links after it; and runs of paragraphs that are nothing but links.
 */
export function cleanBody(root: BodyElement, titles: readonly string[] = []): void {
  const total = squash(root.textContent).length;
  removeFurnitureElements(root, total * MAX_SHARE);
  const titleKeys = new Set(titles.map(foldText).filter((t) => t.length > 8));
  const leaves: Leaf[] = leafBlocks(root).map((el) => {
    const text = squash(el.textContent);
    return { el, text, links: linkDensity(el, text.length) };
  });
  const gone = new Set<BodyElement>();
  const drop = (leaf: Leaf) => gone.add(leaf.el);
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    if (!CELL_TAGS.has(leaf.el.tagName) && isFurnitureText(leaf.text, titleKeys)) drop(leaf);
    if (!RELATED_HEADING.test(leaf.text)) continue;
    drop(leaf);
    // The links after such a heading: a list right after it, then every block that is mostly a link.
    const next = leaf.el.nextElementSibling;
    if (next && LIST_TAGS.has(next.tagName)) next.remove();
    while (i + 1 < leaves.length && (leaves[i + 1].links >= 0.5 || !leaves[i + 1].text)) drop(leaves[++i]);
  }
  // Two or more paragraphs in a row that are each one link: headlines of other stories.
  // A paragraph that is one link in capitals: another story's headline.
  const linkLine = (l: Leaf | undefined) => !!l && !CELL_TAGS.has(l.el.tagName) && l.links >= 0.9 && words(l.text) >= 3;
  leaves.forEach((leaf, i) => {
    if (linkLine(leaf) && (linkLine(leaves[i - 1]) || linkLine(leaves[i + 1]) || isCapitals(leaf.text))) drop(leaf);
  });
  for (const el of gone) el.remove();
}
