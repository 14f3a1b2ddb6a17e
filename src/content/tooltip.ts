/**
 * The tooltip (hover or keyboard focus on a mark) and the pinned dialog (click or Enter), inside
 * our host's open shadow root so page CSS cannot reach them. One tooltip at a time; positioned by
 * @floating-ui/dom (flips, shifts, follows scrolling, never over its mark); shown in the top layer
 * (`popover="manual"`) where the browser has it, so page stacking contexts cannot bury it.
 *
 * Content is built with createElement/textContent only (./claim-card.ts).
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { buildClaimViews, renderClaimCard, type ClaimView, type PackMatch } from './claim-card';
import type { Highlighter, MarkGroup } from './highlighter';
import { t } from './i18n';
import { MARK_TAG } from './page-text';

export interface TooltipDeps {
  shadow: ShadowRoot;
  highlighter: Highlighter;
  /** The matches behind a group, and the reader's language. */
  matchesOf(group: MarkGroup): readonly PackMatch[];
  lang(): string;
  /** The reader says a claim's mark on this sentence is wrong. */
  onDismiss(group: MarkGroup, claimId: string): void;
}

export interface Tooltip {
  /** Hide the tooltip and close the dialog (marks removed, page hidden…). */
  closeAll(): void;
  /** Re-render what is open (language changed) or close it if its group is gone. */
  sync(): void;
  /** Say something to screen readers (polite live region). */
  announce(text: string): void;
}

/** Delay before a hover tooltip appears, ms: long enough to skip pointers passing through. */
const SHOW_DELAY_MS = 120;
/** Delay before a hover tooltip hides, ms: time to move the pointer onto the tooltip (WCAG 1.4.13). */
const HIDE_DELAY_MS = 300;

const CSS = `
.tip, .dialog {
  position: fixed; inset: auto; top: 0; left: 0; margin: 0;
  box-sizing: border-box; width: max-content; max-width: min(420px, calc(100vw - 16px));
  max-height: min(70vh, 560px); overflow: auto;
  padding: 12px 14px; border: 1px solid #5f6368; border-radius: 8px;
  background: #ffffff; color: #1f1f1f;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-style: normal; font-weight: 400; letter-spacing: normal; text-align: start; text-transform: none;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.28); pointer-events: auto; z-index: 2147483647;
  user-select: none; -webkit-user-select: none;
}
.tip[hidden], .dialog[hidden] { display: none; }
.heading { margin: 0 0 8px; font-size: 12px; font-weight: 600; color: #5f6368; text-transform: uppercase; letter-spacing: 0.04em; }
.dialog .bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 8px; }
.dialog h2 { margin: 0; font-size: 12px; font-weight: 600; color: #5f6368; text-transform: uppercase; letter-spacing: 0.04em; }
.card + .card { margin-top: 10px; padding-top: 10px; border-top: 1px solid #dadce0; }
p { margin: 0 0 6px; }
.summary { font-weight: 600; font-size: 15px; }
.speaker { color: #3c4043; }
.label { margin: 6px 0 2px; font-size: 12px; color: #5f6368; }
.label-inline { font-size: 12px; color: #5f6368; }
blockquote { margin: 0 0 6px; padding: 0 0 0 10px; border-left: 3px solid #9aa0a6; font-style: italic; }
.no-reply { font-style: italic; color: #5f6368; }
.reference, .why, .hint { font-size: 12px; color: #5f6368; }
.hint { margin: 8px 0 0; }
.actions { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; margin-top: 10px; }
a, button {
  font: inherit; font-size: 13px; color: #1a56db; background: none; border: 1px solid #1a56db; border-radius: 6px;
  padding: 4px 10px; cursor: pointer; text-decoration: none; text-align: start;
}
button.close { border-color: #5f6368; color: #3c4043; padding: 2px 8px; }
a:focus-visible, button:focus-visible, .dialog:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.reference-text { max-height: 40vh; overflow: auto; white-space: pre-wrap; border: 1px solid #dadce0; border-radius: 6px;
  padding: 8px; font-size: 13px; user-select: text; -webkit-user-select: text; }
.reference-text h3 { margin: 0 0 6px; font-size: 14px; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .tip, .dialog { background: #202124; color: #e8eaed; border-color: #9aa0a6; }
  .heading, .dialog h2, .label, .label-inline, .reference, .why, .hint, .no-reply { color: #bdc1c6; }
  .speaker { color: #e8eaed; }
  a, button { color: #8ab4ff; border-color: #8ab4ff; }
  button.close { color: #e8eaed; border-color: #bdc1c6; }
  .card + .card, .reference-text { border-color: #5f6368; }
}
@media (forced-colors: active) {
  .tip, .dialog { background: Canvas; color: CanvasText; border: 2px solid CanvasText; box-shadow: none; }
  a { color: LinkText; border-color: LinkText; }
  button { color: ButtonText; border-color: ButtonText; }
}
@media print { .tip, .dialog { display: none !important; } }
`;

