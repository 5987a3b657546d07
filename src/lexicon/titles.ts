// Titles and honorifics that stand before a person's name or in an apposition after it.
// Keys are lower case without a trailing dot; values are the normalized title written in `titles`.
// Maps, not objects: a word such as "constructor" must never find anything.

/** Honorifics: forms of address ("Mr. Sarkozy", "Sheikh Khalid"). */
export const HONORIFICS: ReadonlyMap<string, string> = new Map(Object.entries({
  mr: 'Mr.', mrs: 'Mrs.', ms: 'Ms.', miss: 'Miss', messrs: 'Mr.', mme: 'Mme', mlle: 'Mlle', dr: 'Dr.',
  sir: 'Sir', dame: 'Dame', lady: 'Lady', lord: 'Lord', sheikh: 'Sheikh', shaikh: 'Sheikh', sheik: 'Sheikh',
  sayyid: 'Sayyid', mullah: 'Mullah', ayatollah: 'Ayatollah', hojatoleslam: 'Hojatoleslam', maulana: 'Maulana',
  rev: 'Reverend', reverend: 'Reverend', rabbi: 'Rabbi', imam: 'Imam', father: 'Father', sister: 'Sister',
  brother: 'Brother', comrade: 'Comrade', vicar: 'Vicar', saint: 'Saint', prophet: 'Prophet', hon: 'Honorable', honorable: 'Honorable', herr: 'Herr',
  monsieur: 'Monsieur', madame: 'Madame', senor: 'Señor', señor: 'Señor', senora: 'Señora', señora: 'Señora',
}));

/**
 * Offices and ranks: the head word of a formal title ("Foreign Minister", "General"), written in
 * title case when normalized, with the modifiers in TITLE_MODIFIERS that belong to them.
 */
export const OFFICES: ReadonlyMap<string, string> = new Map(Object.entries({
  president: 'President', 'president-elect': 'President-elect', 'vice-president': 'Vice President',
  minister: 'Minister', secretary: 'Secretary', 'secretary-general': 'Secretary-General', chancellor: 'Chancellor',
  premier: 'Premier', king: 'King', queen: 'Queen', prince: 'Prince', princess: 'Princess', emir: 'Emir',
  amir: 'Emir', sultan: 'Sultan', emperor: 'Emperor', empress: 'Empress', pope: 'Pope', cardinal: 'Cardinal',
  archbishop: 'Archbishop', bishop: 'Bishop', patriarch: 'Patriarch', lama: 'Lama', general: 'General', gen: 'General',
  colonel: 'Colonel', col: 'Colonel', 'lieutenant-colonel': 'Lieutenant Colonel', lieutenant: 'Lieutenant',
  lt: 'Lieutenant', major: 'Major', maj: 'Major', captain: 'Captain', capt: 'Captain', sergeant: 'Sergeant',
  sgt: 'Sergeant', corporal: 'Corporal', cpl: 'Corporal', private: 'Private', pvt: 'Private', admiral: 'Admiral',
  adm: 'Admiral', commander: 'Commander', cmdr: 'Commander', marshal: 'Marshal', brigadier: 'Brigadier',
  senator: 'Senator', sen: 'Senator', representative: 'Representative', rep: 'Representative',
  congressman: 'Congressman', congresswoman: 'Congresswoman', governor: 'Governor', gov: 'Governor',
  mayor: 'Mayor', ambassador: 'Ambassador', envoy: 'Envoy', judge: 'Judge', justice: 'Justice',
  prosecutor: 'Prosecutor', attorney: 'Attorney', 'attorney-general': 'Attorney General', speaker: 'Speaker',
  chairman: 'Chairman', chairwoman: 'Chairwoman', chairperson: 'Chairperson', chair: 'Chair', chief: 'Chief',
  commissioner: 'Commissioner', director: 'Director', 'director-general': 'Director-General', superintendent: 'Superintendent',
  inspector: 'Inspector', detective: 'Detective', det: 'Detective', constable: 'Constable', sheriff: 'Sheriff',
  coach: 'Coach', specialist: 'Specialist', adviser: 'Adviser', advisor: 'Adviser', counselor: 'Counselor', professor: 'Professor', prof: 'Professor', leader: 'Leader', vizier: 'Vizier', shah: 'Shah',
  'governor-general': 'Governor-General', mp: 'MP',
  ceo: 'CEO', deputy: 'Deputy', dean: 'Dean', rector: 'Rector', regent: 'Regent', tsar: 'Tsar', czar: 'Czar',
}));

