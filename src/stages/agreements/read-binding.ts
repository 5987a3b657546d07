import type { Word } from './build-words.js';

const BINDING = /^(?:non-?|legally-)?binding$/;
const DENIALS = new Set(['not', "n't", 'never', 'no', 'nor']);
// "had not settled whether the code would be legally binding": an open question, not a statement.
const OPEN = new Set(['whether', 'if']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'become', 'becomes', "'s"]);

/** Statements of bindingness in a sentence: the word index and whether it says binding (true) or not (false). */
export function findBinding(words: Word[]): { at: number; binding: boolean }[] {
  const out: { at: number; binding: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].lower;
    if (!BINDING.test(w)) continue;
    const legally = words[i - 1]?.lower === 'legally';
    let k = legally ? i - 2 : i - 1;
    let denied = w.startsWith('non');
    for (let seen = 0; k >= 0 && seen < 3 && !COPULAS.has(words[k].lower); k--, seen++) denied ||= DENIALS.has(words[k].lower);
    const stated = w !== 'binding' || legally || COPULAS.has(words[k]?.lower ?? '') || /^(?:agreement|treaty|accord|pact|deal|commitment)s?$/.test(words[i + 1]?.lower ?? '');
    const open = words.slice(Math.max(0, i - 6), i).some((w) => OPEN.has(w.lower));
    if (stated && !open) out.push({ at: i, binding: !denied });
  }
  return out;
}
