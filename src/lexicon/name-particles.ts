// The small words inside personal names, and the suffixes after them.

/** Lower-case particles that join the parts of a name ("bin", "von der", "de", "al"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'bint', 'ibn', 'ben', 'binti', 'al', 'el', 'ul', 'ud', 'abu', 'van', 'von', 'der', 'den', 'de', 'del',
  'della', 'degli', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'lo', 'ter', 'ten', 'zu', 'y', "d'",
  'af', 'av', 'mac', 'st.', 'e', 'bte',
]);

/** Particles that may open a name, in lower case ("de Klerk", "bin Laden") or capitalised ("Willy De Clercq", "Van Gogh"). */
export const OPENING_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'abu',
]);

/** Prefixes joined to a name by a hyphen or apostrophe ("al-Nuimei", "d'Estaing"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ud', 'ad', 'an', 'as', 'ash', 'at', 'az', 'ar', "d'", 'bin', 'ben', 'abu', 'abd']);

/** Generational suffixes and degrees written after a name ("Jr.", "III", "M.D."). */
export const NAME_SUFFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  jr: 'Jr.', 'jr.': 'Jr.', sr: 'Sr.', 'sr.': 'Sr.', ii: 'II', iii: 'III', iv: 'IV', v: 'V', vi: 'VI',
  vii: 'VII', viii: 'VIII', ix: 'IX', x: 'X', xi: 'XI', xii: 'XII', xiii: 'XIII', xiv: 'XIV', xv: 'XV',
  xvi: 'XVI', xvii: 'XVII', xviii: 'XVIII', xix: 'XIX', xx: 'XX', xxiii: 'XXIII', 'm.d.': 'M.D.', 'ph.d.': 'Ph.D.',
  esq: 'Esq.', 'esq.': 'Esq.',
}));

/** Degrees among the suffixes: written after a name, but not part of it ("Pamela J. Fischer M.D."). */
export const NAME_DEGREES: ReadonlySet<string> = new Set(['m.d.', 'ph.d.', 'esq', 'esq.']);

/** Countries (ISO codes) whose names are written family name first in English news: "Xi Jinping", "Park Ji-hoon", "Hun Sen". */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'KH']);

/** Countries (ISO codes) whose people are referred to by their given name, written first: "Abiy Ahmed" ... "Abiy" (Ethiopia, Eritrea, Iceland, Malaysia's Malay names). */
export const GIVEN_NAME_OF_REFERENCE: ReadonlySet<string> = new Set(['ET', 'ER', 'IS', 'MY']);
