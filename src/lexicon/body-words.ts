// Words that end a body's name, for the taggers that must tell a body from what its name holds ("the Australian Trade
// Commission" is no mention of Australia, "the Paris Agreement Secretariat" none of the agreement).

/** Last words of public bodies' and organizations' names, in lower case; each tagger adds its own. */
export const BODY_WORDS: readonly string[] = ['agency', 'association', 'commission', 'committee', 'council', 'foundation', 'institute', 'society'];
