/**
 * UI strings of the content script (assets/locales/<lang>/content.json, keys prefixed `content`),
 * read through the extension's i18n API, plus the language tooltips translate into.
 */
import browser from '../shared/browser';
import type { Settings } from '../shared/settings';

/** A UI string, with `$1`… substitutions. Falls back to the key so a missing string is visible, not blank. */
export function t(key: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

/** The primary language subtag the reader reads: `translateTo`, or the browser's UI language for `auto`. */
export function readerLang(settings: Pick<Settings, 'translateTo'>): string {
  const tag = settings.translateTo && settings.translateTo !== 'auto' ? settings.translateTo : browser.i18n.getUILanguage();
  return (tag || 'en').split(/[-_]/)[0].toLowerCase();
}
