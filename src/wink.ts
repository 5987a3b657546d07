// The wink-nlp instance, loaded once per process (like a compiled regular expression): the backbone tokenizer.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The parts of wink's core model read here: its lexeme table, which wink grows with every new word it meets. */
interface CoreModel {
  features: { lexeme: { hash: Record<string, number>; list: string[] } };
}

/**
 * A learnt word that could have been split another way: one with a character other than a letter or digit ("Friday's",
 * "U.S.-led"). A word of letters alone is one token whatever was read before, with the same features: it is kept,
 * which spares wink learning it again in every article.
 */
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/** Words learnt since the instance was made, past which a fresh instance is made (bounds the memory they take). */
const MAX_LEARNT = 200_000;

/**
 * The model's custom-entity tables, read once. The model's own reader turns its tables into a string and keeps the
 * string in their place, so each later read escapes the string again and about doubles it: a process that made
 * some twenty fresh instances (one every MAX_LEARNT new words) stopped with "Invalid string length".
 */
const META_CER = (model.metaCER as () => unknown)();

/**
 * wink-nlp with the English lite model, running only what the stages read: sentence boundaries and POS
 * tags (no negation, sentiment or named-entity passes; tokens, POS and sentences are the same as the
 * default pipeline's, in about 60% of its time).
 */
function load() {
  let core: CoreModel | undefined;
  const readCore = model.core as () => CoreModel;
  const nlp = winkNLP({ ...model, core: () => (core = readCore()), metaCER: () => META_CER }, ['sbd', 'pos']);
  const lexemes = core!.features.lexeme;
  return { nlp, lexemes, known: lexemes.list.length, mark: lexemes.list.length };
}

let wink = load();

/** Start afresh with a new instance, as `readDoc` does past MAX_LEARNT learnt words (exported for tests). */
export function reloadWink(): void {
  wink = load();
}

/** A text as wink-nlp read it. */
export type WinkDoc = ReturnType<typeof wink.nlp.readDoc>;

/** wink-nlp's item accessors (its.value, its.pos, its.span, ...). */
export const its = wink.nlp.its;

/**
 * Read a text with wink-nlp as if no other text had been read before it. wink keeps every new word it
 * meets in its lexicon, and the tokenizer looks a raw token up there before splitting it: once "Friday's."
 * has put "Friday's" in (split off its full stop as a word), a later "Friday's" is no longer split into
 * "Friday" + "'s", and POS tags around it change. So the words the last text added that could have been split are
 * forgotten first (their lexicon entries stay, out of reach, so wink's own tables stay aligned), and the output for
 * an article never depends on which articles the same process read before it.
 */
export function readDoc(text: string): WinkDoc {
  if (wink.lexemes.list.length - wink.known > MAX_LEARNT) reloadWink();
  const { hash, list } = wink.lexemes;
  for (let i = wink.mark; i < list.length; i++) if (SPLITTABLE.test(list[i])) delete hash[list[i]];
  wink.mark = list.length;
  return wink.nlp.readDoc(text);
}
