import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/doc.js';
import { pickMentions } from '../../src/stages/resolve-overlaps.js';

const m = (kind: Mention['kind'], start: number, end: number, priority: number): Mention => ({ kind, start, end, priority, entity: `${kind}${start}` });

describe('pickMentions', () => {
  const rows: [string, Mention[], string[]][] = [
    ['the longer span wins', [m('country', 0, 5, 3), m('agreement', 0, 15, 5)], ['agreement0']],
    ['longer wins even at lower priority', [m('person', 0, 12, 2), m('date', 6, 12, 4)], ['person0']],
    ['equal length: higher priority wins', [m('person', 0, 6, 2), m('country', 0, 6, 3)], ['country0']],
    ['equal length and priority: the earlier wins', [m('date', 0, 4, 4), m('date', 2, 6, 4)], ['date0']],
    ['disjoint spans all stay, in text order', [m('date', 10, 14, 4), m('person', 0, 5, 2)], ['person0', 'date10']],
    ['touching spans do not overlap', [m('person', 0, 5, 2), m('country', 5, 9, 3)], ['person0', 'country5']],
  ];
  it.each(rows)('%s', (_, candidates, kept) => {
    expect(pickMentions(candidates, 100).map((x) => x.entity)).toEqual(kept);
  });

  const negatives: [string, Mention[]][] = [
    ['an empty span is dropped', [m('date', 3, 3, 4)]],
    ['a span past the text is dropped', [m('date', 95, 120, 4)]],
  ];
  it.each(negatives)('%s', (_, candidates) => {
    expect(pickMentions(candidates, 100)).toEqual([]);
  });
});

describe('pickMentions: mentions inside a descriptive phrase', () => {
  const container = (start: number, end: number): Mention => ({ ...m('agreement', start, end, 5), container: true });
  const rows: [string, Mention[], string[]][] = [
    ['a country inside "the India deal" stays beside it', [container(0, 14), m('country', 4, 9, 3)], ['agreement0', 'country4']],
    ['a date inside "a 2013 pact" stays beside it', [m('date', 2, 6, 4), container(0, 11)], ['agreement0', 'date2']],
    ['two descriptive phrases still exclude each other', [container(0, 14), container(4, 20)], ['agreement4']],
  ];
  it.each(rows)('%s', (_, candidates, kept) => {
    expect(pickMentions(candidates, 100).map((x) => x.entity)).toEqual(kept);
  });
  const negatives: [string, Mention[], string[]][] = [
    ['nothing nests in a name ("Paris" in "Paris Agreement")', [m('agreement', 0, 15, 5), m('country', 0, 5, 3)], ['agreement0']],
    ['a mention across the phrase edge loses to the longer phrase', [container(5, 20), m('person', 0, 9, 2)], ['agreement5']],
    ['a longer plain mention across the edge wins over a shorter phrase', [container(5, 9), m('person', 0, 14, 2)], ['person0']],
  ];
  it.each(negatives)('%s', (_, candidates, kept) => {
    expect(pickMentions(candidates, 100).map((x) => x.entity)).toEqual(kept);
  });
});
