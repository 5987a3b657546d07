// The JSON Schema (draft-07) of an article record, schema version 1. `wirescan schema` prints it.

const offset = { type: 'integer', minimum: 0 } as const;
const mentionProps = {
  start: offset,
  end: offset,
  text: { type: 'string', minLength: 1 },
  sentence: { type: 'integer', minimum: -1 },
} as const;
const mention = { type: 'object', required: ['start', 'end', 'text', 'sentence'], additionalProperties: false, properties: mentionProps } as const;
const mentions = { type: 'array', items: mention } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const countryCode = { type: 'string', pattern: '^[A-Z]{2}$' } as const;

/** JSON Schema for one record (one line of articles.jsonl). */
export const recordSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://wirescan.dev/schema/record-1.json',
  title: 'wirescan article record',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'id', 'title', 'date', 'dateSource', 'sentences', 'people', 'countries', 'organizations', 'dates', 'agreements'],
  properties: {
    schemaVersion: { const: 1 },
    id: { type: 'string' },
    title: { type: ['string', 'null'] },
    date: { oneOf: [isoDate, { type: 'null' }] },
    dateSource: { enum: ['option', 'input', 'dateline', 'html-jsonld', 'html-meta', 'html-time', 'html-url', 'warc-date', null] },
    sentences: {
      type: 'array',
      items: { type: 'object', required: ['start', 'end', 'text'], additionalProperties: false, properties: { start: offset, end: offset, text: { type: 'string' } } },
    },
    people: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'name', 'titles', 'mentions'], additionalProperties: false,
        properties: { id: { type: 'string' }, name: { type: 'string', minLength: 1 }, titles: { type: 'array', items: { type: 'string' } }, country: countryCode, mentions },
      },
    },
    countries: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'code', 'name', 'mentions'], additionalProperties: false,
        properties: {
          id: { type: 'string' }, code: countryCode, name: { type: 'string' },
          mentions: {
            type: 'array',
            items: { ...mention, required: [...mention.required, 'form'], properties: { ...mentionProps, form: { enum: ['name', 'alias', 'demonym', 'capital'] } } },
          },
        },
      },
    },
    organizations: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'name', 'mentions'], additionalProperties: false,
        properties: { id: { type: 'string' }, name: { type: 'string' }, code: { type: 'string' }, members: { type: 'array', items: countryCode }, mentions },
      },
    },
    dates: {
      type: 'array',
      items: {
        ...mention, required: [...mention.required, 'type', 'value'],
        properties: { ...mentionProps, type: { enum: ['date', 'time', 'duration', 'set'] }, value: { type: ['string', 'null'] } },
      },
    },
    agreements: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'kind', 'status', 'date', 'legallyBinding', 'parties', 'mentions'], additionalProperties: false,
        properties: {
          id: { type: 'string' },
          kind: { enum: ['security', 'defence', 'trade', 'investment', 'ceasefire', 'peace', 'finance', 'energy', 'climate', 'cooperation', 'other'] },
          status: { enum: ['proposed', 'negotiating', 'agreed', 'signed', 'ratified', 'ended', null] },
          date: { type: ['string', 'null'] },
          legallyBinding: { type: ['boolean', 'null'] },
          parties: {
            type: 'array',
            items: { type: 'object', required: ['name'], additionalProperties: false, properties: { code: { type: 'string' }, name: { type: 'string' } } },
          },
          mentions,
        },
      },
    },
    source: {
      type: 'object', required: ['url', 'title', 'publisher', 'format'], additionalProperties: false,
      properties: { url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, publisher: { type: ['string', 'null'] }, format: { const: 'html' } },
    },
    text: { type: 'string' },
  },
} as const;
