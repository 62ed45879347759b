// A file that could not be read or written, in plain words naming it: `out/m.csv: the folder does not
// exist`, `/tmp: is a folder`, rather than Node's `ENOENT: no such file or directory, open '…'`.
import { ApiError } from '../../shared/api/errors';

const REASONS: Record<string, string> = {
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** `writing`: a missing file is a missing folder, since writing creates the file. */
export function fileError(file: string, error: unknown, writing: boolean): ApiError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason =
    code === 'ENOENT'
      ? writing
        ? 'the folder does not exist'
        : 'no such file'
      : (REASONS[code] ?? (error instanceof Error ? error.message : String(error)));
  return new ApiError(
    code === 'ENOENT' && !writing ? 'not_found' : 'invalid_args',
    `${file}: ${reason}`,
    file,
  );
}
