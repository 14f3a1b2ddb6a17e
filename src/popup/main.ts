/**
 * The popup: what the current tab reports, grouped by side and speaker, which replies of the
 * other side it leaves out, and the reader's switches (this site, pause everywhere).
 *
 * `?tab=ID` describes that tab instead of the active one (the tests open the popup as a page).
 */
import type { ClaimPack } from '../core';
import browser from '../shared/browser';
import { localizePage, t } from '../shared/i18n';
import type { PageState, PopupToBackground, PopupToContent } from '../shared/messages';
import { loadAllPacks } from '../shared/packs';
import { isSiteEnabled, loadSettings, saveSettings, STORAGE_KEYS, type Settings } from '../shared/settings';
import { hasHostPermission, requestHostPermission } from '../background/firefox-quirks';
import { renderClaims } from './claims-view';

/** How long the content script gets to answer before the popup falls back to the background's copy (ms). */
const CONTENT_TIMEOUT_MS = 1500;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageState(tabId: number): Promise<PageState | null> {
  const ask: PopupToContent = { type: 'popup-cs-get-state' };
  const fromContent = browser.tabs.sendMessage(tabId, ask).then(
    (s) => (s && typeof s === 'object' ? (s as PageState) : null),
    () => null,
  );
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), CONTENT_TIMEOUT_MS));
  const state = await Promise.race([fromContent, timeout]);
  if (state) return state;
  const fallback: PopupToBackground = { type: 'popup-bg-get-tab-state', tabId };
  return ((await browser.runtime.sendMessage(fallback).catch(() => null)) as PageState | null) ?? null;
}

function hostnameOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function setStatus(key: string, substitutions?: string[], tone: 'info' | 'warn' = 'info'): void {
  const status = $('status');
  status.replaceChildren();
  const p = document.createElement('p');
  p.className = `notice ${tone === 'warn' ? 'warn' : ''}`;
  p.id = 'status-message';
  p.textContent = t(key, substitutions);
  status.append(p);
}

interface View {
  tabId: number;
  host: string | null;
  settings: Settings;
  packs: ClaimPack[];
  state: PageState | null;
  permitted: boolean;
}

function render(v: View): void {
  const siteSwitch = $<HTMLInputElement>('site-switch');
  const pauseSwitch = $<HTMLInputElement>('pause-switch');
  $('site-label').textContent = v.host ? t('popupSiteSwitch', v.host) : t('popupSiteSwitchNone');
  siteSwitch.disabled = !v.host || v.settings.paused;
  siteSwitch.checked = !!v.host && !v.settings.deniedSites.includes(v.host) &&
    (v.settings.allowedSites.length === 0 || v.settings.allowedSites.includes(v.host));
  pauseSwitch.checked = v.settings.paused;
  $('permission').hidden = v.permitted || !v.host;
  $('page').textContent = v.state ? [v.state.outlet, v.state.title].filter(Boolean).join(' — ') : '';

  const claims = $('claims');
  claims.replaceChildren();
  $('status').replaceChildren();
  if (!v.host) return setStatus('popupNotANewsPage');
  if (v.settings.paused) return setStatus('popupPaused');
  if (!isSiteEnabled(v.settings, v.host)) return setStatus('popupSiteOff', [v.host]);
  if (!v.permitted && !v.state) return setStatus('popupNoPermissionYet', undefined, 'warn');
  if (!v.state) return setStatus('popupNotRead');
  const reported = v.state.summaries.some((s) => s.reported.length > 0);
  if (!reported) return setStatus('popupNothingFound');
  if (v.state.hidden) setStatus('popupMarksHidden');
  claims.append(renderClaims(v.state, v.packs, (claim) => reveal(v.tabId, claim)));
}

function reveal(tabId: number, claim: string): void {
  const msg: PopupToContent = { type: 'popup-cs-reveal-claim', claim };
  void browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}

async function main(): Promise<void> {
  localizePage();
  const tabId = await targetTabId();
  if (tabId === undefined) return setStatus('popupNotANewsPage');
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const host = hostnameOf(tab?.url ?? undefined);
  const [settings, packs, permitted, state] = await Promise.all([
    loadSettings(),
    loadAllPacks(),
    hasHostPermission(),
    host ? pageState(tabId) : Promise.resolve(null),
  ]);
  const view: View = { tabId, host, settings, packs, state, permitted };
  render(view);
  $('app').setAttribute('aria-busy', 'false');

  $<HTMLInputElement>('site-switch').addEventListener('change', async (e) => {
    if (!view.host) return;
    const on = (e.target as HTMLInputElement).checked;
    const s = await loadSettings();
    const deniedSites = s.deniedSites.filter((h) => h !== view.host);
    if (!on) deniedSites.push(view.host);
    const allowedSites = on && s.allowedSites.length > 0 && !s.allowedSites.includes(view.host)
      ? [...s.allowedSites, view.host]
      : s.allowedSites;
    view.settings = await saveSettings({ deniedSites, allowedSites });
    render(view);
  });
  $<HTMLInputElement>('pause-switch').addEventListener('change', async (e) => {
    view.settings = await saveSettings({ paused: (e.target as HTMLInputElement).checked });
    render(view);
  });
  $('grant').addEventListener('click', () => {
    // Synchronously in the click: the browsers only ask the user from a gesture.
    void requestHostPermission().then((granted) => {
      view.permitted = granted;
      render(view);
    }, () => undefined);
  });
  // Links open the extension's pages in a tab (a popup's own navigation would replace it).
  for (const id of ['open-compare', 'open-options']) {
    $<HTMLAnchorElement>(id).addEventListener('click', (e) => {
      e.preventDefault();
      const url = browser.runtime.getURL(id === 'open-compare' ? 'src/compare/index.html' : 'src/options/index.html');
      void browser.tabs.create({ url }).then(() => window.close());
    });
  }

  // The content script re-scans when settings change and tells the background: follow it.
  let refresh: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[STORAGE_KEYS.settings]) {
      view.settings = { ...view.settings, ...(changes[STORAGE_KEYS.settings].newValue as Settings) };
    }
    clearTimeout(refresh);
    refresh = setTimeout(async () => {
      if (view.host) view.state = await pageState(tabId);
      render(view);
    }, 250);
  });
}

void main();
