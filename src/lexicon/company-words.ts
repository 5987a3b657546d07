// Words that end a company's name ("W.R. Grace & Co.", "Pirelli SpA", "Manufacturers Hanover Trust Co"): a name
// written before one is a company's, wherever else the article uses it. Lower case, without a trailing dot.

/** Legal-form suffixes written after a company's name, capitalised or in capitals. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'llc', 'llp', 'lp', 'l.p', 'ag', 'sa', 's.a', 'nv', 'n.v', 'spa',
  's.p.a', 'gmbh', 'g.m.b.h', 'ab', 'asa', 'bhd', 'pty', 'kk', 'ltda', 'srl', 'bv', 'b.v', 'oyj', 'a.s',
  'corporation', 'incorporated', 'limited',
]);

/** Words after "&" that end a company's name ("Merrill Lynch & Co.", "Sons"). */
export const COMPANY_AMPERSAND_TAILS: ReadonlySet<string> = new Set(['co', 'cos', 'company', 'sons', 'partners', 'associates']);

/** Lower-case nouns that, right before a capitalised name, show it is an organization's: "stockbroker Kleinwort Grieveson". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'stockbroker', 'stockbrokers', 'brokerage', 'insurer', 'carrier', 'airline',
  'automaker', 'carmaker', 'retailer', 'publisher', 'newspaper', 'magazine', 'broadcaster', 'daily', 'weekly',
  'tabloid', 'website', 'subsidiary', 'conglomerate', 'manufacturer', 'maker', 'chain', 'lender', 'group',
  'studio', 'label', 'band', 'agency', 'outlet', 'network', 'channel', 'club', 'team', 'fund', 'exchange',
]);
