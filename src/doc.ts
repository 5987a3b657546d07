// The one document type that flows through every stage. JSON-safe: plain data only.
// Every span is a half-open [start, end) offset pair into `Doc.text`, the article as read.

/** A half-open character range in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A word, number or punctuation mark from the tokenizer, with its part of speech. */
export interface Token extends Span {
  /** Its text, from `Doc.norm`, and that text in lower case: read once here, for every tagger. */
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, ...). */
  pos: string;
  /** Index into `Doc.sentences`. */
  sentence: number;
}

/** The kinds of thing a tagger can propose. */
export type MentionKind = 'person' | 'country' | 'organization' | 'date' | 'agreement';

/** How a country is named: its name, another name, its people's adjective, or its capital. */
export type CountryForm = 'name' | 'alias' | 'demonym' | 'capital';

/** TIMEX3 types. */
export type DateType = 'date' | 'time' | 'duration' | 'set';

/**
 * A span proposed by a tagger. Before `resolveOverlaps` runs, mentions may overlap; after it, they don't.
 * `entity` groups mentions of one thing within their kind: a person id, an ISO code, an agreement id.
 */
export interface Mention extends Span {
  kind: MentionKind;
  entity: string;
  /** Breaks ties between overlapping spans of equal length: higher wins. */
  priority: number;
  /** Countries only. */
  form?: CountryForm;
  /** Dates only. */
  type?: DateType;
  /** Dates only: the TIMEX3 value, or null when it cannot be normalized. */
  value?: string | null;
  /**
   * A descriptive phrase ("the India deal", "a 2013 pact") that other kinds' mentions may sit inside;
   * a name ("Paris Agreement") is not one, and nothing nests in it.
   */
  container?: boolean;
}

/** A person the article names, with the titles and country it gives them. */
export interface Person {
  id: string;
  name: string;
  titles: string[];
  country?: string;
}

/** A country the article names. `code` is ISO 3166-1 alpha-2 (or a historical code such as SU). */
export interface Country {
  id: string;
  code: string;
  name: string;
}

/** A bloc or international organization (EU, NATO, UN, ...). */
export interface Organization {
  id: string;
  name: string;
  code?: string;
  members?: string[];
}

/** What an agreement is about. */
export type AgreementKind =
  | 'security' | 'defence' | 'trade' | 'investment' | 'ceasefire' | 'peace' | 'finance'
  | 'energy' | 'climate' | 'cooperation' | 'other';
/** Where an agreement stands. */
export type AgreementStatus = 'proposed' | 'negotiating' | 'agreed' | 'signed' | 'ratified' | 'ended';

/** A party bound by an agreement: a country (with its code) or a bloc. */
export interface Party {
  code?: string;
  name: string;
}

/** One agreement, however many times the article mentions it. */
export interface Agreement {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus | null;
  date: string | null;
  legallyBinding: boolean | null;
  parties: Party[];
}

/**
 * Where the reference date came from: `--date`, a JSONL input's `date`, the article's dateline, an HTML page's
 * metadata (JSON-LD `datePublished`, a meta tag, a `<time>` in the article, its URL), or a WARC record's WARC-Date.
 */
export type DateSource = 'option' | 'input' | 'dateline' | 'html-jsonld' | 'html-meta' | 'html-time' | 'html-url' | 'warc-date';

/** The document: the text and every layer the stages add. */
export interface Doc {
  id: string;
  /** The article as read (UTF-8, a leading BOM dropped). Never changed. */
  text: string;
  /** `text` with typographic variants folded (curly quotes, dashes, odd spaces); same length, same offsets. */
  norm: string;
  /** The headline line, when the article opens with one. */
  title: Span | null;
  /** The dateline ("DOHA, March 4 —"), when a paragraph opens with one. */
  dateline: Span | null;
  /** The reference date for relative dates, YYYY-MM-DD, and where it came from. */
  referenceDate: string | null;
  referenceDateSource: DateSource | null;
  sentences: Span[];
  tokens: Token[];
  /** Candidates from the taggers; after `resolveOverlaps`, the decided mentions. */
  mentions: Mention[];
  people: Person[];
  countries: Country[];
  organizations: Organization[];
  agreements: Agreement[];
}

/** What every stage is handed besides the document. Nothing else is read from outside. */
export interface Ctx {
  /** The reference date given by the caller (`--date`, a JSONL input's `date`, an HTML page's), YYYY-MM-DD. */
  date?: string | null;
  /** Where `date` came from. */
  dateSource?: Exclude<DateSource, 'dateline'>;
  /** The reference date when neither `date` nor the article's dateline gives one (a WARC record's crawl date), YYYY-MM-DD. */
  fallbackDate?: string | null;
  /** Where `fallbackDate` came from. */
  fallbackDateSource?: Exclude<DateSource, 'dateline' | 'option'>;
  /** The text is an article's body alone, its headline known apart (an HTML page's): no first line is read as a headline. */
  bodyOnly?: boolean;
}

/** A pipeline stage: reads earlier layers, adds its own. */
export type Stage = (doc: Doc, ctx: Ctx) => Doc;

/** A fresh document holding only the text; the stages fill in the rest. */
export function createDoc(id: string, text: string): Doc {
  return {
    id,
    text,
    norm: text,
    title: null,
    dateline: null,
    referenceDate: null,
    referenceDateSource: null,
    sentences: [],
    tokens: [],
    mentions: [],
    people: [],
    countries: [],
    organizations: [],
    agreements: [],
  };
}

/**
 * The index of the first item `before` does not hold of, or `items.length` (a binary search): `before` must hold of
 * a leading run of the items and of none after it, as "starts before offset x" does of spans in text order.
 */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span that ends after `offset` (spans in text order, not overlapping), or `spans.length`. */
export const firstEndingAfter = (spans: readonly Span[], offset: number): number => firstNotBefore(spans, (s) => s.end <= offset);

/** The index of the sentence holding offset `at` (binary search), or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
