// The date grammar: one regular expression per kind of expression, over the folded text (case-insensitive).
// Each finds a span only; read-parts.ts and resolve-value.ts say what the span means.
// Spans follow TimeML: a leading "on"/"in"/"at" stays outside, "the" and modifiers ("early", "the end of") inside.
import {
  APPROXIMATORS, HOLIDAY_NAMES, QUARTER_QUALIFIERS, TIME_APPROXIMATORS, TIME_ZONES, TOLD_YEAR_OFFSETS,
} from '../../lexicon/date-grammar-words.js';
import {
  DIGIT_WORDS, FREQUENCY_WORDS, ORDINAL_WORDS, SEASONS, TEEN_WORDS, TENS_WORDS, UNITS, WEEKDAY_NAMES,
} from '../../lexicon/date-words.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/months.js';
import { alternation } from './word-pattern.js';

/** The kinds of expression the grammar finds. */
export type RuleKind =
  | 'time' | 'day' | 'month' | 'year' | 'decade' | 'century' | 'weekday' | 'deictic' | 'relative'
  | 'quarter' | 'ago' | 'duration' | 'set' | 'ref' | 'season' | 'holiday';

const L = String.raw`(?<![\w$£€#/,.-])`;
const R = String.raw`(?![\w]|-\w|[.,]\d|%)`;
const MONTH_NAME = alternation(MONTH_NAMES);
const MONTH_SHORT = alternation(Object.keys(MONTH_ABBREVIATIONS));
const MONTH = String.raw`(?:${MONTH_NAME}|(?:${MONTH_SHORT})\.|(?:${MONTH_SHORT})(?= \d))`;
const DAY_NUM = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
const ORDINAL = alternation(Object.keys(ORDINAL_WORDS).filter((w) => !w.includes('-')));
const DAY = String.raw`(?:${DAY_NUM}|(?:twenty-|thirty-)?(?:${ORDINAL}))`;
const YEAR = String.raw`(?:1[0-9]\d\d|20\d\d)(?!\d)`;
const UNIT_WORD = alternation(DIGIT_WORDS);
const TEEN = alternation(TEEN_WORDS);
const TENS = alternation(TENS_WORDS);
const SPOKEN_YEAR = String.raw`(?:nineteen|twenty)[ -](?:hundred|${TEEN}|(?:${TENS})(?:[ -](?:${UNIT_WORD}))?)|two thousand(?: and)?(?: (?:${UNIT_WORD}|${TEEN}))?`;
const ANY_YEAR = `(?:${YEAR}|${SPOKEN_YEAR})`;
const WEEKDAY = alternation(WEEKDAY_NAMES);
const POD = 'morning|afternoon|evening|night';
const SEASON = alternation(Object.keys(SEASONS));
const NUM = String.raw`(?:\d+(?:\.\d+)?|a|an|(?:${TENS})(?:[ -](?:${UNIT_WORD}))?|${TEEN}|${UNIT_WORD}|(?:a )?few|several|(?:a )?couple(?: of)?|a dozen|dozens of|hundreds of|many|one and a half|a half|half an?)`;
const UNIT = String.raw`(?:${alternation(Object.keys(UNITS))})s?`;
const APPROX = String.raw`(?:(?:${alternation(APPROXIMATORS)}) )?`;
const MOD = String.raw`(?:(?:the )?(?:(?:very )?(?:early|late)[ -]|mid[ -]?|(?:very )?(?:end|beginning|start|middle|close|turn|rest|remainder|(?:first|second|last|latter) half|(?:early|latter|first|last) part|(?:first|last) (?:days?|weeks?|months?)) of ))`;
const REL = 'last|next|this|this past|this coming|coming|previous|the following|the previous|the next|that|the same|the coming|the past';
const TOD = String.raw`(?:(?:${alternation(TIME_APPROXIMATORS)}) )?(?:\d{1,2}(?:[:.][0-5]\d)? ?(?:a\.m\.?|p\.m\.?|am|pm)(?![a-z])|\d{1,2}:[0-5]\d(?= ?(?:GMT|UTC|local))|noon|midnight|midday|\d{1,2}(?: o'clock)? in the (?:morning|afternoon|evening))`;
const ZONE = String.raw`(?: \(?(?:${alternation(TIME_ZONES)})\)?)?`;
const DAY_REF = String.raw`(?:(?:${WEEKDAY}),? ${MONTH} ${DAY_NUM}|${MONTH} ${DAY_NUM}|${WEEKDAY}|today|yesterday|tomorrow|tonight)`;
const QUARTER_WORD = String.raw`(?:${YEAR}|${alternation(QUARTER_QUALIFIERS)})`;
const OWNER = String.raw`(?:the|its|this year's|last year's|next year's|the year's|the company's)`;
const HOLIDAY = alternation(HOLIDAY_NAMES);
const FREQUENCY = alternation(Object.keys(FREQUENCY_WORDS));

