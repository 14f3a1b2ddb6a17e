/** Background: service worker in Chrome, event page (background scripts) in Firefox. */
import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(() => {
  // Placeholder: storage defaults, badge and messages come with the popup and pack store.
});
