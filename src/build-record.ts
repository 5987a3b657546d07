import type { CountryForm, Doc, Mention, MentionKind } from './doc.js';
import { sentenceAt } from './doc.js';
import type { ArticleRecord, DateRecord, MentionRecord } from './record.js';
import { SCHEMA_VERSION } from './record.js';

function mentionRecord(doc: Doc, m: Mention): MentionRecord {
  return { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), sentence: sentenceAt(doc, m.start) };
}

/**
 * Attach to each entity its decided mentions; drop entities left with none; order by first mention.
 * With `numbered`, ids are renumbered in that order (`person-1`, `person-2`, ...), so they read in text order.
 */
function withMentions<E extends { id: string }, R>(
  doc: Doc,
  kind: MentionKind,
  entities: E[],
  toMention: (m: Mention) => R,
  numbered?: string,
): (E & { mentions: R[] })[] {
  const byEntity = new Map<string, Mention[]>();
  for (const m of doc.mentions) {
    if (m.kind !== kind) continue;
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  return entities
    .filter((e) => byEntity.has(e.id))
    .sort((a, b) => byEntity.get(a.id)![0].start - byEntity.get(b.id)![0].start)
    .map((e, i) => ({ ...e, id: numbered ? `${numbered}-${i + 1}` : e.id, mentions: byEntity.get(e.id)!.map(toMention) }));
}

/** Turn a finished document into its record: plain data, offsets into the text as read. */
export function buildRecord(doc: Doc): ArticleRecord {
  // A country's or date's fields are added to its plain mention record in place: a spread copy took half the time.
  const plain = (m: Mention) => mentionRecord(doc, m);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    title: doc.title ? doc.text.slice(doc.title.start, doc.title.end) : null,
    date: doc.referenceDate,
    dateSource: doc.referenceDateSource,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) })),
    people: withMentions(doc, 'person', doc.people, plain, 'person'),
    countries: withMentions(doc, 'country', doc.countries, (m) => {
      const r = plain(m) as MentionRecord & { form: CountryForm };
      r.form = m.form ?? 'name';
      return r;
    }),
    organizations: withMentions(doc, 'organization', doc.organizations, plain),
    dates: doc.mentions
      .filter((m) => m.kind === 'date')
      .map((m) => {
        const r = plain(m) as DateRecord;
        r.type = m.type ?? 'date';
        r.value = m.value ?? null;
        return r;
      }),
    agreements: withMentions(doc, 'agreement', doc.agreements, plain, 'agreement'),
  };
}