const SOURCES: [RuleKind, string][] = [
  ['time', String.raw`${TOD}${ZONE}(?:,? (?:on )?${DAY_REF}(?:,? ${YEAR})?)?`],
  ['day', String.raw`${MOD}?(?:(?:last|next|this|this past|this coming) )?(?:(?:${WEEKDAY}),? )?(?:${MONTH} (?:the )?${DAY}(?:-${DAY_NUM})?|(?:the )?${DAY} (?:of )?${MONTH})(?:,? ${YEAR})?(?: (?:${POD}))?`],
  ['month', String.raw`${MOD}?(?:(?:${REL}) )?${MONTH}(?:,? (?:of )?${ANY_YEAR}| (?:this|last|next) year| of (?:${alternation(Object.keys(TOLD_YEAR_OFFSETS))}) year)?`],
  ['year', String.raw`${MOD}?(?:(?:the )?(?:fiscal|calendar|financial|the year|the school|model)(?: year)? )?(?:${ANY_YEAR})`],
  ['decade', String.raw`(?:the )?${MOD}?(?:the )?(?:(?:1[0-9]|20)\d0'?s|'\d0s|(?<=the (?:early |late |mid-?)?)(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`],
  ['century', String.raw`(?:the )?${MOD}?(?:\d{1,2}(?:st|nd|rd|th)|${ORDINAL}|twenty-first)[- ]century`],
  ['weekday', String.raw`${MOD}?(?:(?:${REL}|early|late|earlier|later) )?(?:${WEEKDAY})(?: (?:${POD}))?`],
  ['deictic', String.raw`${MOD}?(?:(?:early|late|earlier|later) )?(?:(?:the day (?:before|after) )?(?:today|yesterday|tomorrow|tonight)(?: (?:${POD}))?|(?:this|last|that|the next|the following|the previous|the same) (?:${POD})|mid[- ]?(?:morning|afternoon)(?: (?:today|yesterday|tomorrow))?|(?<=\bin )the (?:morning|afternoon|evening))`],
  ['relative', String.raw`${MOD}?(?:(?:earlier|later) )?(?:(?:(?:the )?(?:last|next|past|previous|coming|following|current|same|latest|preceding|prior|upcoming)|this|that)(?: (?:fiscal|calendar|financial|full))? (?:day|week|weekend|month|quarter|year|decade|century)|the (?:fiscal |full |calendar )?(?:week|weekend|month|quarter|year)|(?:the )?(?:year|month|quarter)(?:-| |'s )end|year-(?:ago|earlier)|the (?:day|night|week|month|year) (?:before|after)(?=[.,;:)"']| (?:and|but|when|as|while|because|that|to|in|on|at|for|he|she|they|it)\b))`],
  ['quarter', String.raw`(?:${OWNER} )?(?:${QUARTER_WORD}[- ]){1,3}(?:quarter|half|period)(?: of (?:fiscal |the )?(?:${YEAR}|this year|last year|next year|the year))?|(?:(?:this|last|next) year's |the )(?:(?:${QUARTER_WORD}|corresponding)[- ]){0,3}(?:quarter|period)(?: (?:a year (?:ago|earlier)|(?:of )?last year|the previous year|the year before))?`],
  ['ago', String.raw`${APPROX}(?:${NUM}[- ])?${UNIT}(?: or (?:so|more|two|three))? (?:ago|earlier|later|from now|hence|before(?=[.,;:)"'])|after(?=[.,;:)"']))`],
  ['duration', String.raw`(?:(?:the )?(?:past|last|next|previous|coming|first|final|following) )?${APPROX}${NUM}(?:[ -]and[ -]a[ -]half)?[- ]${UNIT}(?:[- ](?:long|old))?|(?<=\bfor )(?:years|months|weeks|days|decades|hours)`],
  ['set', String.raw`(?:every|each|per)(?: other| single)? (?:${UNIT}|${WEEKDAY}|${MONTH_NAME}|${POD}|${SEASON})|(?:${FREQUENCY})|(?:once|twice|\w+ times) (?:a|an|per) ${UNIT}|(?:${WEEKDAY})s`],
  ['ref', String.raw`right now|now|currently|at present|presently|nowadays|these days|recently|lately|the (?:near |distant |recent |immediate )?(?:future|past)|recent (?:days|weeks|months|years|decades)|current(?! account)|soon`],
  ['season', String.raw`${MOD}?(?:(?:this|last|next|this past|this coming|the|that|the following|the previous|early|late|mid)[- ](?:${SEASON})(?:,? (?:of )?${ANY_YEAR})?|(?:${SEASON}),? (?:of )?${ANY_YEAR})`],
  ['holiday', String.raw`(?:(?:last|next|this) )?(?:${HOLIDAY})(?:,? ${YEAR})?`],
];

/** What a rule needs to see in its span: a date span always holds a token of one of these. */
export const TRIGGER = {
  number: 1, month: 2, weekday: 4, unit: 8, deixis: 16, ref: 32, season: 64, holiday: 128, frequency: 256,
  ordinal: 512, decadeWord: 1024, numberWord: 2048,
} as const;

const T = TRIGGER;
const NEEDS: Record<RuleKind, number> = {
  time: T.number | T.deixis, day: T.month, month: T.month, year: T.number | T.numberWord,
  decade: T.number | T.decadeWord, century: T.unit, weekday: T.weekday, deictic: T.deixis, relative: T.unit,
  quarter: T.unit, ago: T.unit, duration: T.unit, set: T.unit | T.weekday | T.month | T.deixis | T.season | T.frequency,
  ref: T.ref, season: T.season, holiday: T.holiday | T.weekday,
};

/** Words one of which every span of a rule holds (its expression ends in one): rare words, worth looking for first. */
const CUES: Partial<Record<RuleKind, string>> = { century: 'century', quarter: 'quarter|half|period', holiday: HOLIDAY };

/** One compiled rule: its kind, the triggers it needs, its sticky, case-insensitive expression, and its cue, if any. */
export interface Rule {
  kind: RuleKind;
  needs: number;
  pattern: RegExp;
  /** A text this does not match holds no span of the rule. */
  cue: RegExp | null;
}

/** Every rule, compiled once. Each is tried only at token starts shortly before a trigger token. */
export const RULES: readonly Rule[] = SOURCES.map(([kind, source]) => ({
  kind,
  needs: NEEDS[kind],
  pattern: new RegExp(`${L}(?:${source})${R}`, 'iy'),
  cue: CUES[kind] ? new RegExp(CUES[kind], 'i') : null,
}));
