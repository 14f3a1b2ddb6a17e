/**
 * Host permissions, which Firefox treats differently from Chrome.
 *
 * In Chrome, `host_permissions` are granted at install (a user may still withhold them per site).
 * In Firefox's MV3 they are optional: the user can decline them at install or revoke them later
 * in about:addons, and then the content script never runs. So we check, tell the reader in plain
 * words (badge "!" and a notice in the popup), and ask again only from a click (the browsers
 * refuse `permissions.request` outside a user gesture).
 *
 * Imported by the background and by the popup; no side effects at import.
 */
import browser from '../shared/browser';

/** The origins the content script needs (manifest.json `host_permissions`). */
export const HOST_ORIGINS = ['http://*/*', 'https://*/*'];

/** Whether Counterpoint may read http(s) pages. */
export async function hasHostPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: HOST_ORIGINS });
  } catch {
    return false;
  }
}

/**
 * Ask the user for the host permissions. Call it synchronously from a click handler (no `await`
 * before it). In Firefox the popup closes when the permission prompt opens, so the answer may
 * never reach the caller: the background listens to `permissions.onAdded` instead.
 */
export function requestHostPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: HOST_ORIGINS });
}

/** Call `onChange` whenever host permissions are granted or revoked. */
export function watchHostPermission(onChange: (granted: boolean) => void): void {
  const check = () => void hasHostPermission().then(onChange);
  browser.permissions.onAdded.addListener(check);
  browser.permissions.onRemoved.addListener(check);
}
