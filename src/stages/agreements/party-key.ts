import type { Party } from '../../doc.js';

/** What makes two parties the same: the code, else the name. */
export const partyKey = (p: Party) => p.code ?? p.name;
