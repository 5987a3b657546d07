// The wink-nlp instance, loaded once per process (like a compiled regular expression): the backbone tokenizer.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp with the English lite model. */
export const nlp = winkNLP(model);
/** wink-nlp's item accessors (its.value, its.pos, its.span, ...). */
export const its = nlp.its;
