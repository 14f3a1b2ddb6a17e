/**
 * One small interface over a playwright-core page (Chromium) and a puppeteer-core page (Firefox),
 * so the in-page tests read the same in both browsers.
 */
import type { Page as PwPage } from 'playwright-core';
import type { KeyInput, Page as PpPage } from 'puppeteer-core';

export interface Driver {
  name: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  hover(selector: string): Promise<void>;
  /** Move the pointer to the page's top-left corner (off any mark). */
  mouseAway(): Promise<void>;
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Press keys together, e.g. ['Alt', 'Shift', 'K']. */
  press(keys: string[]): Promise<void>;
}

export function playwrightDriver(page: PwPage): Driver {
  return {
    name: 'chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    hover: (s) => page.hover(s),
    mouseAway: () => page.mouse.move(1, 1),
    focus: (s) => page.focus(s),
    click: (s) => page.click(s),
    press: (keys) => page.keyboard.press(keys.join('+')),
  };
}

export function puppeteerDriver(page: PpPage): Driver {
  return {
    name: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    hover: (s) => page.hover(s),
    mouseAway: () => page.mouse.move(1, 1),
    focus: (s) => page.focus(s),
    click: (s) => page.click(s),
    press: async (keys) => {
      const named = keys.map((k) => (k.length === 1 ? k.toUpperCase() : k) as KeyInput);
      for (const k of named) await page.keyboard.down(k);
      for (const k of [...named].reverse()) await page.keyboard.up(k);
    },
  };
}