const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const p = new URL(url).protocol;
    return p === 'https:' || p === 'http:';
  } catch {
    return false;
  }
}

/** Build the tooltip and dialog; aborting `signal` removes them and every listener. */
export function start(signal: AbortSignal, deps: TooltipDeps): Tooltip {
  const { shadow, highlighter } = deps;
  const doc = shadow.ownerDocument;

  const style = doc.createElement('style');
  style.textContent = CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'counterpoint-tooltip';
  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-labelledby', 'counterpoint-dialog-title');
  dialog.tabIndex = -1;
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('aria-live', 'polite');
  for (const e of [tip, dialog]) {
    if (canPopover) e.setAttribute('popover', 'manual');
    else e.hidden = true;
  }
  shadow.append(style, tip, dialog, live);

  let tipGroup: MarkGroup | undefined;
  let dialogGroup: MarkGroup | undefined;
  let stopTip: (() => void) | undefined;
  let stopDialog: (() => void) | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Focus we move back to a mark ourselves must not reopen the tooltip. */
  let quietFocus = false;

  const open = (e: HTMLElement) => {
    if (canPopover) {
      if (!e.matches(':popover-open')) e.showPopover();
    } else e.hidden = false;
  };
  const close = (e: HTMLElement) => {
    if (canPopover) {
      if (e.matches(':popover-open')) e.hidePopover();
    } else e.hidden = true;
  };

  const reference = (group: MarkGroup): VirtualElement => ({
    getBoundingClientRect() {
      const rects = group.marks.filter((m) => m.isConnected).map((m) => m.getBoundingClientRect());
      if (rects.length === 0) return new DOMRect();
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    },
    getClientRects() {
      return group.marks.flatMap((m) => [...m.getClientRects()]) as unknown as DOMRectList;
    },
    contextElement: group.marks[0],
  });

  const place = (floating: HTMLElement, group: MarkGroup): (() => void) => {
    const ref = reference(group);
    return autoUpdate(ref, floating, () => {
      computePosition(ref, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.min(560, availableHeight))}px`;
            },
          }),
          hide(),
        ],
      })
        .then(({ x, y, middlewareData }) => {
          floating.style.left = `${Math.round(x)}px`;
          floating.style.top = `${Math.round(y)}px`;
          floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
        })
        .catch(() => {});
    });
  };

  const views = (group: MarkGroup): ClaimView[] => buildClaimViews(deps.matchesOf(group), group.claims, deps.lang());

  const renderTip = (group: MarkGroup) => {
    const heading = doc.createElement('p');
    heading.className = 'heading';
    heading.textContent = t('contentTooltipHeading');
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.textContent = t('contentPinHint');
    tip.replaceChildren(heading, ...views(group).map((v) => renderClaimCard(doc, v, deps.lang())), hint);
  };

  const renderDialog = (group: MarkGroup) => {
    const bar = doc.createElement('div');
    bar.className = 'bar';
    const title = doc.createElement('h2');
    title.id = 'counterpoint-dialog-title';
    title.textContent = t('contentTooltipHeading');
    const closeBtn = doc.createElement('button');
    closeBtn.type = 'button';
    closeBtn.className = 'close';
    closeBtn.textContent = t('contentClose');
    closeBtn.addEventListener('click', () => closeDialog(true));
    bar.append(title, closeBtn);

    const vs = views(group);
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const refs = new Map<string, ClaimView['reference']>();
    for (const v of vs) if (!refs.has(v.packId)) refs.set(v.packId, v.reference);
    for (const ref of refs.values()) {
      if (isWebUrl(ref.url)) {
        const a = doc.createElement('a');
        a.href = ref.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = t('contentOpenReference');
        actions.append(a);
      } else {
        // No address: the pack carries the article's text, so show it here.
        const btn = doc.createElement('button');
        btn.type = 'button';
        btn.className = 'show-reference';
        btn.textContent = t('contentShowReference');
        btn.setAttribute('aria-expanded', 'false');
        const box = doc.createElement('div');
        box.className = 'reference-text';
        box.hidden = true;
        box.tabIndex = 0;
        const h = doc.createElement('h3');
        h.textContent = ref.title;
        const body = doc.createElement('div');
        body.textContent = ref.text;
        box.append(h, body);
        btn.addEventListener('click', () => {
          box.hidden = !box.hidden;
          btn.setAttribute('aria-expanded', String(!box.hidden));
          btn.textContent = t(box.hidden ? 'contentShowReference' : 'contentHideReference');
        });
        actions.append(btn, box);
      }
    }
    for (const v of vs) {
      const btn = doc.createElement('button');
      btn.type = 'button';
      btn.className = 'dismiss';
      btn.dataset.claim = v.claimId;
      btn.textContent = t('contentDismiss', [v.summary]);
      btn.addEventListener('click', () => {
        closeDialog(false);
        deps.onDismiss(group, v.claimId);
        const next = highlighter.groups().find((g) => g.id === group.id);
        if (next) focusMark(next);
      });
      actions.append(btn);
    }
    dialog.replaceChildren(bar, ...vs.map((v) => renderClaimCard(doc, v, deps.lang())), actions);
  };

  const clearTimers = () => {
    if (showTimer) clearTimeout(showTimer);
    if (hideTimer) clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  };

  const showTip = (group: MarkGroup) => {
    clearTimers();
    if (dialogGroup) return;
    if (tipGroup === group) return;
    stopTip?.();
    tipGroup = group;
    renderTip(group);
    open(tip);
    stopTip = place(tip, group);
  };

  const hideTip = () => {
    clearTimers();
    stopTip?.();
    stopTip = undefined;
    tipGroup = undefined;
    close(tip);
  };

  const scheduleHide = () => {
    if (showTimer) clearTimeout(showTimer);
    showTimer = undefined;
    if (!hideTimer && tipGroup) hideTimer = setTimeout(hideTip, HIDE_DELAY_MS);
  };

  const focusMark = (group: MarkGroup) => {
    const first = group.marks[0];
    if (!first?.isConnected) return;
    quietFocus = true;
    first.focus();
    quietFocus = false;
  };

  const pin = (group: MarkGroup) => {
    hideTip();
    stopDialog?.();
    dialogGroup = group;
    renderDialog(group);
    open(dialog);
    stopDialog = place(dialog, group);
    dialog.focus({ preventScroll: true });
  };

  function closeDialog(returnFocus: boolean) {
    const group = dialogGroup;
    stopDialog?.();
    stopDialog = undefined;
    dialogGroup = undefined;
    close(dialog);
    if (returnFocus && group) focusMark(group);
  }

  const markGroup = (target: EventTarget | null): MarkGroup | undefined => {
    const el = (target as Node | null)?.nodeType === 1 ? (target as Element).closest(MARK_TAG) : null;
    return el ? highlighter.groupOf(el) : undefined;
  };

  const opts = { capture: true, signal } as const;
  doc.addEventListener(
    'pointerover',
    (e) => {
      const group = markGroup(e.target);
      if (!group || dialogGroup) return;
      if (hideTimer) clearTimeout(hideTimer);
      hideTimer = undefined;
      if (tipGroup === group) return;
      if (showTimer) clearTimeout(showTimer);
      showTimer = setTimeout(() => showTip(group), SHOW_DELAY_MS);
    },
    opts,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      const from = markGroup(e.target);
      if (!from) return;
      if (markGroup(e.relatedTarget) === from) return;
      scheduleHide();
    },
    opts,
  );
  tip.addEventListener('pointerenter', () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = undefined;
  });
  tip.addEventListener('pointerleave', scheduleHide);
  doc.addEventListener(
    'focusin',
    (e) => {
      const group = markGroup(e.target);
      if (group && !quietFocus && !dialogGroup) showTip(group);
    },
    opts,
  );
  doc.addEventListener(
    'focusout',
    (e) => {
      if (markGroup(e.target) && tipGroup) hideTip();
    },
    opts,
  );
  doc.addEventListener(
    'click',
    (e) => {
      const group = markGroup(e.target);
      if (!group) {
        // A click elsewhere on the page closes the dialog (focus stays where the reader clicked).
        if (dialogGroup && !e.composedPath().includes(dialog)) closeDialog(false);
        return;
      }
      // A link inside (or around) the sentence keeps working as a link.
      if ((e.target as Element).closest('a[href]')) return;
      pin(group);
    },
    opts,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        if (dialogGroup && e.composedPath().includes(dialog)) {
          e.preventDefault();
          e.stopPropagation();
          closeDialog(true);
        } else if (tipGroup) {
          hideTip();
        }
        return;
      }
      if ((e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const group = markGroup(e.target);
        if (group && e.target === group.marks[0]) {
          e.preventDefault();
          pin(group);
        }
      }
    },
    opts,
  );

  signal.addEventListener(
    'abort',
    () => {
      hideTip();
      closeDialog(false);
      style.remove();
      tip.remove();
      dialog.remove();
      live.remove();
    },
    { once: true },
  );

  return {
    closeAll() {
      hideTip();
      closeDialog(false);
    },
    sync() {
      const live = new Set(highlighter.groups());
      if (tipGroup) {
        if (live.has(tipGroup)) renderTip(tipGroup);
        else hideTip();
      }
      if (dialogGroup) {
        if (live.has(dialogGroup)) renderDialog(dialogGroup);
        else closeDialog(false);
      }
    },
    announce(text) {
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
  };
}
