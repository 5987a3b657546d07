// The texts of real news the speed benchmarks run on: the development halves of OntoNotes (news), CoNLL and GMB in
// ../shared/eval (about 4 MB), read in place; none is copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPORA = ['ontonotes5_news', 'conll2003', 'gmb_ner'];

/** Every text of the three corpora, in file order; an error naming the folder when ../shared/eval is absent. */
export function readNewsTexts(root = join('..', 'shared', 'eval')): string[] {
  if (!existsSync(root)) throw new Error(`${root} is absent: the real-news benchmark reads its corpora from there`);
  return CORPORA.flatMap((c) =>
    readFileSync(join(root, c, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
}
