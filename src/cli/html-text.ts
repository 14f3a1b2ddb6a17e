/**
 * A saved HTML page → the article's text and metadata, with @mozilla/readability (Firefox's reader
 * view) over linkedom. The text keeps the article's structure as line breaks: blocks (paragraphs,
 * headings, list items, quotes, table rows) are separated by a blank line and `<br>` by a newline,
 * so sentences of different paragraphs never merge for the matcher.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What we take from a page. */
export interface HtmlArticle {
  /** The article's text: headline first, then its blocks separated by blank lines (`\n\n`). */
  text: string;
  /** `og:title`, else the `<h1>` when surely the headline, else Readability's title, else `<h1>`, else `<title>`; `''` when none. */
  title: string;
  /** `og:site_name` (or the publisher Readability finds in JSON-LD), when present. */
  siteName?: string;
  /** The page's address from `<link rel="canonical">` or `og:url`, when absolute http(s). */
  url?: string;
}

/** Elements that start and end a block: text on either side goes in separate paragraphs. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'button', 'select', 'textarea']);
/** Table cells: blocks for Readability's layout tables, but a cell's neighbours are on the same row. */
const CELLS = new Set(['td', 'th']);

const BREAK = '\u0000P'; // paragraph boundary marker (NUL never survives in HTML text)
const NEWLINE = '\u0000N'; // <br>

/** Plain text of `root`, blocks separated by `\n\n`, `<br>` as `\n`, HTML whitespace collapsed outside `<pre>`. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node, pre: boolean) => {
    if (node.nodeType === 3 /* text */) {
      const value = node.nodeValue ?? '';
      parts.push(pre ? value.replace(/\r\n?/g, '\n').replace(/\n/g, NEWLINE) : value.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 11 /* fragment */ && node.nodeType !== 9) return;
    const name = (node as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') {
      parts.push(NEWLINE);
      return;
    }
    const cell = CELLS.has(name);
    const block = BLOCKS.has(name) && !cell;
    if (block) parts.push(BREAK);
    if (cell) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, pre || name === 'pre');
    if (block) parts.push(BREAK);
    if (cell) parts.push(' ');
  };
  visit(root, false);
  return parts
    .join('')
    .split(BREAK)
    .map((para) =>
      para
        .split(NEWLINE)
        .map((line) => line.replace(/[ \t\f]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n') // <br><br> (or more) is a paragraph break
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function absoluteHttp(url: string | null | undefined): string | undefined {
  const u = squash(url);
  if (!/^https?:\/\//i.test(u)) return undefined;
  try {
    return new URL(u).href;
  } catch {
    return undefined;
  }
}

function meta(document: Document, key: string): string | undefined {
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    if (name === key) {
      const content = squash(el.getAttribute('content'));
      if (content) return content;
    }
  }
  return undefined;
}

function parse(html: string): Document {
  // linkedom needs a whole document to give a head and a body; wrap fragments.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's `<h1>` when it is surely the headline: inside `<article>`/`<main>`, or repeated in
 * `<title>`. Preferred to Readability's title, which cuts `<title>` at separators and so loses the
 * end of headlines that contain one (e.g. a closing `»`).
 */
function headlineTitle(h1: string, articleH1: string, titleTag: string): string {
  if (articleH1) return articleH1;
  return h1 && normalise(titleTag).includes(normalise(h1)) ? h1 : '';
}

/**
 * Extract a page's article text and metadata. Falls back to the whole body's text when Readability
 * finds no article. The headline (first `<h1>`, else the title) is put first unless the text
 * already starts with it, since headlines report claims too.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = parse(html);
  // Read the metadata first: Readability rewrites the document it is given.
  const ogTitle = meta(document, 'og:title');
  const titleTag = squash(document.querySelector('title')?.textContent);
  const articleH1 = squash(document.querySelector('article h1, main h1')?.textContent);
  const h1 = articleH1 || squash(document.querySelector('h1')?.textContent);
  const ogSite = meta(document, 'og:site_name');
  const canonical = Array.from(document.querySelectorAll('link[rel]')).find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const url = absoluteHttp(canonical?.getAttribute('href')) ?? absoluteHttp(meta(document, 'og:url'));

  let text = '';
  let readTitle = '';
  let readSite: string | undefined;
  try {
    const article = new Readability(document, { serializer: (node: Node) => node }).parse();
    if (article?.content) text = blockText(article.content as unknown as Node);
    readTitle = squash(article?.title);
    readSite = squash(article?.siteName) || undefined;
  } catch {
    // Readability gives up on some odd documents; the fallback below reads the whole body.
  }
  if (!text) {
    const fresh = parse(html);
    text = blockText((fresh.body ?? fresh.documentElement) as unknown as Node);
  }

  const headline = h1 || readTitle || ogTitle || titleTag;
  if (headline) {
    const firstParas = text.split('\n\n').slice(0, 3).map(normalise);
    if (!firstParas.includes(normalise(headline))) text = text ? `${headline}\n\n${text}` : headline;
  }
  return {
    text,
    title: ogTitle || headlineTitle(h1, articleH1, titleTag) || readTitle || h1 || titleTag,
    ...(ogSite || readSite ? { siteName: ogSite || readSite } : {}),
    ...(url ? { url } : {}),
  };
}
