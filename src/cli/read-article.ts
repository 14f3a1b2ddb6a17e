/**
 * Reading one document: bytes → the exact text the matcher sees, plus outlet and title. `scan` and
 * `compare` both read through here, so they agree on every article.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './files';
import { extractHtmlArticle } from './html-text';
import { describeFsError, type InputEntry } from './inputs';

/** Largest document read, in bytes (32 MB): far above any article, low enough to keep memory sane. */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

/** A document ready for matching. */
export interface Article {
  /** Its name as `scan` prints it. */
  input: string;
  /** What was read: for `.txt` the file's text (BOM removed, line ends as they are); for HTML the extracted text. */
  text: string;
  /** `txt` or `html` (stdin is sniffed). */
  kind: 'txt' | 'html';
  /** Outlet: og:site_name, else the canonical URL's host, else the file name without extension (`stdin` for `-`). */
  outlet: string;
  /** Title: the page's title, or a text file's first non-empty line (at most 200 characters). */
  title: string;
  /** The page's canonical address, when the HTML gives one. */
  url?: string;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function readFileBytes(file: string): Promise<Buffer> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (st.size > MAX_ARTICLE_BYTES) throw new Error(`file is ${mb(st.size)}, over the ${mb(MAX_ARTICLE_BYTES)} limit`);
    return await fs.readFile(file);
  } catch (err) {
    throw new Error(describeFsError(err));
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_ARTICLE_BYTES) throw new Error(`standard input is over the ${mb(MAX_ARTICLE_BYTES)} limit`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Bytes of a text file → string. UTF-8 (a BOM is removed), or UTF-16 when a UTF-16 BOM says so.
 * Invalid UTF-8 or NUL bytes are errors: offsets into a mis-decoded file would point at wrong text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`not a text file (NUL byte at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (save it as UTF-8)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes of an HTML page → string, in the page's encoding: a BOM, else `<meta charset>` (or
 * `http-equiv` content-type) in the first 4 KB, else UTF-8 (replacing invalid bytes).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label && !/^utf-?16/i.test(label) ? label : 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: browsers fall back too
  }
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/** Windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €…), by byte − 0x80; 0 where undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Node 20's TextDecoder decodes `windows-1252` (which the web also uses for `iso-8859-1` and `ascii`)
 * as Latin-1, turning curly quotes and dashes into C1 control characters; map them as browsers do.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const cp = CP1252_HIGH[ch.charCodeAt(0) - 0x80];
    return cp ? String.fromCharCode(cp) : ch;
  });
}

/** Standard input is HTML when it starts like a page; otherwise it is text. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i.test(text);
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Read one document. Throws {@link InputError} with a one-line message when it can't be read. */
export async function readArticle(entry: Exclude<InputEntry, { error: string }>, stdin: NodeJS.ReadableStream = process.stdin): Promise<Article> {
  try {
    const bytes = entry.source === 'stdin' ? await readStdin(stdin) : await readFileBytes(entry.path);
    const fileName = entry.source === 'stdin' ? 'stdin' : path.basename(entry.path, path.extname(entry.path));
    let kind = entry.kind;
    let decoded: string | undefined;
    if (kind === 'auto') {
      decoded = decodeText(bytes);
      kind = looksLikeHtml(decoded) ? 'html' : 'txt';
    }
    if (kind === 'txt') {
      const text = decoded ?? decodeText(bytes);
      return { input: entry.input, text, kind, outlet: fileName, title: firstLine(text) };
    }
    const html = decoded ?? decodeHtml(bytes);
    if (html.includes('\u0000')) throw new Error('not an HTML file (it contains NUL bytes)');
    const page = extractHtmlArticle(html);
    return {
      input: entry.input,
      text: page.text,
      kind: 'html',
      outlet: page.siteName || hostOf(page.url) || fileName,
      title: page.title,
      ...(page.url ? { url: page.url } : {}),
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(entry.input, err instanceof Error ? err.message : String(err));
  }
}
