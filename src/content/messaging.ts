/**
 * The content script's side of the messages in src/shared/messages.ts: answers the popup
 * (`popup-cs-get-state`, `popup-cs-reveal-claim`), obeys the background (`bg-cs-toggle-marks`)
 * and reports to it (`cs-bg-page-state`).
 */
import browser from '../shared/browser';
import type { BackgroundToContent, ContentToBackground, PageState, PopupToContent } from '../shared/messages';

export interface MessageHandlers {
  state(): PageState;
  reveal(claim: string): boolean;
  toggle(): void;
}

export interface Messaging {
  /** Send the page state to the background when it differs from the last one sent. */
  report(state: PageState): void;
}

/** Listen for messages; aborting `signal` stops listening. */
export function start(signal: AbortSignal, handlers: MessageHandlers): Messaging {
  const listener = (raw: unknown): Promise<unknown> | undefined => {
    const msg = raw as PopupToContent | BackgroundToContent | undefined;
    if (!msg || typeof msg !== 'object' || signal.aborted) return undefined;
    switch (msg.type) {
      case 'popup-cs-get-state':
        return Promise.resolve(handlers.state());
      case 'popup-cs-reveal-claim':
        return Promise.resolve(handlers.reveal(msg.claim));
      case 'bg-cs-toggle-marks':
        handlers.toggle();
        return Promise.resolve(true);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });

  let lastSent = '';
  return {
    report(state) {
      const key = JSON.stringify([state.url, state.enabled, state.hidden, state.sentences.map((s) => s.claims)]);
      if (key === lastSent) return;
      lastSent = key;
      const message: ContentToBackground = { type: 'cs-bg-page-state', state };
      browser.runtime.sendMessage(message).catch(() => {
        // No listener (background asleep or reloading): the popup asks for the state anyway.
      });
    },
  };
}
