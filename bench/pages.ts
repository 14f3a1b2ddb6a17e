/**
 * The pages the in-page benches load (page.bench.ts in Chromium, firefox.bench.ts in Firefox),
 * each with a main-world probe that records what the benches read.
 */
import { page as syntheticPage } from './synthetic';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The probe's user-timing mark: the trace's page main thread is the one that made it. */
export const PAGE_MARK = 'counterpoint-bench-page';

/** Main-world probe: long tasks, long animation frames, and when our host says the marks are final. */
export const PROBE = `<script>
performance.mark('${PAGE_MARK}');
window.__bench = { longtasks: [], loafs: [], idleAt: null, scanningAt: null, cost: null };
document.addEventListener('counterpoint-idle', (e) => { __bench.cost = typeof e.detail === 'string' ? JSON.parse(e.detail) : null; });
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.loafs.push({ start: e.startTime, duration: e.duration,
  blocking: e.blockingDuration, styleAndLayoutStart: e.styleAndLayoutStart, renderStart: e.renderStart,
  scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker, forcedStyleAndLayout: s.forcedStyleAndLayoutDuration })) }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
new MutationObserver(() => {
  const host = document.querySelector('counterpoint-ui');
  const state = host && host.getAttribute('data-counterpoint-state');
  if (state === 'scanning' && __bench.scanningAt === null) __bench.scanningAt = performance.now();
  if (state === 'idle') __bench.idleAt = performance.now();
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-counterpoint-state'] });
</script>`;

export function bigPage(sentences: number): string {
  const paragraphs = syntheticPage(sentences)
    .split('\n')
    .filter((p) => p.trim())
    .map((p, i) => (i % 7 === 3 ? `<p><em>${escape(p.trim())}</em></p>` : `<p>${escape(p.trim())}</p>`));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title>${PROBE}</head>
<body><nav><a href="#">Home</a> <a href="#">World</a></nav><article><h1>${sentences.toLocaleString('en')} sentences</h1>
${paragraphs.join('\n')}</article></body></html>`;
}

/**
 * An ordinary news story that reports none of the claims but, like most news, says "president",
 * "officials", "press", "state", "Russian", with typographic quotes and dashes: the role words
 * some speakers are named by, though never next to each other as a role phrase.
 */
export function plainPage(): string {
  const who = ['The council president, Maria Lopez,', 'State officials', 'The finance chief', 'A Russian-born baker who leads the traders’ association', 'The opposition leader', 'Federal auditors'];
  const did = ['told the press on Tuesday', 'said in a statement', 'argued at a packed public meeting', 'wrote in a letter to residents', 'confirmed at a press conference'];
  const what = [
    'that the new budget keeps road repairs on schedule',
    'that the library will open two evenings a week',
    'that bus fares stay frozen until next spring',
    'that the swimming pool needs a new roof before winter',
    '“we cannot keep borrowing for day-to-day spending”',
    'that the school meals scheme – praised by parents – will continue',
  ];
  const sentences: string[] = [];
  for (let i = 0; sentences.length < 150; i++) sentences.push(`${who[i % who.length]} ${did[(i * 7) % did.length]} ${what[(i * 5) % what.length]}.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(`<p>${escape(sentences.slice(i, i + 5).join(' '))}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ordinary page</title>${PROBE}</head>
<body><header><nav><a href="#">News</a> <a href="#">Sport</a> <a href="#">Weather</a></nav></header>
<main><article><h1>City council approves new budget</h1>${paragraphs.join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="#">Road works this week</a></li><li><a href="#">Football results</a></li></ul></aside></main>
<footer>© Example News</footer></body></html>`;
}
