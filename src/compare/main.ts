/**
 * The comparison page: every article read with Counterpoint on where it found a claim, one row
 * each, one column per claim grouped by side (the outlets × claims matrix of core/compare.ts,
 * the same code as `counterpoint compare`), with filters, sorting, exports and deletion.
 * History lives in storage.local (written by the background); this page only reads and deletes.
 */
import type { ClaimPack } from '../core';
import { buildComparison, type Comparison, type ComparisonRow } from '../core/compare';
import { comparisonToCsv, comparisonToJson } from '../core/compare-export';
import browser from '../shared/browser';
import { el, localizePage, pageLanguage, pickText, t } from '../shared/i18n';
import { loadAllPacks } from '../shared/packs';
import { loadHistory, saveHistory, STORAGE_KEYS, type HistoryRow } from '../shared/settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

type Sort = 'newest' | 'oldest' | 'outlet' | 'claims' | 'omitted';

interface ViewState {
  packs: ClaimPack[];
  history: HistoryRow[];
  packId: string;
  outlet: string;
  side: string;
  sort: Sort;
}

const view: ViewState = { packs: [], history: [], packId: '', outlet: '', side: '', sort: 'newest' };

function currentPack(): ClaimPack | undefined {
  return view.packs.find((p) => p.id === view.packId);
}

/** Rows of the selected pack, filtered and sorted as the toolbar says. */
function visibleRows(pack: ClaimPack): HistoryRow[] {
  const side = pack.sides.find((s) => s.id === view.side);
  const sideClaims = side ? new Set(pack.claims.filter((c) => pack.speakers.find((s) => s.id === c.speaker)?.side === side.id).map((c) => c.id)) : null;
  const rows = view.history.filter(
    (r) => r.packId === pack.id && (!view.outlet || r.outlet === view.outlet) && (!sideClaims || r.claims.some((c) => sideClaims.has(c))),
  );
  const collator = new Intl.Collator(pageLanguage(), { sensitivity: 'base' });
  const by: Record<Sort, (a: HistoryRow, b: HistoryRow) => number> = {
    newest: (a, b) => b.seen.localeCompare(a.seen),
    oldest: (a, b) => a.seen.localeCompare(b.seen),
    outlet: (a, b) => collator.compare(a.outlet, b.outlet) || b.seen.localeCompare(a.seen),
    claims: (a, b) => b.claims.length - a.claims.length || b.seen.localeCompare(a.seen),
    omitted: (a, b) => b.omittedReplies.length - a.omittedReplies.length || b.seen.localeCompare(a.seen),
  };
  return rows.sort(by[view.sort]);
}

function comparisonOf(pack: ClaimPack, rows: HistoryRow[]): Comparison {
  return buildComparison(
    pack,
    rows.map((r) => ({ input: r.url, outlet: r.outlet, title: r.title, url: r.url, date: r.seen, summary: { reported: r.claims } })),
  );
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(pageLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function fillSelect(select: HTMLSelectElement, options: { value: string; label: string }[], value: string): void {
  select.replaceChildren(...options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)));
  select.value = value;
}

