/**
 * The content script proper, loaded by index.ts once the page may report a claim: wires the
 * surfaces together. Each surface is
 * one file with `start(signal)`; aborting the controller tears everything down and restores the
 * page.
 *
 *   page-text → (core matcher) → anchoring → highlighter      scanner.ts drives it in slices
 *   tooltip (hover/focus/pin)   observer (changed blocks)     shortcut, messaging, styles
 *
 * State for tests and the bench: `<counterpoint-ui data-counterpoint-state="scanning|idle|off">`,
 * and `data-counterpoint-longest-slice` (ms, the longest chunk of scan work so far).
 */
import { compilePackSteps, compiledFor, passageTestFor, scriptsOf, summarizeCoverage, type CompiledPack } from '../core';
import browser from '../shared/browser';
import type { MarkedSentence, PageState } from '../shared/messages';
import { loadActivePacks } from '../shared/packs';
import {
  dismissedPageKey,
  isSiteEnabled,
  loadSettings,
  STORAGE_KEYS,
  type DismissedMarks,
  type Settings,
} from '../shared/settings';
import { pick, type PackMatch } from './claim-card';
import { outletName } from './page-meta';
import * as highlighterSurface from './highlighter';
import type { MarkGroup } from './highlighter';
import { readerLang, t } from './i18n';
import * as messagingSurface from './messaging';
import * as observerSurface from './observer';
import { createScanner, type ActivePack } from './scanner';
import { runChunked, stats } from './scheduler';
import * as shortcutSurface from './shortcut';
import * as stylesSurface from './styles';
import * as tooltipSurface from './tooltip';
import * as hostSurface from './ui-host';

/** How long a revealed mark flashes, ms. */
const FLASH_MS = 2200;

async function loadDismissed(): Promise<string[]> {
  const got = await browser.storage.local.get(STORAGE_KEYS.dismissed);
  const all = (got[STORAGE_KEYS.dismissed] as DismissedMarks | undefined) ?? {};
  const list = all[dismissedPageKey(location.href)];
  return Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
}

/**
 * Compile the active packs that may match `text` (default: the page's text). The core's precheck
 * (is any speaker of the pack named at all?) costs a few milliseconds, compiling hundreds, so a
 * page that cannot match never pays for it, and a page that may pays in slices of a few
 * milliseconds (the core compiles step by step), never in one long task.
 */
async function compileActive(settings: Settings, signal: AbortSignal, text?: string): Promise<ActivePack[]> {
  const packs = await loadActivePacks(settings.activePacks);
  const out: ActivePack[] = [];
  const page = pageText();
  text ??= page;
  // Compiled for the scripts the whole page uses (a quarter less to compile on a page in Latin
  // script alone); text added later in another script has the packs compiled anew (`onChange`).
  const scripts = scriptsOf(page);
  for (const pack of packs) {
    // The passage test (speakers and the places that speak for them) rather than `mayMatch`
    // (speakers): the scan needs it anyway, and its pattern costs ~20 ms to build.
    if (!passageTestFor(pack)(text)) continue;
    let compiled: CompiledPack | undefined;
    const steps = (function* () {
      compiled = yield* compilePackSteps(pack, { scripts });
    })();
    try {
      if (!(await runChunked(steps, signal)) || !compiled) continue;
      out.push({ pack, compiled, mayReport: passageTestFor(pack) });
    } catch (err) {
      console.debug('[counterpoint] pack', pack.id, err);
    }
  }
  return out;
}

/** The page's text for the precheck: `textContent` (no layout, unlike `innerText`). */
const pageText = (root: Node | null = document.body): string => root?.textContent ?? '';

function documentOrder(a: MarkGroup, b: MarkGroup): number {
  const x = a.marks[0];
  const y = b.marks[0];
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Resolve when the page is idle (at most {@link IDLE_TIMEOUT_MS} later): compiling the packs is
 * one uninterruptible call, so it waits until the page has finished loading its own things.
 */
const IDLE_TIMEOUT_MS = 500;
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });

