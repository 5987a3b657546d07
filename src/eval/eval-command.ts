import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readGold } from './read-gold.js';
import { belowFloors, evaluate, type CorpusReport } from './run-eval.js';
import { evaluateRealnews, isRealnewsFolder } from './score-realnews.js';

const DEFAULT_FLOORS = 'bench/floors.json';

/** Something to score: a gold JSONL file (span-level), or a folder of articles with entity-level gold (realnews). */
export type GoldSource = { kind: 'jsonl'; path: string } | { kind: 'articles'; path: string };

/** The gold sources named by the arguments: .jsonl files and realnews-style folders, and those below a folder (sorted). */
export function goldSources(paths: string[]): GoldSource[] {
  return paths.flatMap((p): GoldSource[] => {
    if (!statSync(p).isDirectory()) return [{ kind: 'jsonl', path: p }];
    if (isRealnewsFolder(p)) return [{ kind: 'articles', path: p }];
    return readdirSync(p).sort().flatMap((f) => {
      const path = join(p, f);
      if (statSync(path).isDirectory()) return goldSources([path]);
      return f.endsWith('.jsonl') ? [{ kind: 'jsonl' as const, path }] : [];
    });
  });
}

/** The .jsonl gold files among the sources (for tools that score spans only). */
export const goldFiles = (paths: string[]): string[] => goldSources(paths).filter((s) => s.kind === 'jsonl').map((s) => s.path);

/** Score one source; one whose gold cannot be read is a report with that failure (no scores), and the others are still scored. */
export function evaluateSource(source: GoldSource): CorpusReport & { mismatches: string[] } {
  try {
    return source.kind === 'articles' ? evaluateRealnews(source.path) : evaluate(source.path, readGold(source.path));
  } catch (err) {
    const corpus = source.kind === 'articles' ? basename(source.path) : basename(dirname(source.path));
    return { corpus, docs: 0, failures: [{ id: source.path, error: err instanceof Error ? err.message : String(err) }], scores: {}, mismatches: [] };
  }
}

/** A report as an aligned text table, with the documents that failed. */
export function formatReport(r: CorpusReport): string {
  const rows = Object.entries(r.scores).map(([k, v]) => `  ${k.padEnd(36)} ${Number.isInteger(v) ? String(v) : v.toFixed(3)}`);
  const failed = r.failures.map((f) => `  FAILED ${f.id}: ${f.error}\n`).join('');
  return `${r.corpus} (${r.docs} docs${r.failures.length ? `, ${r.failures.length} failed` : ''})\n${rows.join('\n')}\n${failed}`;
}

/**
 * `wirescan eval`: score every gold source, print the figures (with --mismatches, every error by document), and with
 * --check compare to the floors. Exit code 1 when a document failed (it is scored as finding nothing, and the rest go
 * on) or a figure is short.
 */
export async function runEvalCommand(paths: string[], flags: { json?: boolean; check?: string | boolean; mismatches?: boolean }, out: NodeJS.WritableStream): Promise<number> {
  const reports = goldSources(paths).map(evaluateSource);
  if (flags.json) out.write(`${JSON.stringify(reports.map(({ mismatches, ...r }) => (flags.mismatches ? { ...r, mismatches } : r)), null, 2)}\n`);
  else {
    for (const r of reports) {
      out.write(`${formatReport(r)}${flags.mismatches && r.mismatches.length ? `  mismatches:\n${r.mismatches.map((m) => `    ${m}\n`).join('')}` : ''}\n`);
    }
  }
  const failed = reports.reduce((n, r) => n + r.failures.length, 0);
  if (failed) out.write(`${failed} document${failed === 1 ? '' : 's'} failed (scored as finding nothing)\n`);
  if (!flags.check) return failed ? 1 : 0;
  const floorsPath = typeof flags.check === 'string' ? flags.check : DEFAULT_FLOORS;
  const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, Record<string, number>>;
  const short = reports.flatMap((r) => belowFloors(r, floors));
  out.write(short.length ? `below the floors in ${floorsPath}:\n${short.map((s) => `  ${s}`).join('\n')}\n` : `all figures at or above the floors in ${floorsPath}\n`);
  return short.length || failed ? 1 : 0;
}
