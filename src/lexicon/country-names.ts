// Curated country names (data only): the common English short name where the ISO list's first name is not
// it, names the ISO list lacks, other names (aliases), and historical states with their codes.
import type { CountryForm } from '../doc.js';

/** The common English short name of a country, where i18n-iso-countries' first English name is not it. */
export const COMMON_NAMES: Record<string, string> = {
  BN: 'Brunei', BO: 'Bolivia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire", CN: 'China', CZ: 'Czech Republic', FM: 'Micronesia', GM: 'Gambia',
  GB: 'United Kingdom', IR: 'Iran', KR: 'South Korea', LA: 'Laos', MD: 'Moldova', MK: 'North Macedonia',
  NL: 'Netherlands', PS: 'Palestine', RU: 'Russia', SY: 'Syria', TR: 'Turkey', TW: 'Taiwan',
  TZ: 'Tanzania', US: 'United States', VA: 'Vatican City', VE: 'Venezuela', AE: 'United Arab Emirates',
};

/** Further names of the `name` form (official long forms and spelling variants), by code. */
export const EXTRA_NAMES: Record<string, string[]> = {
  BA: ['Bosnia-Herzegovina'], BN: ['Brunei'], BO: ['Plurinational State of Bolivia'],
  CD: ['Democratic Republic of Congo'],
  CG: ['Republic of Congo'], CI: ['Ivory Coast'], CV: ['Cabo Verde'], DE: ['Federal Republic of Germany'],
  FM: ['Federated States of Micronesia', 'Micronesia'], KG: ['Kyrgyz Republic'],
  KP: ["Democratic People's Republic of Korea"], LA: ['Laos'], MD: ['Moldova', 'Republic of Moldova'],
  PH: ['Republic of the Philippines'], SK: ['Slovak Republic'], ST: ['São Tomé and Príncipe'],
  SY: ['Syria'], TL: ['East Timor'], TW: ['Republic of China'], VA: ['Vatican City', 'Holy See'],
  VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'], IE: ['Republic of Ireland'], KN: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  LC: ['St. Lucia', 'St Lucia'], VC: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  AE: ['United Arab Emirates'], SZ: ['Kingdom of Eswatini'],
  SA: ['Kingdom of Saudi Arabia'], GB: ['United Kingdom of Great Britain and Northern Ireland'],
};

/** Other names a country goes by (abbreviations, informal, former or foreign names): the `alias` form. */
export const ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  NL: ['Holland'],
  TR: ['Türkiye', 'Turkiye'],
  MM: ['Burma'],
  CD: ['DR Congo', 'D.R. Congo', 'DRC', 'Congo-Kinshasa', 'Congo', 'Zaire'],
  CG: ['Congo-Brazzaville', 'Congo Republic'],
  KR: ['Korea', 'ROK'],
  KP: ['DPRK', 'D.P.R.K.'],
  CN: ['PRC', 'P.R.C.'],
  MK: ['Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
  SZ: ['Swaziland'],
  LK: ['Ceylon'],
  IR: ['Persia'],
  TH: ['Siam'],
  VA: ['Vatican'],
  BA: ['Bosnia'],
  TT: ['Trinidad'],
  GW: ['Guinea Bissau'],
  DE: ['West Germany'],
  BY: ['Byelorussia', 'Belorussia'],
  KH: ['Kampuchea'],
  BJ: ['Dahomey'],
  BF: ['Upper Volta'],
};

/** States that no longer exist, with their ISO 3166-3 style codes: the `name` form. */
export const HISTORICAL: Record<string, { name: string; names: string[]; aliases: string[] }> = {
  SU: { name: 'Soviet Union', names: ['Soviet Union', 'Union of Soviet Socialist Republics'], aliases: ['USSR', 'U.S.S.R.'] },
  YU: { name: 'Yugoslavia', names: ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia'], aliases: [] },
  CS: { name: 'Czechoslovakia', names: ['Czechoslovakia'], aliases: [] },
  DD: { name: 'East Germany', names: ['East Germany', 'German Democratic Republic'], aliases: ['GDR'] },
};

/**
 * ISO entries that are not sovereign states and are never matched as countries: uninhabited lands, and territories
 * governed by another state (Hong Kong and Macao, Puerto Rico, Greenland, the overseas territories of Britain, France, the
 * Netherlands, the United States, Australia and New Zealand). Self-governing states in free association (the Cook Islands,
 * Niue) and Taiwan stay countries.
 */
export const SKIPPED_CODES = new Set([
  'AQ', 'BV', 'HM', 'TF', 'UM', 'IO', 'GS',
  'HK', 'MO', 'PR', 'GL', 'GU', 'AS', 'MP', 'VI', 'VG', 'AI', 'BM', 'KY', 'MS', 'TC', 'FK', 'GI', 'SH', 'PN', 'GG', 'JE', 'IM',
  'FO', 'AX', 'SJ', 'NC', 'PF', 'WF', 'PM', 'RE', 'YT', 'GP', 'MQ', 'GF', 'MF', 'BL', 'AW', 'CW', 'SX', 'BQ', 'CX', 'CC', 'NF', 'TK',
]);

/**
 * States whose capital (and, for Russia, whose people's name) stood for a union before a date: in an article dated before
 * `until`, "Moscow" and "the Russians" are the Soviet Union's, "Belgrade" Yugoslavia's, "Prague" Czechoslovakia's.
 */
export const SUCCESSORS: readonly { code: string; until: string; union: string; forms: readonly CountryForm[] }[] = [
  { code: 'RU', until: '1991-12-26', union: 'SU', forms: ['capital', 'demonym'] },
  { code: 'RS', until: '1992-04-27', union: 'YU', forms: ['capital'] },
  { code: 'CZ', until: '1993-01-01', union: 'CS', forms: ['capital'] },
  { code: 'SK', until: '1993-01-01', union: 'CS', forms: ['capital'] },
];
