// wirescan's library API. The CLI (src/cli.ts) is a thin shell over these.
export { extract } from './extract.js';
export { checkDate } from './check-date.js';
export type { ExtractOptions } from './extract.js';
export { extractAll } from './extract-all.js';
export type { ExtractAllOptions } from './extract-all.js';
export { isFailure } from './input.js';
export type { ArticleInput, InputFailure, ExtractResult } from './input.js';
export { readInputs } from './io/read-inputs.js';
export type { InputFormat, ReadOptions } from './io/read-inputs.js';
export { mentionRows, agreementRows } from './io/to-csv-rows.js';
export { formatRecord } from './io/format-record.js';
export type { FormattedRecord } from './io/format-record.js';
export { recordSchema } from './schema.js';
export { runPipeline, STAGES } from './pipeline.js';
export type * from './record.js';
export type * from './doc.js';
