import type { Agreement, AgreementStatus } from '../../doc.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import type { Chain } from './link-agreements.js';
import type { Phrase } from './phrase.js';
import { strongerKind } from './read-kind.js';

/** What the clause around each phrase says: its status cue with that clause's date, and any word on bindingness. */
export interface PhraseFacts {
  status?: AgreementStatus;
  date?: string | null;
  binding?: boolean;
}

/**
 * One agreement's fields from its chain: the strongest kind its phrases name, the furthest status they report
 * (with the date of the clause that reported it), the first word on bindingness, and the parties (those of `main`,
 * the article's main agreement, when its own clauses name none).
 */
export function describeAgreement(id: string, chain: Chain, facts: Map<Phrase, PhraseFacts>, main: Chain | undefined): Agreement {
  let kind = null;
  let status: AgreementStatus | null = null;
  let date: string | null = null;
  let legallyBinding: boolean | null = null;
  for (const p of chain.own.length > 0 ? chain.own : chain.phrases) kind = strongerKind(kind, p.kind);
  for (const p of chain.phrases) {
    const f = facts.get(p);
    if (!f) continue;
    if (f.status && (!status || STATUS_RANK[f.status] > STATUS_RANK[status])) {
      status = f.status;
      date = f.date ?? null;
    } else if (f.status && f.status === status && !date) date = f.date ?? null;
    if (legallyBinding === null && f.binding !== undefined) legallyBinding = f.binding;
  }
  // An agreement whose clauses name no party is, unless it has a name of its own, between the article's main parties.
  const parties = chain.parties.length === 0 && main && !chain.phrases.some((p) => p.named) ? main.parties : chain.parties;
  return { id, kind: kind ?? 'other', status, date, legallyBinding, parties };
}
