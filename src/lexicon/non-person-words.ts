// Capitalised words that make a run of capitalised words a place, body, event or thing, not a person.
// Lower case. A run holding one of them ("Hyde Park", "Paris Agreement") is not a name.
import { WEEKDAYS } from './date-words.js';

/** Head words of places, organizations, agreements, events and things. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  // places
  'street', 'st', 'avenue', 'road', 'square', 'bridge', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay',
  'mountain', 'mountains', 'mount', 'mt', 'hills', 'valley', 'island', 'islands', 'peninsula', 'strait',
  'desert', 'coast', 'falls', 'canal', 'airport', 'station', 'port', 'harbor', 'harbour', 'city', 'county',
  'province', 'state', 'states', 'district', 'region', 'territory', 'territories', 'republic', 'kingdom',
  'empire', 'east', 'west', 'north', 'south', 'central', 'delta', 'basin', 'plateau', 'forest', 'border',
  'prison', 'camp', 'base', 'palace', 'castle', 'cathedral', 'mosque', 'temple', 'tower', 'hall',
  'house', 'houses', 'building', 'center', 'centre', 'stadium', 'hospital', 'hotel', 'zone', 'strip', 'bank',
  'plaza', 'gate', 'beach', 'village', 'town', 'capital', 'parliament', 'pentagon', 'kremlin',
  // bodies
  'university', 'college', 'school', 'institute', 'academy', 'council', 'committee', 'commission', 'assembly',
  'congress', 'senate', 'party', 'union', 'league', 'federation', 'association', 'organization', 'organisation',
  'agency', 'authority', 'ministry', 'department', 'office', 'bureau', 'court', 'tribunal', 'army', 'navy',
  'force', 'forces', 'corps', 'police', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group',
  'fund', 'foundation', 'trust', 'network', 'news', 'times', 'press', 'journal', 'radio', 'television',
  'tv', 'club', 'team', 'airlines', 'airways', 'motors', 'bank', 'exchange', 'board', 'service', 'services',
  'committees', 'councils', 'affairs', 'survey', 'front', 'movement', 'brigade', 'brigades', 'alliance', 'coalition', 'government', 'administration',
  'cabinet', 'secretariat', 'mission', 'embassy', 'consulate', 'program', 'programme', 'project', 'index',
  'market', 'markets', 'media', 'energy', 'oil', 'petroleum', 'gas', 'industries', 'holdings', 'systems',
  'watch', 'international', 'global', 'national', 'museum', 'library', 'gallery', 'festival', 'games', 'cup',
  'championship', 'championships', 'open', 'olympics', 'tournament', 'series', 'prize', 'award', 'awards',
  // agreements, laws, events, things
  'agreement', 'agreements', 'accord', 'accords', 'treaty', 'pact', 'protocol', 'convention', 'charter',
  'declaration', 'act', 'law', 'plan', 'doctrine', 'initiative', 'summit', 'conference', 'talks', 'war',
  'revolution', 'crisis', 'year', 'week', 'month', 'christmas', 'easter', 'ramadan', 'eid', 'hurricane',
  'day', 'hurricanes', 'storms', 'storm', 'cyclone', 'typhoon', 'earthquake', 'virus', 'flu', 'syndrome', 'disease', 'airbus', 'boeing',
  'dollar', 'dollars', 'euro', 'euros', 'index', 'times', 'bible', 'koran', 'quran', 'internet', 'god', 'allah',
  'christian', 'christians', 'muslim', 'muslims', 'islam', 'islamic', 'jewish', 'catholic', 'catholics', 'protestant',
  'sunni', 'shiite', 'shi\'ite', 'arab', 'arabs', 'kurdish', 'kurds', 'western', 'eastern', 'northern',
  'southern', 'communist', 'socialist', 'democrat', 'democrats', 'republican', 'republicans', 'conservative',
  'liberal', 'labor', 'labour', 'greens', 'taleban', 'taliban', 'al-qaida', 'al-qaeda', 'hamas',
  'hezbollah', 'fatah', 'nato', 'internet', 'web', 'online',
  // weapons, military units, railways and forums
  'missile', 'missiles', 'rocket', 'rockets', 'fleet', 'command', 'division', 'regiment', 'battalion', 'squadron',
  'railway', 'railways', 'railroad', 'forum', 'high',
]);

/** Words among the above that are also family names, after a given name when a title or apposition shows a person: "Carla Hills", "Laurie Law". */
export const FAMILY_NAMES_ALSO_THINGS: ReadonlySet<string> = new Set([
  'hills', 'law', 'west', 'east', 'north', 'south', 'hall', 'bridge', 'castle', 'tower', 'forest', 'bank', 'court',
  'gate', 'house', 'day', 'temple', 'camp', 'port', 'times', 'press', 'cross',
]);

