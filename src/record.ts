// The record: what wirescan writes for one article (schema version 1). Field names are a contract.
import type { AgreementKind, AgreementStatus, CountryForm, DateSource, DateType, Party } from './doc.js';

/** The record format's version; it changes only when a field is renamed or removed. */
export const SCHEMA_VERSION = 1;

/** A mention of an entity: offsets into the article text, its text, and its sentence's index. */
export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** A sentence: its offsets and text. */
export interface SentenceRecord {
  start: number;
  end: number;
  text: string;
}

/** A person, with every mention by name. */
export interface PersonRecord {
  id: string;
  name: string;
  titles: string[];
  country?: string;
  mentions: MentionRecord[];
}

/** A country, with every mention and the form of each. */
export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  mentions: (MentionRecord & { form: CountryForm })[];
}

/** A bloc or international organization, with every mention. */
export interface OrganizationRecord {
  id: string;
  name: string;
  code?: string;
  members?: string[];
  mentions: MentionRecord[];
}

/** A date, time, duration or set, with its TIMEX3 value. */
export interface DateRecord extends MentionRecord {
  type: DateType;
  value: string | null;
}

/** An agreement, with every mention of it. */
export interface AgreementRecord {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus | null;
  date: string | null;
  legallyBinding: boolean | null;
  parties: Party[];
  mentions: MentionRecord[];
}

/** Where an article extracted from a page came from (HTML and WARC inputs). */
export interface SourceRecord {
  /** The page's URL: its canonical link, else the URL it was fetched from (a WARC record's), else null. */
  url: string | null;
  /** The page's headline (og:title, else readability's title). */
  title: string | null;
  /** The site's name (og:site_name, else the JSON-LD publisher). */
  publisher: string | null;
  format: 'html';
}

/** One article's record. */
export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string | null;
  date: string | null;
  dateSource: DateSource | null;
  sentences: SentenceRecord[];
  people: PersonRecord[];
  countries: CountryRecord[];
  organizations: OrganizationRecord[];
  dates: DateRecord[];
  agreements: AgreementRecord[];
  /** Pages only: where the text came from. */
  source?: SourceRecord;
  /** Pages only (unless --no-text): the article text extracted from the page, which every offset points into. */
  text?: string;
}