/** Occupations and roles: a lower-case title, normalized to its head noun ("a researcher at ..."). */
export const ROLES: ReadonlyMap<string, string> = new Map(Object.entries({
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  researcher: 'researcher', analyst: 'analyst', economist: 'economist', official: 'official', officer: 'officer',
  scientist: 'scientist', expert: 'expert', correspondent: 'correspondent', reporter: 'reporter',
  journalist: 'journalist', editor: 'editor', author: 'author', writer: 'writer', activist: 'activist',
  lawyer: 'lawyer', diplomat: 'diplomat', negotiator: 'negotiator', lawmaker: 'lawmaker', legislator: 'legislator',
  executive: 'executive', founder: 'founder', 'co-founder': 'co-founder', historian: 'historian',
  professor: 'professor', lecturer: 'lecturer', strategist: 'strategist', adviser: 'adviser', advisor: 'adviser',
  consultant: 'consultant', chairman: 'chairman', director: 'director', manager: 'manager', head: 'head',
  leader: 'leader', commander: 'commander', candidate: 'candidate', player: 'player', striker: 'striker',
  midfielder: 'midfielder', defender: 'defender', goalkeeper: 'goalkeeper', coach: 'coach', singer: 'singer',
  actor: 'actor', actress: 'actress', musician: 'musician', cleric: 'cleric', militant: 'militant',
  doctor: 'doctor', physician: 'physician', engineer: 'engineer', student: 'student', teacher: 'teacher',
  witness: 'witness', resident: 'resident', farmer: 'farmer', businessman: 'businessman',
  businesswoman: 'businesswoman', entrepreneur: 'entrepreneur', investor: 'investor', banker: 'banker',
  politician: 'politician', dissident: 'dissident', campaigner: 'campaigner', observer: 'observer',
  representative: 'representative', delegate: 'delegate', mediator: 'mediator', envoy: 'envoy',
  biologist: 'biologist', ecologist: 'ecologist', geologist: 'geologist', physicist: 'physicist', chemist: 'chemist',
  sociologist: 'sociologist', academic: 'academic', scholar: 'scholar', novelist: 'novelist', poet: 'poet',
  artist: 'artist', photographer: 'photographer', filmmaker: 'filmmaker', architect: 'architect', nurse: 'nurse',
  surgeon: 'surgeon', pilot: 'pilot', soldier: 'soldier', trader: 'trader', fisherman: 'fisherman',
  'vice president': 'vice president', 'chief executive': 'chief executive',
  reporters: 'reporter', correspondents: 'correspondent', photographers: 'photographer', intern: 'intern',
  crewman: 'crewman', fullback: 'fullback', quarterback: 'quarterback', 'right-hander': 'right-hander',
  'left-hander': 'left-hander', rookie: 'rookie',
  counterpart: 'counterpart', compatriot: 'compatriot', countryman: 'countryman', countrywoman: 'countrywoman',
  mother: 'mother', father: 'father', son: 'son', daughter: 'daughter', wife: 'wife', husband: 'husband',
  brother: 'brother', sister: 'sister', widow: 'widow', widower: 'widower', grandson: 'grandson',
  granddaughter: 'granddaughter', grandmother: 'grandmother', grandfather: 'grandfather', uncle: 'uncle', aunt: 'aunt',
  nephew: 'nephew', niece: 'niece', cousin: 'cousin', fiance: 'fiance', fiancee: 'fiancee',
}));

/** Roles in the plural: they name people only in a byline ("by reporters X and Y"), not as "told reporters X". */
export const PLURAL_ROLES: ReadonlySet<string> = new Set(['reporters', 'correspondents', 'photographers']);

