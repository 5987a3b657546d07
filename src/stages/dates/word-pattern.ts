// Turns a lexicon word list into a regular-expression alternation, for patterns compiled once at module level.

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** "a|b|c" of the words, escaped, longest first (so "sept" is tried before "sep"). */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(SPECIAL, '\\$&')).join('|');
}
