/**
 * The WebExtension API with promises in both browsers (Chrome's `chrome.*` through Mozilla's
 * polyfill; Firefox's native `browser.*`). Import the API from here, never `chrome` directly.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs, Storage } from 'webextension-polyfill';
