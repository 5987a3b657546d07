import { describe, expect, it } from 'vitest';
import { agreementRows, mentionRows, MENTION_COLUMNS } from '../../src/io/to-csv-rows.js';
import { csvText } from '../../src/io/format-record.js';
import type { ArticleRecord } from '../../src/record.js';

const record: ArticleRecord = {
  schemaVersion: 1, id: 'a.txt', title: null, date: '2024-02-23', dateSource: 'option', sentences: [],
  people: [{ id: 'person-1', name: 'Antonio Tajani', titles: ['Foreign Minister'], country: 'IT', mentions: [{ start: 30, end: 44, text: 'Antonio Tajani', sentence: 0 }] }],
  countries: [{ id: 'IT', code: 'IT', name: 'Italy', mentions: [{ start: 0, end: 5, text: 'Italy', sentence: 0, form: 'name' }] }],
  organizations: [],
  dates: [{ start: 50, end: 61, text: 'February 22', sentence: 0, type: 'date', value: '2024-02-22' }],
  agreements: [{ id: 'agreement-1', kind: 'security', status: 'signed', date: '2024-02-22', legallyBinding: false,
    parties: [{ code: 'IT', name: 'Italy' }, { code: 'UA', name: 'Ukraine' }], mentions: [{ start: 10, end: 20, text: 'a security', sentence: 0 }] }],
};

describe('mentionRows', () => {
  it('one row per mention, in text order, with the entity and its value', () => {
    expect(mentionRows(record).map((r) => [r.kind, r.text, r.value])).toEqual([
      ['country', 'Italy', 'IT'], ['agreement', 'a security', 'signed'], ['person', 'Antonio Tajani', 'IT'], ['date', 'February 22', '2024-02-22'],
    ]);
  });
  it('no rows for a record with nothing found (negative)', () => {
    expect(mentionRows({ ...record, people: [], countries: [], dates: [], agreements: [] })).toEqual([]);
  });
});

describe('agreementRows', () => {
  it('joins parties and keeps unknowns empty', () => {
    expect(agreementRows(record)[0]).toMatchObject({ parties: 'Italy; Ukraine', party_codes: 'IT; UA', legally_binding: 'false', mentions: 1 });
    const open = agreementRows({ ...record, agreements: [{ ...record.agreements[0], status: null, date: null, legallyBinding: null }] })[0];
    expect(open).toMatchObject({ status: '', date: '', legally_binding: '' });
  });
});

describe('csvText', () => {
  it('escapes text that a spreadsheet would run as a formula', () => {
    const rows = [{ ...mentionRows(record)[0], text: '=cmd|"/c calc"!A1' }];
    expect(csvText(rows, MENTION_COLUMNS, false)).toContain(`"'=cmd|""/c calc""!A1"`);
  });
  it('writes a header only when asked', () => {
    expect(csvText([], MENTION_COLUMNS, true)).toBe(`${MENTION_COLUMNS.join(',')}\n`);
    expect(csvText([], MENTION_COLUMNS, false)).toBe('');
  });
});
