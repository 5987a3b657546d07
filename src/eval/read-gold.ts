import { readFileSync } from 'node:fs';

/** One annotated span of a gold document. */
export interface GoldEntity {
  start: number;
  end: number;
  label: string;
  text: string;
  value?: string;
}

/** One gold document, as in ../shared/eval/*\/dev.jsonl. */
export interface GoldDoc {
  id: string;
  text: string;
  dct: string | null;
  entities: GoldEntity[];
}

/** Read a gold JSONL file; a malformed line is an error that names the file and line. */
export function readGold(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let doc: GoldDoc;
    try {
      doc = JSON.parse(line) as GoldDoc;
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    if (typeof doc.text !== 'string' || !Array.isArray(doc.entities)) {
      throw new Error(`${path}:${i + 1}: expected {"id","text","dct","entities"}`);
    }
    docs.push(doc);
  });
  return docs;
}
