/**
 * The in-page scenarios, written once and run in both browsers by content.e2e.ts: what a
 * reader sees on the fixture pages (test/fixtures/pages).
 */
import { expect, it } from 'vitest';
import { expectedFor, hostState, markLayout, readGroups, snapshots, tooltipStyle, uiState, type SeenGroup } from './content-page';
import type { Driver } from './driver';

/** Static fixture pages (their text never changes after load). */
export const STATIC_PAGES = ['en-wire', 'fr-presse', 'uk-novyny', 'hostile'];

export async function waitIdle(d: Driver, timeout = 15_000): Promise<void> {
  await expect.poll(() => d.evaluate(hostState), { timeout, interval: 50 }).toBe('idle');
}

/** Every expected sentence is marked with exactly its claims; every mark is expected; near misses are not marked. */
export function checkMarks(groups: SeenGroup[], slug: string): void {
  const expected = expectedFor(slug);
  for (const want of expected.marks) {
    const got = groups.find((g) => g.text.includes(want.phrase));
    expect(got, `${slug}: a mark on "${want.phrase}"`).toBeTruthy();
    expect(got!.claims, `${slug}: claims of "${want.phrase}"`).toEqual(want.claims);
  }
  for (const g of groups) {
    expect(
      expected.marks.some((w) => g.text.includes(w.phrase)),
      `${slug}: unexpected mark on "${g.text}" [${g.claims}]`,
    ).toBe(true);
    expect(g.tabStops, `${slug}: one Tab stop for "${g.text}"`).toBe(1);
    expect(g.description ?? '').toMatch(/Counterpoint/);
  }
  for (const phrase of expected.unmarked) {
    expect(groups.some((g) => g.text.includes(phrase)), `${slug}: no mark on "${phrase}"`).toBe(false);
  }
}

export interface SuiteContext {
  driver: () => Driver;
  url: (path: string) => string;
}

