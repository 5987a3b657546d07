// Words that build date expressions, lower case, with what each means (months are in months.ts).

/** Full day names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Day names and their abbreviations to ISO weekday number (Monday 1 ... Sunday 7). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** Seasons to their TIMEX3 code. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** The first month of each season (winter starts in December of its year). */
export const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parts of the day to their TIMEX3 code. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
  midday: '12:00', noon: '12:00', midnight: '24:00',
};

/** Number words for one to nine (the grammar builds counts and spoken years from these, teens and tens). */
export const DIGIT_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Number words for ten to nineteen. */
export const TEEN_WORDS: readonly string[] = [
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
/** Number words for the tens, twenty to ninety. */
export const TENS_WORDS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Cardinal number words to their value; vague ones ("several") to NaN (unknown, "X"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, couple: 2,
  several: NaN, few: NaN, many: NaN, some: NaN, dozens: NaN, hundreds: NaN, thousands: NaN,
};

/** Ordinal words to their value. */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30,
};

/** Decade words ("the nineties") to the decade's first year within the 1900s. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970,
  eighties: 1980, nineties: 1990,
};

/** Calendar units to their TIMEX3 duration letter ("T" prefix marks units under a day). */
export const UNITS: Record<string, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', night: 'D', week: 'W', weekend: 'WE', fortnight: '2W',
  month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', centurie: 'CE',
};

/** Words that point at now, the past or the future without fixing a date. */
export const REF_WORDS: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', present: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'right now': 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF',
  past: 'PAST_REF', earlier: 'PAST_REF',
  future: 'FUTURE_REF', soon: 'FUTURE_REF', shortly: 'FUTURE_REF',
};

/** Adverbs of frequency to their TIMEX3 set value. */
export const FREQUENCY_WORDS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M',
};

/** Fixed-date holidays to their month and day. */
export const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], halloween: [10, 31], "valentine's day": [2, 14], 'boxing day': [12, 26],
};

/** Other words that can carry a date expression, by what they are (the grammar rules listen for these). */
export const TRIGGER_WORDS: Record<string, string[]> = {
  unit: ['second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'fortnight', 'month', 'quarter', 'year',
    'decade', 'century', 'centuries', 'period', 'half'],
  deixis: ['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight',
    'noon', 'midnight', 'midday'],
  ref: ['now', 'currently', 'presently', 'nowadays', 'recently', 'lately', 'future', 'past', 'present', 'days',
    'moment', 'recent'],
  holiday: ['christmas', 'thanksgiving', 'easter', 'halloween', 'new', 'valentine', "valentine's", 'boxing',
    'election', 'independence', 'labor', 'memorial', 'good'],
  frequency: ['every', 'each', 'per', 'once', 'twice', 'times'],
};

/** Words that may open a date span before its main word ("the very end of", "nearly", "this past"). */
export const DATE_PREFIX_WORDS: string[] = [
  'the', 'very', 'early', 'late', 'mid', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest',
  'remainder', 'latter', 'part', 'of', 'this', 'that', 'next', 'last', 'past', 'coming', 'previous', 'following',
  'same', 'current', 'latest', 'preceding', 'prior', 'upcoming', 'earlier', 'later', 'fiscal', 'calendar',
  'financial', 'full', 'school', 'model', 'its', "'s", 'about', 'nearly', 'almost', 'around', 'approximately',
  'roughly', 'only', 'just', 'more', 'less', 'than', 'at', 'least', 'over', 'under', 'up', 'to', 'barely',
  'little', 'shortly', 'before', 'after', 'other', 'single', 'right', 'near', 'distant', 'immediate', '-', ',',
  'year-ago', 'year-earlier', 'comparable', 'these', 'final', 'recent', 'just-ended', 'just-completed', 'on', 'in',
];
