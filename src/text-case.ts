// Letter case shared by the taggers: how a phrase in capitals or lower case is written in title case.

/** Small words kept in lower case inside a title-cased phrase ("Bosnia and Herzegovina", "Côte d'Ivoire"). */
const SMALL_WORDS = new Set(['and', 'of', 'the', 'd', 'for', 'la', 'de', 'au']);
const LETTERS = /\p{L}+/gu;

/** "BOSNIA AND HERZEGOVINA" -> "Bosnia and Herzegovina", "vice-chairman" -> "Vice-Chairman": each word capitalised, small words after the first in lower case. */
export function titleCase(phrase: string): string {
  return phrase.replace(LETTERS, (w, at: number) => {
    const lower = w.toLowerCase();
    if (at > 0 && SMALL_WORDS.has(lower)) return lower;
    return w[0].toUpperCase() + lower.slice(1);
  });
}

const UPPER_FIRST = /^\p{Lu}/u;

/** Does a text open with an upper-case letter? (ASCII by its code, the regular expression for the rest.) */
export function upperFirst(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}