function renderToolbar(pack: ClaimPack | undefined): void {
  const packIds = [...new Set(view.history.map((r) => r.packId))].filter((id) => view.packs.some((p) => p.id === id));
  $('pack-field').hidden = packIds.length < 2;
  fillSelect($('pack'), packIds.map((id) => ({ value: id, label: pickText(view.packs.find((p) => p.id === id)!.title) })), view.packId);
  const outlets = [...new Set(view.history.filter((r) => r.packId === view.packId).map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  if (view.outlet && !outlets.includes(view.outlet)) view.outlet = '';
  fillSelect($('outlet'), [{ value: '', label: t('compareAllOutlets') }, ...outlets.map((o) => ({ value: o, label: o }))], view.outlet);
  const sides = pack?.sides ?? [];
  if (view.side && !sides.some((s) => s.id === view.side)) view.side = '';
  fillSelect($('side'), [{ value: '', label: t('compareAllSides') }, ...sides.map((s) => ({ value: s.id, label: pickText(s.name) }))], view.side);
  $<HTMLSelectElement>('sort').value = view.sort;
}

function cell(row: ComparisonRow, claimId: string, sideIndex: number, omittedReplyIds: Set<string>, summary: string): HTMLTableCellElement {
  const yes = row.claims[claimId] === 1;
  const omit = !yes && omittedReplyIds.has(claimId);
  const state = yes ? 'yes' : omit ? 'omit' : 'no';
  const label = t(yes ? 'compareCellReported' : omit ? 'compareCellOmitted' : 'compareCellAbsent', summary);
  return el('td', { class: `cell ${state}`, 'data-claim': claimId, 'data-state': state, 'data-side-index': String(sideIndex % 4), title: label },
    el('span', { class: 'dot', 'aria-hidden': 'true' }, yes ? '✓' : omit ? '!' : ''),
    el('span', { class: 'visually-hidden' }, label));
}

function renderMatrix(pack: ClaimPack, rows: HistoryRow[]): void {
  const wrap = $('matrix-wrap');
  const comparison = comparisonOf(pack, rows);
  const sides = comparison.sides
    .map((s, i) => ({ ...s, index: i }))
    .filter((s) => s.claims.length > 0 && (!view.side || s.id === view.side));
  const claims = new Map(comparison.claims.map((c) => [c.id, c]));
  const summaryOf = (id: string) => pickText(claims.get(id)?.summary);

  const head1 = el('tr', {},
    el('th', { rowspan: '2', scope: 'col' }, t('compareColOutlet')),
    el('th', { rowspan: '2', scope: 'col' }, t('compareColArticle')));
  const head2 = el('tr', {});
  for (const side of sides) {
    head1.append(el('th', { colspan: String(side.claims.length), scope: 'colgroup', class: 'side-group', 'data-side': side.id, 'data-side-index': String(side.index % 4) }, pickText(side.name)));
    for (const id of side.claims) {
      const c = claims.get(id)!;
      head2.append(el('th', { scope: 'col', class: 'claim-col', 'data-claim': id, 'data-side-index': String(side.index % 4), title: `${c.speaker.name}: ${summaryOf(id)}` },
        el('span', {}, id)));
    }
  }
  head1.append(el('th', { rowspan: '2', scope: 'col' }, t('compareColOmits')), el('th', { rowspan: '2', scope: 'col' }, el('span', { class: 'visually-hidden' }, t('compareColActions'))));

  const body = el('tbody', {});
  comparison.rows.forEach((row, i) => {
    const stored = rows[i];
    const omittedReplyIds = new Set(row.omittedReplies.map((o) => o.reply));
    const href = safeHref(stored.url);
    const title = stored.title || stored.url;
    const tr = el('tr', { 'data-url': stored.url },
      el('td', { class: 'outlet' }, stored.outlet),
      el('td', { class: 'article' },
        href ? el('a', { href, target: '_blank', rel: 'noreferrer noopener' }, title) : title,
        el('div', { class: 'meta' }, t('compareSeen', formatDate(stored.seen)))));
    for (const side of sides) for (const id of side.claims) tr.append(cell(row, id, side.index, omittedReplyIds, summaryOf(id)));
    const omits = el('ul', {});
    for (const o of row.omittedReplies) {
      const reply = claims.get(o.reply);
      omits.append(el('li', { 'data-claim': o.claim, 'data-reply': o.reply, title: t('compareOmittedReplyTo', summaryOf(o.claim)) },
        t('compareOmittedItem', [reply?.speaker.name ?? o.reply, summaryOf(o.reply)])));
    }
    tr.append(el('td', { class: 'omits' }, row.omittedReplies.length ? omits : '—'));
    const del = el('button', { type: 'button', class: 'delete-row', 'aria-label': t('compareDeleteRowLabel', title) }, t('compareDeleteRow'));
    del.addEventListener('click', async () => {
      await deleteRows((r) => r.url === stored.url && r.packId === stored.packId);
      $('announce').textContent = t('compareDeletedRow');
      // Keep the keyboard where it was: on the next row's button, else the previous one's, else the toolbar.
      const buttons = document.querySelectorAll<HTMLButtonElement>('button.delete-row');
      (buttons[Math.min(i, buttons.length - 1)] ?? $('outlet')).focus();
    });
    tr.append(el('td', { class: 'actions' }, del));
    body.append(tr);
  });
  wrap.replaceChildren(el('table', { class: 'matrix' }, el('thead', {}, head1, head2), body));

  // Legend: the claims of the shown columns, in order.
  const legend = $('legend-list');
  legend.replaceChildren();
  for (const side of sides) {
    for (const id of side.claims) {
      const c = claims.get(id)!;
      legend.append(el('li', { 'data-side-index': String(side.index % 4) }, el('code', {}, id), ` — ${c.speaker.name} (${pickText(side.name)}): ${summaryOf(id)}`));
    }
  }
  renderBars(comparison, sides);
}

/** Per outlet: how many of each side's claims its articles report, on average, as bars. */
function renderBars(comparison: Comparison, sides: { id: string; name: Record<string, string>; claims: string[]; index: number }[]): void {
  const bars = el('div', { class: 'bars' });
  const outlets = new Map<string, ComparisonRow[]>();
  for (const row of comparison.rows) outlets.set(row.outlet, [...(outlets.get(row.outlet) ?? []), row]);
  for (const [outlet, rows] of outlets) {
    const name = el('div', { class: 'outlet-name' }, outlet, ' ', el('span', {}, t(rows.length === 1 ? 'compareOneArticle' : 'compareArticles', String(rows.length))));
    const lines = el('div', { class: 'bar-row' });
    for (const side of sides) {
      const reported = rows.reduce((n, r) => n + (r.reportedBySide[side.id] ?? 0), 0);
      const share = reported / (rows.length * side.claims.length);
      const label = t('compareBarLabel', [pickText(side.name), (reported / rows.length).toFixed(1).replace(/\.0$/, ''), String(side.claims.length)]);
      lines.append(el('div', { class: 'bar-track', 'data-side-index': String(side.index % 4) },
        el('span', { class: 'bar', style: `width:${Math.round(share * 100) * 2.4}px`, 'aria-hidden': 'true' }), label));
    }
    bars.append(name, lines);
  }
  $('bars').replaceChildren(bars);
}

function render(): void {
  if (!view.packs.some((p) => p.id === view.packId)) {
    view.packId = view.history.find((r) => view.packs.some((p) => p.id === r.packId))?.packId ?? view.packs[0]?.id ?? '';
  }
  const pack = currentPack();
  renderToolbar(pack);
  const rows = pack ? visibleRows(pack) : [];
  const total = pack ? view.history.filter((r) => r.packId === pack.id).length : 0;
  $('pack-title').textContent = pack ? pickText(pack.title) : '';
  $('empty').hidden = total > 0;
  $('legend').hidden = total === 0;
  $('by-outlet').hidden = rows.length === 0;
  for (const id of ['export-csv', 'export-json']) $<HTMLButtonElement>(id).disabled = rows.length === 0;
  $<HTMLButtonElement>('delete-all').disabled = view.history.length === 0;
  $('status').textContent = total === 0 ? '' : t('compareShowing', [String(rows.length), String(total)]);
  if (pack && rows.length > 0) renderMatrix(pack, rows);
  else $('matrix-wrap').replaceChildren();
}

async function deleteRows(match: (r: HistoryRow) => boolean): Promise<void> {
  const rows = await loadHistory();
  view.history = rows.filter((r) => !match(r));
  await saveHistory(view.history);
  render();
}

/** Save `text` as a file through an `<a download>` (no downloads permission needed). */
function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function exportAs(kind: 'csv' | 'json'): void {
  const pack = currentPack();
  if (!pack) return;
  const comparison = comparisonOf(pack, visibleRows(pack));
  const day = new Date().toISOString().slice(0, 10);
  const name = `counterpoint-${pack.id}-${day}.${kind}`;
  if (kind === 'csv') download(comparisonToCsv(comparison), name, 'text/csv;charset=utf-8');
  else download(comparisonToJson(comparison), name, 'application/json');
  $('announce').textContent = t('compareExported', name);
}

async function main(): Promise<void> {
  localizePage();
  [view.packs, view.history] = await Promise.all([loadAllPacks(), loadHistory()]);
  render();
  $('app').setAttribute('aria-busy', 'false');

  $('toolbar').addEventListener('submit', (e) => e.preventDefault());
  $<HTMLSelectElement>('pack').addEventListener('change', (e) => {
    view.packId = (e.target as HTMLSelectElement).value;
    render();
  });
  $<HTMLSelectElement>('outlet').addEventListener('change', (e) => {
    view.outlet = (e.target as HTMLSelectElement).value;
    render();
  });
  $<HTMLSelectElement>('side').addEventListener('change', (e) => {
    view.side = (e.target as HTMLSelectElement).value;
    render();
  });
  $<HTMLSelectElement>('sort').addEventListener('change', (e) => {
    view.sort = (e.target as HTMLSelectElement).value as Sort;
    render();
  });
  $('export-csv').addEventListener('click', () => exportAs('csv'));
  $('export-json').addEventListener('click', () => exportAs('json'));

  const confirmBox = $('confirm-all');
  const deleteAll = $<HTMLButtonElement>('delete-all');
  const closeConfirm = () => {
    confirmBox.hidden = true;
    deleteAll.hidden = false;
    deleteAll.focus();
  };
  deleteAll.addEventListener('click', () => {
    $('confirm-all-text').textContent = t('compareDeleteAllQuestion', String(view.history.length));
    deleteAll.hidden = true;
    confirmBox.hidden = false;
    $('confirm-all-no').focus();
  });
  $('confirm-all-no').addEventListener('click', closeConfirm);
  $('confirm-all-yes').addEventListener('click', async () => {
    await deleteRows(() => true);
    closeConfirm();
    $('announce').textContent = t('compareDeletedAll');
  });
  confirmBox.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeConfirm();
  });

  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'local') return;
    if (changes[STORAGE_KEYS.history]) view.history = await loadHistory();
    if (changes[STORAGE_KEYS.packs]) view.packs = await loadAllPacks();
    if (changes[STORAGE_KEYS.history] || changes[STORAGE_KEYS.packs]) render();
  });
}

void main();