/**
 * Roles that relate a person to others ("his Russian counterpart, X", "the mother, X, 45") without being a title:
 * evidence of a name, but not written in `titles`.
 */
export const RELATIONS: ReadonlySet<string> = new Set([
  'counterpart', 'compatriot', 'countryman', 'countrywoman', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'widow', 'widower', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'uncle', 'aunt',
  'nephew', 'niece', 'cousin', 'fiance', 'fiancee',
]);

/** Words that extend an office before its head ("Foreign Minister", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'prime', 'defense', 'defence', 'finance', 'interior', 'justice', 'trade', 'economy', 'economic',
  'energy', 'health', 'education', 'agriculture', 'information', 'oil', 'deputy', 'vice', 'chief', 'supreme',
  'crown', 'opposition', 'state', 'junior', 'assistant', 'associate', 'executive', 'home', 'environment',
  'culture', 'labor', 'labour', 'transport', 'industry', 'intelligence', 'security', 'army', 'military',
  'police', 'first', 'grand', 'lieutenant', 'major', 'rear', 'field', 'attorney', 'secretary', 'foreign-affairs',
  'treasury', 'commerce', 'development', 'planning', 'fisheries', 'tourism', 'sports', 'youth', 'women',
  'communications', 'telecommunications', 'affairs', 'cabinet', 'homeland', 'natural', 'resources', 'business', 'finance', 'european', 'climate', 'veterans', 'religious', 'social', 'welfare', 'petroleum', 'mines', 'mining', 'water', 'housing', 'immigration',
  'agricultural', 'national', 'presidential', 'senior', 'special', 'high', 'federal', 'regional', 'provincial',
  'sergeant', 'staff', 'brigadier', 'air', 'vice-', 'under', 'permanent', 'managing', 'general', 'majority',
  'minority', 'party', 'team', 'head', 'press', 'public', 'foreign-policy', 'nuclear', 'climate', 'science',
  'maritime', 'marine', 'ocean', 'oceans', 'fishing', 'forestry', 'forests', 'power', 'electricity', 'infrastructure',
  'prosecution', 'prosecutions', 'aviation', 'customs', 'revenue', 'taxation', 'tax', 'statistics', 'migration', 'safety',
  'emergency', 'elections', 'prisons', 'corrections', 'investigations', 'operations', 'protocol', 'research',
  'technology', 'innovation', 'equality', 'transportation',
]);

/** Titles that are also given names: after an office they open the name ("foreign minister Shah Mahmood Qureshi", "Crown Prince Sultan bin Abdulaziz"). */
export const TITLES_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['shah', 'sultan', 'emir', 'amir', 'dean']);

/** Titles that are common given names: before a family name alone they open the name ("Dean Headley took three wickets"). */
export const GIVEN_NAMES_BEFORE_SURNAME: ReadonlySet<string> = new Set(['dean']);

/** Words before a title that are not part of it ("former President", "the late King"). */
export const TITLE_PRE_WORDS: ReadonlySet<string> = new Set([
  'former', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'then', 'then-', 'new', 'current', 'ex',
  'ex-', 'top', 'veteran', 'elected', 'newly-elected', 'caretaker', 'embattled', 'ousted', 'exiled', 'jailed',
  'slain', 'retired', 'longtime', 'long-time', 'powerful', 'influential', 'prominent', 'leading', 'renowned',
]);

/** Offices that take a field after "of" made of TITLE_MODIFIERS words ("Secretary of State", "Minister of Industry"). */
export const OFFICES_WITH_FIELD: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'commissioner', 'director', 'head', 'chief', 'ministers', 'undersecretary',
]);

/**
 * Head words of titles of offices that serve a state ("Foreign Minister", "Secretary of State", "Lieutenant General",
 * "envoy"), lower case: where the text ties no country to such an office, the sentence around it may.
 */
export const STATE_OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'ambassador', 'envoy', 'king', 'queen', 'emir', 'sultan', 'emperor',
  'senator', 'congressman', 'congresswoman', 'speaker', 'general', 'admiral', 'marshal', 'secretary', 'representative',
  'diplomat', 'lawmaker', 'legislator', 'negotiator',
]);
