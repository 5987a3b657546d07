// Month names and their common abbreviations, lower case, to month number (1-12).

/** Full month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviations to month number ("may" has none: the full name is as short). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Every month word, full or abbreviated, to its month number. */
export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  ...MONTH_ABBREVIATIONS,
};
