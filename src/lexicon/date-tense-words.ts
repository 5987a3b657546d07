// Words that tell the tense of the clause around a date (src/stages/dates/guess-tense.ts), lower case.

/** Words that put a clause in the future ("will", "is expected", "plans"). */
export const FUTURE_WORDS: readonly string[] = [
  'will', "'ll", 'shall', 'wo', 'going', 'plans', 'plan', 'planning', 'scheduled', 'expected', 'expects',
  'due', 'slated', 'intends', 'would', 'upcoming', 'next', 'hopes', 'aims', 'tomorrow', 'might', 'may', 'could',
  'aimed', 'aiming', 'prospects', 'towards', 'toward',
];

/** Future words that are as often nouns or prepositions: they count only as verbs ("the plan", "next to"). */
export const FUTURE_WORDS_ONLY_AS_VERBS: readonly string[] = ['plan', 'plans'];

/** Present-tense verbs: the clause is about now. */
export const PRESENT_WORDS: readonly string[] = ['is', 'are', 'am', 'does', 'do'];

/** Irregular past forms and past markers (regular "-ed" verbs are recognized by their ending). */
export const PAST_WORDS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'took', 'gave', 'made', 'came', 'went', 'began', 'ran',
  'left', 'saw', 'won', 'lost', 'fell', 'rose', 'held', 'brought', 'sent', 'spent', 'sold', 'bought', 'led',
  'kept', 'found', 'paid', 'became', 'broke', 'chose', 'fought', 'flew', 'grew', 'heard', 'knew', 'meant',
  'shot', 'spoke', 'stood', 'struck', 'taught', 'threw', 'wrote', 'ago', 'earlier', 'last', 'got', 'sank',
  'hit', 'quit', 'beat', 'fled', 'drew', 'ate', 'wore', 'slid', 'swung', 'sought', 'thought', 'felt',
];

/** Words after which a participle is passive or infinitive, and says nothing of the tense itself. */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  'be', 'been', 'being', 'is', 'are', 'am', "'re", "'s", 'to', 'get', 'gets', 'was', 'were',
];

/** Words just before a date that always point it forward ("as soon as Tuesday", "payable Dec. 15"). */
export const FORWARD_BEFORE: readonly string[] = [
  'as soon as', 'as early as', 'no later than', 'starting', 'beginning', 'effective', 'payable',
];

/** Words just before a date that point it forward unless the clause is past ("until Friday", "had filed by Friday"). */
export const FORWARD_BEFORE_UNLESS_PAST: readonly string[] = ['until', 'till', 'by', 'through'];

/** Past verbs that push a date after "until" / "through" forward all the same ("postponed until Tuesday"). */
export const DEFERRING_VERBS: readonly string[] = [
  'postponed', 'delayed', 'deferred', 'extended', 'adjourned', 'prolonged', 'pushed', 'moved', 'rescheduled',
];

/** Words before which "last" is the verb ("will last three years", "to last a month"), not "the last". */
export const BEFORE_VERB_LAST: readonly string[] = [
  'will', "'ll", 'would', "'d", 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'to', 'did', 'does', 'do',
  'not', "n't", 'never',
];
