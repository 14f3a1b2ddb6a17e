/** Content script entry: runs on http(s) pages only (see manifest.json). */
const host = document.createElement('counterpoint-ui');
host.setAttribute('data-counterpoint-state', 'ready');
document.documentElement.append(host);
