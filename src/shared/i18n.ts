/**
 * Localising the extension's pages through the browsers' i18n (`_locales/<lang>/messages.json`,
 * built from assets/locales): the UI follows the browser's language, English when we lack it.
 *
 * In HTML, `data-i18n="key"` sets an element's text and `data-i18n-attr="attr:key;attr:key"`
 * sets attributes (aria-label, title, placeholder). Text only: nothing is parsed as HTML.
 */
import type { LocalizedText } from '../core';
import browser from './browser';

/** Languages the UI is written in (assets/locales/<lang>/). */
export const UI_LANGS = ['en', 'fr', 'uk'] as const;

/** The message `key` with `$1`…`$9` substitutions; the key itself when a message is missing (visible, never blank). */
export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? undefined : Array.isArray(substitutions) ? substitutions : [substitutions];
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * The language the pages are shown in: the one of the `_locales` the browser picked for us (each
 * locale's `viewsLang` message names it). Not `i18n.getUILanguage()`, which Chromium on Linux
 * reports as en-US even when it serves the French or Ukrainian messages.
 */
export function pageLanguage(): string {
  const lang = browser.i18n.getMessage('viewsLang');
  return (UI_LANGS as readonly string[]).includes(lang) ? lang : 'en';
}

/**
 * A pack's {@link LocalizedText} in the reader's language: `lang`, then English, then the
 * first language the pack has. Never throws on an empty record (returns '').
 */
export function pickText(text: LocalizedText | undefined, lang = pageLanguage()): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Localise `root`'s `data-i18n` and `data-i18n-attr` elements and set the document's lang and dir. */
export function localizePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  if (root === document) {
    document.documentElement.lang = pageLanguage();
    document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  }
}

/**
 * Build an element: `el('button', {class: 'x', type: 'button'}, 'text', child)`. Strings become
 * text nodes, so page and pack text can never turn into markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}