/** Define the shared scenarios (call inside a describe whose beforeAll opens the browser). */
export function defineContentScenarios(ctx: SuiteContext): void {
  const styles: Record<string, Record<string, string>> = {};

  for (const slug of STATIC_PAGES) {
    it(`marks the right sentences on ${slug}, none on near misses, and leaves the page's text unchanged`, async () => {
      const d = ctx.driver();
      await d.goto(ctx.url(`/${slug}/index.html`));
      await waitIdle(d);
      checkMarks(await d.evaluate(readGroups), slug);
      const snap = await d.evaluate(snapshots);
      expect(snap.nowText).toBe(snap.beforeText);
      const layout = await d.evaluate(markLayout);
      expect(layout.display).toEqual(['inline']);
      expect(layout.sameRects).toBe(true);
    });
  }

  it('shows the tooltip on hover (speaker, side, wording, reply, source, why) and hides it when the pointer leaves', async () => {
    const d = ctx.driver();
    await d.goto(ctx.url('/en-wire/index.html'));
    await waitIdle(d);
    await d.hover('#p-invite counterpoint-mark[data-claim="invitation"]');
    await expect.poll(async () => (await d.evaluate(uiState)).tooltip.visible, { timeout: 5000 }).toBe(true);
    const text = (await d.evaluate(uiState)).tooltip.text;
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('President of Russia');
    expect(text).toContain('Russia');
    expect(text).toContain('Le président russe Vladimir Poutine a invité'); // the reference's own words (French)
    expect(text).toContain('Translation:'); // …and the pack's English translation
    expect(text).toContain('Russian President Vladimir Putin invited Ukrainian President');
    expect(text).toContain("The other side's reply:");
    expect(text).toContain('Volodymyr Zelensky:');
    expect(text).toContain('Reference article (French press coverage)');
    expect(text).toContain('2025');
    expect(text).toContain('Why it matched:');
    styles.plain = await d.evaluate(tooltipStyle);
    await d.mouseAway();
    await expect.poll(async () => (await d.evaluate(uiState)).tooltip.visible, { timeout: 5000 }).toBe(false);
  });

  it('shows the tooltip on keyboard focus, with "no reply" when the reference has none', async () => {
    const d = ctx.driver();
    await d.focus('#p-security counterpoint-mark[tabindex="0"]');
    await expect.poll(async () => (await d.evaluate(uiState)).tooltip.visible, { timeout: 5000 }).toBe(true);
    const text = (await d.evaluate(uiState)).tooltip.text;
    expect(text).toContain('Dmitry Peskov');
    expect(text).toContain('Kremlin spokesman');
    expect(text).toContain('No reply in the reference.');
  });

  it('shows every claim of a sentence that reports several', async () => {
    const d = ctx.driver();
    await d.focus('#p-both counterpoint-mark[tabindex="0"]');
    await expect.poll(async () => (await d.evaluate(uiState)).tooltip.visible, { timeout: 5000 }).toBe(true);
    const cards = await d.evaluate(() =>
      [...document.querySelector('counterpoint-ui')!.shadowRoot!.querySelectorAll<HTMLElement>('[role="tooltip"] .card')].map((c) => c.dataset.claim),
    );
    expect(cards).toEqual(['invitation', 'talk-not-capitulation']);
  });

  it('pins a dialog on Enter with focus inside; Escape closes it and returns focus to the mark', async () => {
    const d = ctx.driver();
    await d.focus('#p-invite counterpoint-mark[tabindex="0"]');
    const group = (await d.evaluate(uiState)).activeGroup;
    expect(group).toBeTruthy();
    await d.press(['Enter']);
    await expect.poll(async () => (await d.evaluate(uiState)).dialog.visible, { timeout: 5000 }).toBe(true);
    let state = await d.evaluate(uiState);
    expect(state.dialog.focusInside).toBe(true);
    expect(state.tooltip.visible).toBe(false);
    expect(state.dialog.text).toContain('Show the reference article');
    expect(state.dialog.text).toContain('Wrong mark');
    await d.press(['Escape']);
    await expect.poll(async () => (await d.evaluate(uiState)).dialog.visible, { timeout: 5000 }).toBe(false);
    state = await d.evaluate(uiState);
    expect(state.activeIsMark).toBe(true);
    expect(state.activeGroup).toBe(group);
  });

  it('pins the dialog on click; its close button returns focus to the mark', async () => {
    const d = ctx.driver();
    await d.click('#p-damage counterpoint-mark[tabindex="0"]');
    await expect.poll(async () => (await d.evaluate(uiState)).dialog.visible, { timeout: 5000 }).toBe(true);
    const shown = await d.evaluate(() => {
      const root = document.querySelector('counterpoint-ui')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.show-reference')!.click();
      const box = root.querySelector<HTMLElement>('.reference-text')!;
      return { hidden: box.hidden, text: box.textContent ?? '' };
    });
    expect(shown.hidden).toBe(false);
    expect(shown.text).toContain('Zelensky');
    await d.evaluate(() => document.querySelector('counterpoint-ui')!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click());
    await expect.poll(async () => (await d.evaluate(uiState)).dialog.visible, { timeout: 5000 }).toBe(false);
    expect((await d.evaluate(uiState)).activeIsMark).toBe(true);
  });

  it('the shortcut removes every mark, restoring the DOM exactly, and brings them back', async () => {
    const d = ctx.driver();
    await d.mouseAway();
    await d.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect((await d.evaluate(readGroups)).length).toBeGreaterThan(0);
    await d.press(['Alt', 'Shift', 'K']);
    await expect.poll(async () => (await d.evaluate(readGroups)).length, { timeout: 5000 }).toBe(0);
    const snap = await d.evaluate(snapshots);
    expect(snap.now).toBe(snap.before);
    await d.press(['Alt', 'Shift', 'K']);
    await waitIdle(d);
    checkMarks(await d.evaluate(readGroups), 'en-wire');
  });

  it("keeps the tooltip's look under a hostile stylesheet, and survives a page that throws", async () => {
    const d = ctx.driver();
    await d.goto(ctx.url('/hostile/index.html'));
    await waitIdle(d);
    await d.focus('counterpoint-mark[tabindex="0"]');
    await expect.poll(async () => (await d.evaluate(uiState)).tooltip.visible, { timeout: 5000 }).toBe(true);
    expect(await d.evaluate(tooltipStyle)).toEqual(styles.plain);
    await d.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('does not load its matcher for names that only a script on the page holds', async () => {
    const d = ctx.driver();
    await d.goto(ctx.url('/script-data/index.html'));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a page that may report a claim gets its host well within this
    expect(await d.evaluate(() => document.querySelectorAll('counterpoint-ui, counterpoint-mark').length)).toBe(0);
  });

  it('marks an article body that arrives after its first look at a page that named nobody', async () => {
    const d = ctx.driver();
    await d.goto(ctx.url('/late-body/index.html'));
    // The page adds its story when the entry says it found nothing to do (test/fixtures/pages/late-body/story.js).
    await expect.poll(() => d.evaluate(() => document.documentElement.dataset.done ?? ''), { timeout: 10_000 }).toBe('1');
    await waitIdle(d);
    checkMarks(await d.evaluate(readGroups), 'late-body');
  });

  it('marks content added after load, and marks again after a script re-renders the article', async () => {
    const d = ctx.driver();
    await d.goto(ctx.url('/dynamic/index.html'));
    await expect.poll(() => d.evaluate(() => document.documentElement.dataset.done ?? ''), { timeout: 10_000 }).toBe('1');
    await expect
      .poll(async () => (await d.evaluate(readGroups)).length, { timeout: 10_000 })
      .toBe(expectedFor('dynamic').marks.length);
    await waitIdle(d);
    checkMarks(await d.evaluate(readGroups), 'dynamic');
    expect(await d.evaluate(() => document.getElementById('app')!.dataset.renders)).toBe('3');
  });
}
