// The record: what wirescan writes for one article (schema version 1). Field names are a contract.
import type { AgreementKind, AgreementStatus, CountryForm, DateSource, DateType, Party } from './doc.js';

export const SCHEMA_VERSION = 1;

/** A mention of an entity: offsets into the article text, its text, and its sentence's index. */
export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface SentenceRecord {
  start: number;
  end: number;
  text: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  titles: string[];
  country?: string;
  mentions: MentionRecord[];
}

export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  mentions: (MentionRecord & { form: CountryForm })[];
}

export interface OrganizationRecord {
  id: string;
  name: string;
  code?: string;
  members?: string[];
  mentions: MentionRecord[];
}

export interface DateRecord extends MentionRecord {
  type: DateType;
  value: string | null;
}

export interface AgreementRecord {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus | null;
  date: string | null;
  legallyBinding: boolean | null;
  parties: Party[];
  mentions: MentionRecord[];
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
}
