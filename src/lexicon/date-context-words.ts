// Words around a candidate date span that say whether it is a date at all, lower case.

/** Words after which a bare month name ("May", "March") is the month. */
export const BEFORE_BARE_MONTH: readonly string[] = [
  'in', 'since', 'until', 'till', 'by', 'during', 'of', 'from', 'to', 'through', 'before', 'after', 'early', 'late',
  'mid', 'last', 'next', 'this', 'and', 'or', 'between', 'on', 'for', 'that', 'each', 'every', 'around', 'throughout',
];

/** Words after which a four-digit number is a year even when a plural noun follows ("in 2024 elections"). */
export const BEFORE_YEAR: readonly string[] = [
  'in', 'since', 'until', 'till', 'by', 'during', 'of', 'from', 'to', 'through', 'before', 'after', 'the', 'a', 'an',
  'its', 'their', 'his', 'her', 'our', 'between', 'early', 'late', 'mid', 'circa', 'around', 'year', 'fiscal',
  'summer', 'spring', 'autumn', 'fall', 'winter', 'than', "'s",
];

/** Labels before a number that make it an identifier, not a year ("Resolution 1441", "No. 10", "flight 2024"). */
export const NUMBER_LABELS: readonly string[] = [
  'no', 'nos', 'number', 'resolution', 'flight', 'route', 'room', 'page', 'pages', 'article', 'section', 'chapter',
  'rule', 'paragraph', 'highway', 'interstate', 'channel', 'code', 'version', 'vol', 'volume', 'item', 'table',
  'figure', 'fig', 'apartment', 'suite', 'box', 'unit', 'act', 'bill', 'order', 'decree', 'p', 'pp', 'rs', 'us', 'at',
];

/** Things counted after a number, which make the number a quantity, not a year ("2000 troops"). */
export const COUNTED_NOUNS: readonly string[] = [
  'percent', 'per', 'people', 'troops', 'times', 'tons', 'miles', 'km', 'meters', 'feet', 'dollars', 'euros', 'yen',
  'pounds', 'units', 'shares', 'votes', 'barrels', 'hours', 'members', 'years', 'days', 'points',
];
