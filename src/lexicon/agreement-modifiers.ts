// Words around an agreement noun that decide what the phrase is, lower case.

/** Determiners that open an agreement phrase, by how they refer. */
export const DETERMINERS: ReadonlyMap<string, 'definite' | 'demonstrative' | 'indefinite' | 'generic'> = new Map(Object.entries({
  the: 'definite', this: 'demonstrative', that: 'demonstrative', these: 'demonstrative', those: 'demonstrative',
  a: 'indefinite', an: 'indefinite', another: 'indefinite', any: 'generic', such: 'generic', each: 'generic',
  every: 'generic', both: 'generic', either: 'generic', no: 'generic', some: 'generic', many: 'generic',
  several: 'generic', all: 'generic', most: 'generic',
}));

/** Possessive clitics: a noun's 's ends the walk back before it ("Italy's new treaty"). */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", "'"]);

/** Possessives: a pronoun opens the phrase ("their new treaty"); a noun's clitic ('s) ends the walk before it. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", "'"]);

/** Modifiers that mark a second, different agreement: "a separate agreement", "another deal". */
export const SEPARATE_MARKERS: ReadonlySet<string> = new Set([
  'another', 'separate', 'second', 'third', 'other', 'different', 'similar', 'further', 'additional',
  'parallel', 'rival', 'competing', 'earlier', 'previous', 'prior', 'former', 'old', 'older', 'existing',
]);

/** Modifiers of an older agreement: "the new ceasefire" is none of "the earlier truce". */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'earlier', 'previous', 'prior', 'former', 'old', 'older', 'original', 'existing', 'last',
]);

/** Modifiers that say nothing about which agreement it is: "the new agreement" still refers back. */
export const NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set([
  'new', 'latest', 'bilateral', 'trilateral', 'multilateral', 'historic', 'landmark', 'proposed', 'draft',
  'final', 'so-called', 'long-awaited', 'same', 'whole', 'entire', 'full', 'signed', 'formal', 'official',
  'initial', 'interim', 'comprehensive', 'broad', 'sweeping', 'joint', 'mutual', 'key', 'major', 'fragile',
  'tentative', 'preliminary', 'provisional', 'temporary', 'permanent', 'long-term', 'ten-year', '10-year',
  'controversial', 'planned', 'expected', 'potential', 'possible', 'agreed', 'negotiated', 'original',
]);

/** Premodifiers with which a strong head is an idiom, not an agreement: "a great deal", "a big deal". */
export const IDIOM_MODIFIERS: ReadonlySet<string> = new Set(['great', 'good', 'big', 'raw', 'fair', 'square', 'own']);

/** Premodifiers with which bare "agreement" means consensus: "broad agreement that ...". */
export const CONSENSUS_MODIFIERS: ReadonlySet<string> = new Set([
  'broad', 'general', 'wide', 'widespread', 'universal', 'unanimous', 'little', 'much', 'some', 'full',
  'complete', 'total', 'near', 'close', 'basic', 'substantial', 'common', 'mutual', 'no', 'strong',
]);

/** Prepositions that hang a topic on an agreement noun: "an agreement on security guarantees". */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'regarding', 'concerning', 'about', 'over', 'covering', 'providing', 'offering', 'including', 'for',
  'to', 'focused', 'focusing', 'aimed', 'establishing', 'setting', 'under', 'involving',
]);

/** Topic words that may stand further on in the clause: "an agreement was announced with Denmark regarding security". */
export const LATE_TOPIC_WORDS: ReadonlySet<string> = new Set(['regarding', 'concerning', 'covering']);

/** Premodifiers of an agreement only wished for or feared, not one that exists: "a possible peace deal", "a bad deal". */
export const HEDGE_MODIFIERS: ReadonlySet<string> = new Set([
  'possible', 'potential', 'eventual', 'hypothetical', 'putative', 'bad', 'worse', 'better', 'bigger', 'lousy',
]);

/** Words that put the clause of a bare "a deal" in an unreal mood: "if a deal is reached", "would block a deal". */
export const IRREALIS_WORDS: ReadonlySet<string> = new Set([
  'if', 'unless', 'whether', 'would', 'could', 'might', 'may', 'should', 'will', "'ll", "'d", 'can', 'without',
]);

/** Words before "a"/"an" that make the phrase generic: "such an agreement", "quite a deal". */
export const GENERIC_PREDETERMINERS: ReadonlySet<string> = new Set(['such', 'what', 'quite']);