export async function main(signal: AbortSignal): Promise<void> {
  let settings = await loadSettings();
  let dismissed = new Set(await loadDismissed());
  await whenIdle();
  let packs = isSiteEnabled(settings, location.hostname) ? await compileActive(settings, signal) : [];
  let hidden = false;
  const active = () => isSiteEnabled(settings, location.hostname) && !hidden;

  const ui = hostSurface.start(signal);
  const setState = (s: 'scanning' | 'idle' | 'off') => ui.host.setAttribute('data-counterpoint-state', s);
  const styles = stylesSurface.start(signal, ui.host, settings.markStyle);
  const highlighter = highlighterSurface.start(signal);
  const tooltip = tooltipSurface.start(signal, {
    shadow: ui.shadow,
    highlighter,
    matchesOf: (g) => g.data as PackMatch[],
    lang: () => readerLang(settings),
    onDismiss: (g, claimId) => void dismiss(claimId),
  });

  const describe = (claims: string[], matches: readonly PackMatch[]): string => {
    const lang = readerLang(settings);
    const summaries = claims.map((id) => {
      for (const { pack } of matches) {
        const c = pack.claims.find((x) => x.id === id);
        if (c) return pick(c.summary, lang);
      }
      return id;
    });
    return t('contentMarkDescription', [summaries.join('; ')]);
  };

  const pageState = (): PageState => {
    const groups = highlighter.groups().sort(documentOrder);
    const sentences: MarkedSentence[] = groups.map((g) => ({
      group: g.id,
      claims: [...g.claims],
      excerpt: g.text.length > 160 ? `${g.text.slice(0, 157)}…` : g.text,
    }));
    return {
      url: location.href,
      title: document.title,
      outlet: outletName(),
      enabled: isSiteEnabled(settings, location.hostname),
      hidden,
      sentences,
      summaries: packs.map(({ pack }) => {
        const ids = new Set(pack.claims.map((c) => c.id));
        return summarizeCoverage(
          pack,
          groups.map((g) => ({ claims: g.claims.filter((c) => ids.has(c)) })).filter((m) => m.claims.length),
        );
      }),
    };
  };

  let observer: observerSurface.PageObserver | undefined;
  const quiet = <T>(fn: () => T): T => (observer ? observer.quiet(fn) : fn());
  let pendingScans = 0;
  const track = (p: Promise<void>) => {
    pendingScans++;
    setState('scanning');
    void p.finally(() => {
      if (--pendingScans === 0) {
        ui.host.setAttribute('data-counterpoint-longest-slice', stats.longestSliceMs.toFixed(1));
        setState(active() ? 'idle' : 'off');
      }
    });
  };

  const messaging = messagingSurface.start(signal, {
    state: pageState,
    reveal: (claim) => reveal(claim),
    toggle: () => shortcut.trigger(),
  });

  const scanner = createScanner(signal, {
    highlighter,
    quiet,
    packs: () => packs,
    isDismissed: (id) => dismissed.has(id),
    describe,
    onScanned: () => {
      tooltip.sync();
      messaging.report(pageState());
    },
  });

  /** Bring the page in line with the settings: marks on (full scan) or off (all removed). */
  const apply = async () => {
    if (active() && !packs.length && settings.activePacks.length) packs = await compileActive(settings, signal);
    if (active() && packs.length) {
      track(scanner.rescanAll());
    } else {
      tooltip.closeAll();
      quiet(() => highlighter.removeAll());
      setState('off');
      messaging.report(pageState());
    }
  };

  const dismiss = async (claimId: string) => {
    dismissed.add(claimId);
    quiet(() => {
      for (const g of highlighter.groups()) {
        if (!g.claims.includes(claimId)) continue;
        const rest = g.claims.filter((c) => c !== claimId);
        if (rest.length) highlighter.update(g, rest, describe(rest, g.data as PackMatch[]));
        else highlighter.remove(g);
      }
    });
    tooltip.sync();
    messaging.report(pageState());
    try {
      const got = await browser.storage.local.get(STORAGE_KEYS.dismissed);
      const all = { ...((got[STORAGE_KEYS.dismissed] as DismissedMarks | undefined) ?? {}) };
      const key = dismissedPageKey(location.href);
      all[key] = [...new Set([...(all[key] ?? []), claimId])];
      await browser.storage.local.set({ [STORAGE_KEYS.dismissed]: all });
    } catch (err) {
      console.debug('[counterpoint] dismiss', err);
    }
  };

  const reveal = (claim: string): boolean => {
    const group = highlighter.groups().sort(documentOrder).find((g) => g.claims.includes(claim));
    if (!group) return false;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    group.marks[0].scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    // Under reduced motion the CSS shows a steady outline instead of a flashing one.
    for (const m of group.marks) m.setAttribute('data-counterpoint-flash', '');
    setTimeout(() => {
      for (const m of group.marks) m.removeAttribute('data-counterpoint-flash');
    }, FLASH_MS);
    return true;
  };

  const shortcut = shortcutSurface.start(signal, () => {
    hidden = !hidden;
    void apply();
    tooltip.announce(t(hidden ? 'contentMarksHidden' : 'contentMarksShown'));
  });

  observer = observerSurface.start(signal, {
    root: document.documentElement,
    isOurs: (n) => n === ui.host || ui.host.contains(n),
    onHostRemoved: () => ui.ensureAttached(),
    onChange: (blocks) => {
      if (!active()) return;
      const texts = blocks.map((b) => pageText(b));
      const text = texts.join('\n');
      if (!packs.length) {
        // Nothing compiled yet (the page could not match so far): only new text that may match
        // makes it worth compiling, and then the whole page is scanned.
        if (!settings.activePacks.length || !texts.some((t) => t.length)) return;
        track(
          compileActive(settings, signal, text).then((compiled) => {
            // Another compile finished first: keep it if it covers the page as it is now.
            const page = pageText();
            if (!compiled.length || (packs.length && packs.every((p) => compiledFor(p.compiled, page)))) return;
            packs = compiled;
            return scanner.rescanAll();
          }),
        );
        return;
      }
      if (packs.some((p) => !compiledFor(p.compiled, text))) {
        // Text in a script the packs were not compiled for (a Greek article loaded into the page).
        track(
          compileActive(settings, signal).then((compiled) => {
            packs = compiled;
            return scanner.rescanAll();
          }),
        );
        return;
      }
      track(scanner.scanBlocks(blocks));
    },
  });

  const onStorage = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'local' || signal.aborted) return;
    void (async () => {
      let rescan = false;
      if (changes[STORAGE_KEYS.settings]) {
        const before = settings;
        settings = await loadSettings();
        if (JSON.stringify(before.markStyle) !== JSON.stringify(settings.markStyle)) styles.set(settings.markStyle);
        if (before.translateTo !== settings.translateTo) tooltip.sync();
        if (JSON.stringify(before.activePacks) !== JSON.stringify(settings.activePacks)) {
          packs = await compileActive(settings, signal);
          rescan = true;
        }
        if (isSiteEnabled(before, location.hostname) !== isSiteEnabled(settings, location.hostname)) rescan = true;
      }
      if (changes[STORAGE_KEYS.packs]) {
        packs = await compileActive(settings, signal);
        rescan = true;
      }
      if (changes[STORAGE_KEYS.dismissed]) {
        const next = new Set(await loadDismissed());
        if ([...next].join() !== [...dismissed].join() || next.size !== dismissed.size) {
          const restored = [...dismissed].some((id) => !next.has(id));
          dismissed = next;
          if (restored) rescan = true;
        }
      }
      if (rescan) await apply();
    })().catch((err) => console.debug('[counterpoint] settings', err));
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });

  await apply();
}

