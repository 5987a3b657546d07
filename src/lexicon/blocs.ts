// Blocs and intergovernmental organizations of states (data only): names as written, a short code, member ISO
// codes where membership is stable enough to list. Institutions and agencies (the European Parliament, the IMF)
// are not blocs and are left out.
/** One bloc or organization. */
export interface Bloc {
  code: string;
  name: string;
  names: string[];
  members?: string[];
  /** States that were members until a date (YYYY-MM-DD): the United Kingdom in the EU until 31 January 2020. */
  formerMembers?: Record<string, string>;
}

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const NATO = ['AL', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS', 'IT', 'LV', 'LT', 'LU',
  'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'TR', 'GB', 'US'];
const G7 = ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US'];
const G20 = ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'ZA', 'TR', 'GB', 'US'];
const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const GCC = ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'];
const OPEC = ['DZ', 'CG', 'GQ', 'GA', 'IR', 'IQ', 'KW', 'LY', 'NG', 'SA', 'AE', 'VE'];

/** The curated blocs and organizations. */
export const BLOCS: Bloc[] = [
  {
    code: 'EU', name: 'European Union', members: EU, formerMembers: { GB: '2020-01-31' },
    // Its names before 1993 too: the European Community ("the EC ... a trade deal with Argentina"), the Common Market.
    names: ['European Union', 'EU', 'E.U.', 'European Community', 'European Communities', 'European Economic Community', 'EC', 'E.C.', 'EEC', 'Common Market'],
  },
  { code: 'NATO', name: 'NATO', names: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], members: NATO },
  { code: 'G7', name: 'Group of Seven', names: ['G7', 'G-7', 'Group of Seven'], members: G7 },
  { code: 'G8', name: 'Group of Eight', names: ['G8', 'G-8', 'Group of Eight'], members: [...G7, 'RU'] },
  { code: 'G20', name: 'Group of 20', names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'], members: G20 },
  { code: 'UN', name: 'United Nations', names: ['United Nations', 'UN', 'U.N.'] },
  { code: 'AU', name: 'African Union', names: ['African Union', 'AU', 'A.U.'] },
  { code: 'ASEAN', name: 'Association of Southeast Asian Nations', names: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'], members: ASEAN },
  { code: 'MERCOSUR', name: 'Mercosur', names: ['Mercosur', 'MERCOSUR', 'Mercosul'], members: ['AR', 'BR', 'PY', 'UY', 'BO'] },
  { code: 'GCC', name: 'Gulf Cooperation Council', names: ['Gulf Cooperation Council', 'Gulf Co-operation Council', 'GCC', 'Cooperation Council for the Arab States of the Gulf'], members: GCC },
  { code: 'OPEC', name: 'Organization of the Petroleum Exporting Countries', names: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'], members: OPEC },
  { code: 'OPEC+', name: 'OPEC+', names: ['OPEC+', 'OPEC Plus', 'Opec+'] },
  { code: 'ARAB_LEAGUE', name: 'Arab League', names: ['Arab League', 'League of Arab States'] },
  { code: 'OSCE', name: 'Organization for Security and Co-operation in Europe', names: ['OSCE', 'Organization for Security and Cooperation in Europe', 'Organization for Security and Co-operation in Europe'] },
  { code: 'OECD', name: 'Organisation for Economic Co-operation and Development', names: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development'] },
  { code: 'ECOWAS', name: 'Economic Community of West African States', names: ['ECOWAS', 'Ecowas', 'Economic Community of West African States'] },
  { code: 'SADC', name: 'Southern African Development Community', names: ['SADC', 'Southern African Development Community'] },
  { code: 'EAC', name: 'East African Community', names: ['East African Community'], members: ['BI', 'CD', 'KE', 'RW', 'SO', 'SS', 'TZ', 'UG'] },
  { code: 'IGAD', name: 'Intergovernmental Authority on Development', names: ['IGAD', 'Intergovernmental Authority on Development'] },
  { code: 'SCO', name: 'Shanghai Cooperation Organisation', names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'] },
  { code: 'BRICS', name: 'BRICS', names: ['BRICS', 'Brics'] },
  { code: 'CIS', name: 'Commonwealth of Independent States', names: ['Commonwealth of Independent States', 'CIS'] },
  { code: 'CSTO', name: 'Collective Security Treaty Organization', names: ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'CSTO'] },
  { code: 'EFTA', name: 'European Free Trade Association', names: ['European Free Trade Association', 'EFTA'], members: ['IS', 'LI', 'NO', 'CH'] },
  { code: 'APEC', name: 'Asia-Pacific Economic Cooperation', names: ['Asia-Pacific Economic Cooperation', 'APEC', 'Apec'] },
  { code: 'OAS', name: 'Organization of American States', names: ['Organization of American States', 'OAS'] },
  { code: 'CARICOM', name: 'Caribbean Community', names: ['Caribbean Community', 'CARICOM', 'Caricom'] },
  { code: 'OIC', name: 'Organisation of Islamic Cooperation', names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'Organization of the Islamic Conference', 'OIC'] },
  { code: 'COMMONWEALTH', name: 'Commonwealth of Nations', names: ['Commonwealth of Nations'] },
  { code: 'AUKUS', name: 'AUKUS', names: ['AUKUS', 'Aukus'], members: ['AU', 'GB', 'US'] },
  { code: 'QUAD', name: 'Quadrilateral Security Dialogue', names: ['Quadrilateral Security Dialogue'], members: ['AU', 'IN', 'JP', 'US'] },
  { code: 'PIF', name: 'Pacific Islands Forum', names: ['Pacific Islands Forum'] },
  { code: 'COE', name: 'Council of Europe', names: ['Council of Europe'] },
];
