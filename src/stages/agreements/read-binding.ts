import {
  BINDING_DENIALS, BINDING_NOUNS, BINDING_WORD, COPULAS, OPEN_QUESTION_WORDS,
} from '../../lexicon/agreement-clauses.js';
import type { Word } from './build-words.js';

/**
 * Statements of bindingness in a sentence: the word index, whether it says binding (true) or not (false), and whether
 * a linking verb makes it a statement about the subject before it ("the memorandum was not legally binding").
 */
export function findBinding(words: Word[]): { at: number; binding: boolean; ofSubject: boolean }[] {
  const out: { at: number; binding: boolean; ofSubject: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].lower;
    if (!BINDING_WORD.test(w)) continue;
    const legally = words[i - 1]?.lower === 'legally';
    let k = legally ? i - 2 : i - 1;
    let denied = w.startsWith('non');
    for (let seen = 0; k >= 0 && seen < 3 && !COPULAS.has(words[k].lower); k--, seen++) denied ||= BINDING_DENIALS.has(words[k].lower);
    const ofSubject = COPULAS.has(words[k]?.lower ?? '');
    const stated = w !== 'binding' || legally || ofSubject || BINDING_NOUNS.has(words[i + 1]?.lower ?? '');
    const open = words.slice(Math.max(0, i - 6), i).some((w) => OPEN_QUESTION_WORDS.has(w.lower));
    if (stated && !open) out.push({ at: i, binding: !denied, ofSubject });
  }
  return out;
}
