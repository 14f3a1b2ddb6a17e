/**
 * Background: service worker in Chrome, event page (background scripts) in Firefox. It keeps no
 * state in memory (a service worker is stopped after 30 s idle): a tab's last page state lives in
 * storage.session, the comparison history in storage.local.
 *
 * - `cs-bg-page-state` from a content script → badge (number of distinct claims, per tab),
 *   session state for the popup, a history row when the page reports a claim;
 * - navigation or a closed tab → badge and session state cleared;
 * - the `toggle-marks` shortcut → `bg-cs-toggle-marks` to the active tab;
 * - `cs-bg-may-report` from a content script's entry → whether the page may report a claim, and
 *   settings or packs changed → the precheck record and the open pages told (precheck.ts);
 * - host permissions missing (Firefox) → badge "!" and a plain-words title (see firefox-quirks.ts).
 */
import browser, { type Runtime } from '../shared/browser';
import { tabStateKey, type BackgroundToContent, type ContentToBackground, type PageState, type PopupToBackground } from '../shared/messages';
import { loadHistory, saveHistory } from '../shared/settings';
import { hasHostPermission, watchHostPermission } from './firefox-quirks';
import { badgeText, historyUrl, recordVisit } from './page-summary';
import { keepPrecheck, mayReport } from './precheck';

const BADGE_COLOR = '#3454d1';

/** History writes one after another, so two tabs reporting at once never lose a row. */
let historyQueue: Promise<void> = Promise.resolve();

async function onPageState(state: PageState, sender: Runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  if (tab?.id === undefined || sender.frameId) return; // top frame of a tab only
  const tabId = tab.id;
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await browser.action.setBadgeText({ tabId, text: badgeText(state) }).catch(() => undefined);
  // Private windows leave no trace: nothing is written to the history from them.
  if (tab.incognito) return;
  historyQueue = historyQueue
    .then(async () => {
      const rows = await loadHistory();
      const next = recordVisit(rows, state, new Date().toISOString());
      if (next.length !== rows.length || next.some((r, i) => r !== rows[i])) await saveHistory(next);
    })
    .catch((err) => console.error('Counterpoint: could not save history', err));
  await historyQueue;
}

async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

async function showPermissionState(granted: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: granted ? '' : '!' });
  await browser.action.setTitle({
    title: browser.i18n.getMessage(granted ? 'actionTitle' : 'actionTitleNeedsPermission'),
  });
}

browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const msg = message as ContentToBackground | PopupToBackground;
  if (msg?.type === 'cs-bg-page-state') return onPageState(msg.state, sender);
  if (msg?.type === 'cs-bg-may-report') return sender.frameId ? Promise.resolve(false) : mayReport(msg.text, sender.url ?? sender.tab?.url);
  if (msg?.type === 'popup-bg-get-tab-state') {
    const key = tabStateKey(msg.tabId);
    return browser.storage.session.get(key).then((got) => (got[key] as PageState | undefined) ?? null);
  }
  return undefined;
});

browser.tabs.onUpdated.addListener(async (tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  // A new document: its content script reports again after its first scan. A jump to a #fragment
  // of the same page keeps its document, its marks and so its badge.
  if (changeInfo.url) {
    const key = tabStateKey(tabId);
    const last = (await browser.storage.session.get(key))[key] as PageState | undefined;
    if (last && historyUrl(last.url) === historyUrl(changeInfo.url)) return;
  }
  await clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabStateKey(tabId)));

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-marks') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: BackgroundToContent = { type: 'bg-cs-toggle-marks' };
  await browser.tabs.sendMessage(tab.id, msg).catch(() => undefined); // no content script on this tab
});

watchHostPermission((granted) => void showPermissionState(granted));
void hasHostPermission().then(showPermissionState);
keepPrecheck();
