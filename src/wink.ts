// The wink-nlp instance, loaded once per process (like a compiled regular expression): the backbone tokenizer.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp with the English lite model, running only what the stages read: sentence boundaries and POS
 * tags (no negation, sentiment or named-entity passes; tokens, POS and sentences are the same as the
 * default pipeline's, in about 60% of its time).
 */
export const nlp = winkNLP(model, ['sbd', 'pos']);
/** wink-nlp's item accessors (its.value, its.pos, its.span, ...). */
export const its = nlp.its;
