// A page's publication date from its own metadata, in a fixed order of trust.

/** Where a page's date was found: JSON-LD, a meta tag, a <time> in the article, or the URL's path. */
export type PageDateSource = 'html-jsonld' | 'html-meta' | 'html-time' | 'html-url';

/** The DOM this needs (linkedom's document fits). */
export interface MetaDocument {
  querySelectorAll(selectors: string): ArrayLike<{ textContent: string | null; getAttribute(name: string): string | null }>;
}

/** Meta tags that hold the publication date (name or property), most specific first. */
const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'published_time',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'date', 'dc.date.issued', 'dcterms.created', 'dc.date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
];
const ISO_DATE = /^\s*(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?:$|[T\s])/;
const URL_DATE = /\/(?<y>(?:19|20)\d\d)[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:[/-]|$)|\/(?<y2>(?:19|20)\d\d)(?<m2>0[1-9]|1[0-2])(?<d2>0[1-9]|[12]\d|3[01])\//;

/** YYYY-MM-DD for a real calendar date, else null. */
function calendarDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date part of an ISO 8601 timestamp as written: the day in the time zone the timestamp is written in
 * (the publisher's own day when it gives its offset, "+03:00"; UTC's day for a "Z" timestamp).
 */
export function isoDay(value: string | null | undefined): string | null {
  const g = typeof value === 'string' ? ISO_DATE.exec(value)?.groups : undefined;
  return g ? calendarDate(g.y, g.m, g.d) : null;
}

/** A date in a URL's path: /2019/11/19/, /2019-11-19/, /20191119/. */
export function urlDay(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const g = URL_DATE.exec(path)?.groups;
  if (!g) return null;
  return g.y ? calendarDate(g.y, g.m, g.d) : calendarDate(g.y2, g.m2, g.d2);
}

/** Every object in a JSON-LD value (arrays and @graph flattened). */
function* jsonLdObjects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* jsonLdObjects(v);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    yield obj;
    if (obj['@graph']) yield* jsonLdObjects(obj['@graph']);
  }
}

/** A script's JSON wrapped in an HTML comment or a CDATA section (old pages hide scripts so): the wrapping taken off. */
const JSON_WRAPPING = /^\s*(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)|(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)\s*$/g;

/** The page's JSON-LD objects, parsed (a script that is not valid JSON is skipped). */
export function readJsonLd(doc: MetaDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      objects.push(...jsonLdObjects(JSON.parse((script.textContent ?? '').replace(JSON_WRAPPING, ''))));
    } catch {
      // not JSON: skipped
    }
  }
  return objects;
}

/** JSON-LD types of an article (NewsArticle, Article, ReportageNews, BlogPosting, ...): their dates come first. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|ReportageNews|Report)$/;
const isArticle = (obj: Record<string, unknown>) => [obj['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));

/** Every meta tag's content named in `names` (by name, property or itemprop, case-insensitive), in the order of `names`. */
export function metaContents(doc: MetaDocument, names: readonly string[]): string[] {
  const wanted = new Map(names.map((n, i) => [n, i]));
  const found: { rank: number; value: string }[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const rank = wanted.get(key);
    const value = meta.getAttribute('content')?.trim();
    if (rank !== undefined && value) found.push({ rank, value });
  }
  return found.sort((a, b) => a.rank - b.rank).map((m) => m.value);
}

/** A meta tag's content by name or property (case-insensitive), the first in the order of `names` that has one. */
export const metaContent = (doc: MetaDocument, names: readonly string[]): string | null => metaContents(doc, names)[0] ?? null;

/** The first of `values` that is an ISO date. */
const firstDay = (values: readonly unknown[]): string | null => {
  for (const value of values) {
    const day = isoDay(value as string);
    if (day) return day;
  }
  return null;
};

/**
 * The page's publication date, YYYY-MM-DD, and where it was found: JSON-LD `datePublished` (an article's
 * before any other object's), then a meta tag (`article:published_time` first; one that cannot be read gives
 * way to the next), then a `<time datetime>` inside the article, then a date in the URL (`urls` in order: the
 * page's own, then the one it was fetched from).
 */
export function findPageDate(doc: MetaDocument, jsonLd: Record<string, unknown>[], ...urls: (string | null)[]): { date: string; source: PageDateSource } | null {
  const jsonLdDay = firstDay([...jsonLd.filter(isArticle), ...jsonLd.filter((obj) => !isArticle(obj))].map((obj) => obj.datePublished));
  if (jsonLdDay) return { date: jsonLdDay, source: 'html-jsonld' };
  const meta = firstDay(metaContents(doc, DATE_METAS));
  if (meta) return { date: meta, source: 'html-meta' };
  for (const time of Array.from(doc.querySelectorAll('article time[datetime], [itemprop="articleBody"] time[datetime], main time[datetime], time[itemprop="datePublished"], time[pubdate]'))) {
    const date = isoDay(time.getAttribute('datetime'));
    if (date) return { date, source: 'html-time' };
  }
  const fromUrl = firstDay(urls.map(urlDay));
  return fromUrl ? { date: fromUrl, source: 'html-url' } : null;
}
