/** A one-line reason for a failed input, from a file-system error or any other. */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied: cannot read it';
  if (e?.code === 'ELOOP') return 'too many symbolic links (a loop)';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'EIO') return 'input/output error: cannot read it';
  return e instanceof Error ? e.message : String(err);
}
