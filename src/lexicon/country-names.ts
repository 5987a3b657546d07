// Curated country names (data only): the common English short name where the ISO list's first name is not
// it, names the ISO list lacks, other names (aliases), and historical states with their codes.

/** The common English short name of a country, where i18n-iso-countries' first English name is not it. */
export const COMMON_NAMES: Record<string, string> = {
  BN: 'Brunei', BO: 'Bolivia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire", CN: 'China', CZ: 'Czech Republic', FK: 'Falkland Islands', FM: 'Micronesia', GM: 'Gambia',
  GB: 'United Kingdom', IR: 'Iran', KR: 'South Korea', LA: 'Laos', MD: 'Moldova', MF: 'Saint Martin', MK: 'North Macedonia',
  NL: 'Netherlands', PS: 'Palestine', RU: 'Russia', SX: 'Sint Maarten', SY: 'Syria', TR: 'Turkey', TW: 'Taiwan',
  TZ: 'Tanzania', US: 'United States', VA: 'Vatican City', VE: 'Venezuela', VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands', AE: 'United Arab Emirates',
};

/** Further names of the `name` form (official long forms and spelling variants), by code. */
export const EXTRA_NAMES: Record<string, string[]> = {
  BA: ['Bosnia-Herzegovina'], BN: ['Brunei'], BO: ['Plurinational State of Bolivia'], CD: ['Democratic Republic of Congo'],
  CG: ['Republic of Congo'], CI: ['Ivory Coast'], CV: ['Cabo Verde'], DE: ['Federal Republic of Germany'],
  FK: ['Falkland Islands'], FM: ['Federated States of Micronesia', 'Micronesia'], KG: ['Kyrgyz Republic'],
  KP: ["Democratic People's Republic of Korea"], LA: ['Laos'], MD: ['Moldova', 'Republic of Moldova'], MO: ['Macau'],
  PH: ['Republic of the Philippines'], RE: ['Réunion'], SK: ['Slovak Republic'], ST: ['São Tomé and Príncipe'],
  SY: ['Syria'], TL: ['East Timor'], TW: ['Republic of China'], VA: ['Vatican City', 'Holy See'], VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'], IE: ['Republic of Ireland'], VG: ['British Virgin Islands'], VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
  MF: ['Saint Martin'], SX: ['Sint Maarten'], CW: ['Curacao'], KN: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  LC: ['St. Lucia', 'St Lucia'], VC: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  SH: ['St. Helena'], PM: ['St. Pierre and Miquelon'], AE: ['United Arab Emirates'], SZ: ['Kingdom of Eswatini'],
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
  FK: ['Falklands'],
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

/** ISO entries that are not countries in the news sense and are never matched. */
export const SKIPPED_CODES = new Set(['AQ', 'BV', 'HM', 'TF', 'UM', 'IO', 'GS']);
