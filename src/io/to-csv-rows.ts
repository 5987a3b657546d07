import type { ArticleRecord } from '../record.js';

/** Columns of mentions.csv, one row per mention of any kind. */
export const MENTION_COLUMNS = ['article_id', 'kind', 'entity_id', 'name', 'text', 'start', 'end', 'sentence', 'value'] as const;
/** Columns of agreements.csv, one row per agreement. */
export const AGREEMENT_COLUMNS = [
  'article_id', 'agreement_id', 'kind', 'status', 'date', 'legally_binding', 'parties', 'party_codes', 'mentions', 'first_mention',
] as const;

type Row<C extends readonly string[]> = Record<C[number], string | number>;

/**
 * One row per mention. `name` is the entity's name (for a date, its type; for an agreement, its kind);
 * `value` is the country/organization code, the date's TIMEX3 value, the agreement's status, a person's country.
 */
export function mentionRows(record: ArticleRecord): Row<typeof MENTION_COLUMNS>[] {
  const row = (kind: string, entityId: string, name: string, value: string | null | undefined) =>
    (m: { text: string; start: number; end: number; sentence: number }) => ({
      article_id: record.id, kind, entity_id: entityId, name, text: m.text, start: m.start, end: m.end, sentence: m.sentence, value: value ?? '',
    });
  return [
    ...record.people.flatMap((p) => p.mentions.map(row('person', p.id, p.name, p.country))),
    ...record.countries.flatMap((c) => c.mentions.map(row('country', c.id, c.name, c.code))),
    ...record.organizations.flatMap((o) => o.mentions.map(row('organization', o.id, o.name, o.code))),
    ...record.dates.map((d, i) => row('date', `date-${i + 1}`, d.type, d.value)(d)),
    ...record.agreements.flatMap((a) => a.mentions.map(row('agreement', a.id, a.kind, a.status))),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One row per agreement; parties joined with "; ". */
export function agreementRows(record: ArticleRecord): Row<typeof AGREEMENT_COLUMNS>[] {
  return record.agreements.map((a) => ({
    article_id: record.id,
    agreement_id: a.id,
    kind: a.kind,
    status: a.status ?? '',
    date: a.date ?? '',
    legally_binding: a.legallyBinding === null ? '' : String(a.legallyBinding),
    parties: a.parties.map((p) => p.name).join('; '),
    party_codes: a.parties.map((p) => p.code ?? '').join('; '),
    mentions: a.mentions.length,
    first_mention: a.mentions[0]?.text ?? '',
  }));
}
