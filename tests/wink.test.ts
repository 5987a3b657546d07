import { describe, expect, it } from 'vitest';
import { its, readDoc, reloadWink } from '../src/wink.js';

const read = (text: string) => {
  const doc = readDoc(text);
  return { words: doc.tokens().out(its.value), pos: doc.tokens().out(its.pos) };
};

describe('readDoc over a long run: wink made afresh again and again', () => {
  // readDoc makes a fresh wink instance every MAX_LEARNT new words (millions of articles in one worker). The model's
  // reader of its custom-entity tables grew a string on every instance made; the 21st stopped the process.
  it('thirty fresh instances later, the same tokens and tags as the first', () => {
    const text = "The U.S. can't wait, Ms. Obi said in Nairobi on Monday.";
    const first = read(text);
    for (let i = 0; i < 30; i++) reloadWink();
    expect(read(text)).toEqual(first);
    expect(first.words).toEqual(['The', 'U.S.', 'ca', "n't", 'wait', ',', 'Ms.', 'Obi', 'said', 'in', 'Nairobi', 'on', 'Monday', '.']);
  }, 60_000);
});
