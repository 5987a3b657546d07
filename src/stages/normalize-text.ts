import type { Stage } from '../doc.js';

// Typographic variants folded to one plain form, one UTF-16 unit for one, so offsets never move.
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\t': ' ',
  // Spaces wink passes over without counting them, which would shift every offset after them: a zero-width no-break
  // space (a byte-order mark inside a text, as joined files leave it) too.
  '\u1680': ' ', '\u2000': ' ', '\u2001': ' ', '\uFEFF': ' ',
  '\u2028': '\n', '\u2029': '\n', '\r': '\n', '\u000B': '\n', '\u000C': '\n', '\u0085': '\n',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Fold one string; the result has exactly the same length. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch]);
}

/** Stage: fills `doc.norm`, the text the taggers match against, offset-for-offset equal to `doc.text`. */
export const normalizeText: Stage = (doc) => ({ ...doc, norm: foldText(doc.text) });
