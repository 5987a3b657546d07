// An HTML page to its article: the main text (readability over linkedom, then wirescan's clean-up),
// the headline, the publication date and where the page came from.
import { createRequire } from 'node:module';
import { cleanBody, type BodyElement } from './clean-body.js';
import { InputError } from './decode-text.js';
import { findPageDate, metaContent, readJsonLd, type MetaDocument, type PageDateSource } from './find-page-date.js';
import { renderBodyText, type TextNode } from './render-body-text.js';
import type { SourceRecord } from '../record.js';

/** An HTML page read: its article text (paragraphs separated by a blank line), date and source. */
export interface HtmlArticle {
  text: string;
  /** YYYY-MM-DD, from the page's metadata, or null. */
  date: string | null;
  dateSource: PageDateSource | null;
  source: SourceRecord;
}

// The HTML parser and readability load on the first page read, not with the module: a run over text or JSON Lines, and
// every process that only imports the library, start without them (linkedom alone takes about 0.15 s to load).
const require = createRequire(import.meta.url);
type HtmlLibraries = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let libraries: HtmlLibraries | undefined;
const htmlLibraries = (): HtmlLibraries =>
  (libraries ??= { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability });

const WORD = /[\p{L}\p{N}]+/gu;
const MIN_WORDS = 20;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

// Scripts (but JSON-LD), styles, inline SVG and comments: never article text, and on a news page often two
// thirds of its bytes. Cut before parsing, as the HTML tokenizer would read them (up to the first closing tag),
// they cost the DOM nothing (parsing and readability take about a fifth less time). A JSON-LD script is matched
// whole and kept as it is, so a comment inside it (`<!-- {...} -->`) stays for readJsonLd.
const INERT = /(<script\b(?=[^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>)|<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi;

/** The little of the DOM read here (linkedom's document fits). */
interface PageDocument extends MetaDocument {
  documentElement: unknown;
  querySelector(selectors: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
}

/** The page's own URL: its canonical link or og:url, else the one it was fetched from. */
function pageUrl(doc: PageDocument, fetchedFrom: string | null): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  if (canonical) {
    try {
      return new URL(canonical, fetchedFrom ?? undefined).href;
    } catch {
      // a relative link with nothing to resolve it against: fall through
    }
  }
  return fetchedFrom;
}

/** The JSON-LD publisher's name, when the page names one. */
function jsonLdPublisher(jsonLd: Record<string, unknown>[]): string | null {
  for (const obj of jsonLd) {
    const publisher = obj.publisher as { name?: unknown } | undefined;
    if (publisher && typeof publisher.name === 'string') return squash(publisher.name);
  }
  return null;
}

/**
 * Read an HTML page: the article's main text, headline, publication date (JSON-LD, meta tags, a `<time>` in
 * the article, the URL) and source. `url` is where the page was fetched from, when known. Throws an
 * `InputError` when the page has no article text.
 */
export function readHtml(html: string, url: string | null = null): HtmlArticle {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html.replace(INERT, (_, jsonLd: string | undefined) => jsonLd ?? ''));
  const doc = document as unknown as PageDocument;
  if (!doc.documentElement) throw new InputError('not an HTML page');
  // Metadata first: readability takes scripts (JSON-LD) and more out of the document as it works.
  const jsonLd = readJsonLd(doc);
  const location = pageUrl(doc, url);
  const found = findPageDate(doc, jsonLd, location, url);
  const metaTitle = metaContent(doc, ['og:title', 'twitter:title']);
  const h1 = squash(doc.querySelector('h1')?.textContent);
  const titleTag = squash(doc.querySelector('title')?.textContent);
  const publisher = squash(metaContent(doc, ['og:site_name', 'application-name'])) ?? jsonLdPublisher(jsonLd);
  let article;
  try {
    article = new Readability<unknown>(document as never, { serializer: (node) => node, keepClasses: true }).parse();
  } catch (err) {
    throw new InputError(`cannot read the page: ${(err as Error).message}`);
  }
  if (!article?.content) throw new InputError('no article text found in the page');
  const title = squash(metaTitle) ?? squash(article.title) ?? h1 ?? titleTag;
  const titles = [title, h1, titleTag, squash(article.title)].filter((t): t is string => !!t);
  cleanBody(article.content as unknown as BodyElement, titles);
  const text = renderBodyText(article.content as unknown as TextNode);
  // Fewer words than the shortest news brief: what is left is the page's frame (a 404 page, an index page).
  if ((text.match(WORD) ?? []).length < MIN_WORDS) throw new InputError('no article text found in the page');
  return {
    text,
    date: found?.date ?? null,
    dateSource: found?.source ?? null,
    source: { url: location, title, publisher, format: 'html' },
  };
}
