import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/doc.js';
import { buildRecord } from '../src/build-record.js';

const text = 'Zelensky met Tajani. Zelensky thanked Italy on Monday.';
function doc(): Doc {
  const d = createDoc('a1', text);
  return {
    ...d,
    sentences: [{ start: 0, end: 20 }, { start: 21, end: text.length }],
    people: [
      { id: 'person-7', name: 'Antonio Tajani', titles: ['Foreign Minister'], country: 'IT' },
      { id: 'person-1', name: 'Volodymyr Zelensky', titles: [] },
      { id: 'person-3', name: 'Nobody Mentioned', titles: [] },
    ],
    countries: [{ id: 'IT', code: 'IT', name: 'Italy' }],
    mentions: [
      { kind: 'person', entity: 'person-1', start: 0, end: 8, priority: 2 },
      { kind: 'person', entity: 'person-7', start: 13, end: 19, priority: 2 },
      { kind: 'person', entity: 'person-1', start: 21, end: 29, priority: 2 },
      { kind: 'country', entity: 'IT', start: 38, end: 43, priority: 3, form: 'name' },
      { kind: 'date', entity: 'd47', start: 47, end: 53, priority: 4, type: 'date', value: '2024-02-19' },
    ],
  };
}

describe('buildRecord', () => {
  const record = buildRecord(doc());
  it('groups mentions under their entity, ordered by first mention', () => {
    expect(record.people.map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([
      ['Volodymyr Zelensky', [0, 21]],
      ['Antonio Tajani', [13]],
    ]);
  });
  it('gives each mention its text and sentence index', () => {
    expect(record.people[0].mentions[1]).toEqual({ start: 21, end: 29, text: 'Zelensky', sentence: 1 });
    expect(record.countries[0].mentions[0]).toEqual({ start: 38, end: 43, text: 'Italy', sentence: 1, form: 'name' });
    expect(record.dates[0]).toEqual({ start: 47, end: 53, text: 'Monday', sentence: 1, type: 'date', value: '2024-02-19' });
  });
  it('numbers people in order of first mention, whatever the stage called them', () => {
    expect(record.people.map((p) => p.id)).toEqual(['person-1', 'person-2']);
    expect(record.people[1]).toMatchObject({ id: 'person-2', name: 'Antonio Tajani' });
  });
  it('drops an entity whose mentions all lost (negative)', () => {
    expect(record.people.map((p) => p.name)).not.toContain('Nobody Mentioned');
  });
  it('carries the header fields', () => {
    expect(record).toMatchObject({ schemaVersion: 1, id: 'a1', title: null, date: null, dateSource: null, agreements: [], organizations: [] });
    expect(record.sentences[1].text).toBe('Zelensky thanked Italy on Monday.');
  });
});
