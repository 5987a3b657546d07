/** The output folder and the inputs of a resumed run do not match. */
export class ResumeError extends Error {}

/** The inputs after the first `done`, which a resumed run already holds; each skipped id must be among `doneIds`. */
export async function* skipDone<T extends { id: string }>(
  inputs: AsyncIterable<T>,
  done: number,
  doneIds: Map<string, number>,
): AsyncGenerator<T> {
  let seen = 0;
  for await (const input of inputs) {
    if (seen++ >= done) {
      yield input;
      continue;
    }
    const left = doneIds.get(input.id) ?? 0;
    if (!left) {
      throw new ResumeError(`--resume: the output folder does not hold results for these inputs (input "${input.id}" is not in it); use a fresh --out folder, or run without --resume`);
    }
    doneIds.set(input.id, left - 1);
  }
  if (seen < done) throw new ResumeError(`--resume: the output folder holds ${done} results but there are only ${seen} inputs; use a fresh --out folder`);
}
