// A team server's clients send files as bytes and take results back as bytes: a path in the
// arguments would name a file on the server's own disk, to read (an import) or to write (an export).
/** Why these arguments may not be used on a team server, or undefined when they may. */
export function serverPathProblem(method: string, args: unknown): string | undefined {
  if (args === null || typeof args !== 'object') return undefined;
  const { path, files } = args as { path?: unknown; files?: unknown };
  const named = path !== undefined || (Array.isArray(files) && files.some((f) => hasPath(f)));
  return named
    ? `${method}: a team server takes files as bytes (dataBase64) and never a path on the server`
    : undefined;
}

function hasPath(file: unknown): boolean {
  return file !== null && typeof file === 'object' && (file as { path?: unknown }).path !== undefined;
}
