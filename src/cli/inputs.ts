/**
 * Turning the command line's PATHs into the list of documents to read: files as given, folders
 * searched recursively (sorted), `-` for standard input. Problems are entries with an `error`,
 * never exceptions, so one bad PATH doesn't stop the others.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a document's bytes are: plain UTF-8 text, an HTML page, or (stdin) to be sniffed. */
export type InputKind = 'txt' | 'html' | 'auto';

/** One document to read. `input` is its name as `scan` prints it. */
export type InputEntry =
  | { input: string; source: 'stdin'; kind: 'auto' }
  | { input: string; source: 'file'; path: string; kind: 'txt' | 'html' }
  | { input: string; error: string };

/** File extensions read, lower-case, and what they hold. */
const EXTENSIONS: Record<string, 'txt' | 'html'> = { '.txt': 'txt', '.html': 'html', '.htm': 'html' };

/** The kind of a file from its name, or undefined when it is neither text nor HTML. */
export function kindOf(file: string): 'txt' | 'html' | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/** One-line, user-facing description of a file-system error. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, expected a file';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENOTDIR': return 'not a folder';
    default: return (err as Error).message;
  }
}

/** `folder` joined with a relative path, keeping the folder exactly as the user typed it. */
function joinAsTyped(folder: string, rel: string): string {
  return folder.endsWith('/') || folder.endsWith(path.sep) ? folder + rel : `${folder}${path.sep}${rel}`;
}

/** Code-point order, so the order does not depend on the user's locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files under `root` with a known extension, as paths relative to it (with `path.sep`), sorted by
 * code point. Hidden entries (`.name`) are skipped; symbolic links are followed, each folder once.
 * A sub-folder that can't be read is returned as an error entry.
 */
async function walk(root: string, displayRoot: string): Promise<InputEntry[]> {
  const files: string[] = [];
  const errors: InputEntry[] = [];
  const seen = new Set<string>();
  async function visit(rel: string): Promise<void> {
    const dir = rel ? path.join(root, rel) : root;
    let real: string;
    let entries;
    try {
      real = await fs.realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ input: rel ? joinAsTyped(displayRoot, rel) : displayRoot, error: describeFsError(err) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel ? path.join(rel, entry.name) : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(path.join(root, childRel));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          // A dangling link to a file we would read is still worth reporting.
          if (kindOf(entry.name)) files.push(childRel);
          continue;
        }
      }
      if (isDir) await visit(childRel);
      else if (isFile && kindOf(entry.name)) files.push(childRel);
    }
  }
  await visit('');
  files.sort(byCodePoint);
  const out: InputEntry[] = files.map((rel) => ({
    input: joinAsTyped(displayRoot, rel),
    source: 'file' as const,
    path: path.join(root, rel),
    kind: kindOf(rel)!,
  }));
  return [...out, ...errors];
}

/**
 * The documents named by `paths`, in the order given; a folder expands to its files in sorted order.
 * Every PATH yields at least one entry: a folder without any `.txt`/`.html` file is an error entry.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ input: '-', source: 'stdin', kind: 'auto' });
      continue;
    }
    let st;
    try {
      st = await fs.stat(p);
    } catch (err) {
      out.push({ input: p, error: describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) {
      const found = await walk(p, p);
      out.push(...(found.length ? found : [{ input: p, error: 'folder holds no .txt or .html file' }]));
    } else {
      const kind = kindOf(p);
      if (!kind) out.push({ input: p, error: `not a .txt or .html file` });
      else if (!st.isFile()) out.push({ input: p, error: 'not a regular file' });
      else out.push({ input: p, source: 'file', path: p, kind });
    }
  }
  return out;
}
