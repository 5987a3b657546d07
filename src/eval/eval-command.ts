import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from './read-gold.js';
import { belowFloors, evaluate, type CorpusReport } from './run-eval.js';

const DEFAULT_FLOORS = 'bench/floors.json';

/** Gold files named by the arguments: .jsonl files, and every .jsonl below a folder (sorted). */
export function goldFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(p, f));
  });
}

/** A report as an aligned text table, with the documents that failed. */
export function formatReport(r: CorpusReport): string {
  const rows = Object.entries(r.scores).map(([k, v]) => `  ${k.padEnd(24)} ${Number.isInteger(v) ? String(v) : v.toFixed(3)}`);
  const failed = r.failures.map((f) => `  FAILED ${f.id}: ${f.error}\n`).join('');
  return `${r.corpus} (${r.docs} docs${r.failures.length ? `, ${r.failures.length} failed` : ''})\n${rows.join('\n')}\n${failed}`;
}

/**
 * `wirescan eval`: score every gold file, print the figures, and with --check compare to the floors.
 * Exit code 1 when a document failed (it is scored as found nothing, and the rest go on) or a figure is short.
 */
export async function runEvalCommand(paths: string[], flags: { json?: boolean; check?: string | boolean }, out: NodeJS.WritableStream): Promise<number> {
  const reports = goldFiles(paths).map((file) => evaluate(file, readGold(file)));
  out.write(flags.json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(formatReport).join('\n'));
  const failed = reports.reduce((n, r) => n + r.failures.length, 0);
  if (failed) out.write(`\n${failed} document${failed === 1 ? '' : 's'} failed (scored as finding nothing)\n`);
  if (!flags.check) return failed ? 1 : 0;
  const floorsPath = typeof flags.check === 'string' ? flags.check : DEFAULT_FLOORS;
  const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, Record<string, number>>;
  const short = reports.flatMap((r) => belowFloors(r, floors));
  out.write(short.length ? `\nbelow the floors in ${floorsPath}:\n${short.map((s) => `  ${s}`).join('\n')}\n` : `\nall figures at or above the floors in ${floorsPath}\n`);
  return short.length || failed ? 1 : 0;
}
