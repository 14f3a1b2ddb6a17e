/** Reading the user's files: size limits before reading, one-line errors, never a stack trace. */
import fs from 'node:fs/promises';

/** A user-facing error about one input: `input` is the path as the user gave it. */
export class InputError extends Error {
  constructor(readonly input: string, message: string) {
    super(message);
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, expected a file';
    default: return (err as Error).message;
  }
}

/**
 * Read a UTF-8 text file, refusing folders and files over `maxBytes` before reading them.
 * A leading BOM is removed; line ends are kept as they are.
 */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a folder, expected a file');
  if (stat.size > maxBytes) throw new InputError(file, `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit`);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