/** Weekday names in full, lower case, from the date words: capitalised, but never a person (abbreviations may be: "Sun"). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(WEEKDAYS).filter((day) => day.endsWith('day')));

/** First words of place and event names that read like given names ("San Andres", "Fort Hood", "Operation X"). */
export const NON_PERSON_FIRST_WORDS: ReadonlySet<string> = new Set([
  'san', 'santa', 'santo', 'sao', 'são', 'st', 'saint', 'fort', 'port', 'cape', 'piazza', 'plaza', 'via',
  'rue', 'costa', 'ciudad', 'nuevo', 'nueva', 'puerto', 'porto', 'rio', 'beit', 'bab', 'kfar', 'wadi',
  'jebel', 'jabal', 'tell', 'ras', 'bandar', 'kota', 'operation', 'category', 'camp', 'lake', 'mount',
  'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'little', 'old', 'los', 'las',
]);

/** Nouns for settlements and areas: "the town of X", "X province" name places. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'capital', 'region', 'district',
  'districts', 'island', 'islands', 'state', 'coast', 'area', 'areas', 'port', 'resort', 'suburb', 'suburbs',
  'neighborhood', 'neighbourhood', 'county', 'municipality', 'settlement', 'settlements', 'camp', 'prison',
  'valley', 'river', 'lake', 'mountains', 'border', 'outskirts', 'streets', 'street', 'airport', 'base', 'hamlet',
  'territory', 'enclave', 'oblast', 'governorate', 'prefecture', 'stronghold', 'market', 'mosque', 'refinery',
]);

/** Lower-case nouns that a person's name modifies: "the Bush administration", "the Obama presidency", "the Assad regime", "the Trump years". */
export const PERSON_LED_NOUNS: ReadonlySet<string> = new Set(['administration', 'presidency', 'regime', 'era', 'years']);

/** Last parts of compound adjectives capitalised for their first part: "Egyptian-born", "U.S.-led", "Arabic-language". */
export const COMPOUND_ADJECTIVE_TAILS: ReadonlySet<string> = new Set([
  'born', 'based', 'led', 'backed', 'controlled', 'run', 'owned', 'made', 'held', 'occupied', 'sponsored',
  'funded', 'allied', 'linked', 'aligned', 'dominated', 'brokered', 'mediated', 'hosted', 'flagged',
  'registered', 'educated', 'trained', 'speaking', 'language', 'style', 'era', 'leaning', 'friendly', 'bound',
]);

/** Lower-case words that, right after a hyphen, show the hyphen stands for a dash: "Rubina-known by his alias". */
export const DASH_CLAUSE_WORDS: ReadonlySet<string> = new Set(['known', 'was', 'were', 'is', 'are', 'has', 'had', 'who', 'which']);

/** Sentence adverbs that open a sentence with a comma, as a name may ("Meantime, a top commander said"). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'meantime', 'meanwhile', 'separately', 'however', 'moreover', 'nonetheless', 'nevertheless', 'instead',
  'additionally', 'elsewhere', 'earlier', 'later', 'afterwards', 'previously', 'currently', 'overall', 'finally',
]);
