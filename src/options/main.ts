/**
 * The options page: packs (built-in and imported, which are active), sites where Counterpoint runs
 * or never runs, how marks look, and the language tooltips translate into. Every change is saved
 * at once to storage.local; the content scripts follow through `storage.onChanged`.
 */
import { MAX_PACK_BYTES, type ClaimPack } from '../core';
import { hasHostPermission, requestHostPermission } from '../background/firefox-quirks';
import browser from '../shared/browser';
import { el, localizePage, pageLanguage, pickText, t, UI_LANGS } from '../shared/i18n';
import { addUserPack, BUILT_IN_PACK, loadAllPacks, removeUserPack } from '../shared/packs';
import { loadSettings, saveSettings, STORAGE_KEYS, type MarkStyle, type Settings } from '../shared/settings';
import { checkImport, tooLarge } from './pack-import';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Colours offered next to the free colour picker: each reads well under black and white text. */
const SWATCHES = ['#ffd54f', '#8be28b', '#7cc8ff', '#ff9ec7', '#c9a7ff', '#ffab70'];

let settings: Settings;
let packs: ClaimPack[] = [];

function flashSaved(): void {
  const saved = $('saved');
  saved.textContent = t('optionsSaved');
  setTimeout(() => {
    if (saved.textContent === t('optionsSaved')) saved.textContent = '';
  }, 2000);
}

async function save(patch: Partial<Settings>): Promise<void> {
  settings = await saveSettings(patch);
  flashSaved();
}

// ----------------------------------------------------------------------------------------------
// Packs

function renderPacks(): void {
  const list = $('pack-list');
  list.replaceChildren();
  for (const pack of packs) {
    const builtIn = pack.id === BUILT_IN_PACK.id;
    const id = `pack-${pack.id}`;
    const box = el('input', { type: 'checkbox', id, 'data-pack': pack.id, checked: settings.activePacks.includes(pack.id) });
    box.addEventListener('change', () => {
      const active = settings.activePacks.filter((p) => p !== pack.id);
      if (box.checked) active.push(pack.id);
      // Keep the installed order, so the content script and the popup list packs the same way.
      void save({ activePacks: packs.map((p) => p.id).filter((p) => active.includes(p)) }).then(renderActiveNotice);
    });
    const meta = t('optionsPackMeta', [String(pack.claims.length), pack.reference.source, pack.reference.date]);
    const right = builtIn
      ? el('span', { class: 'tag' }, t('optionsBuiltIn'))
      : (() => {
          const b = el('button', { type: 'button', class: 'danger', 'aria-label': t('optionsRemovePackLabel', pickText(pack.title)) }, t('optionsRemovePack'));
          b.addEventListener('click', async () => {
            await removeUserPack(pack.id);
            await save({ activePacks: settings.activePacks.filter((p) => p !== pack.id) });
            packs = await loadAllPacks();
            renderPacks();
            $('import-file').focus();
          });
          return b;
        })();
    list.append(
      el('li', { class: 'pack-item', 'data-pack': pack.id },
        box,
        el('label', { for: id },
          el('div', { class: 'name' }, pickText(pack.title)),
          el('div', { class: 'meta' }, meta),
          el('div', { class: 'meta' }, el('code', {}, pack.id))),
        right),
    );
  }
  renderActiveNotice();
}

function renderActiveNotice(): void {
  $('no-active').hidden = packs.some((p) => settings.activePacks.includes(p.id));
}

function showImportResult(ok: boolean, title: string, line: string): void {
  const box = el('div', { class: `notice ${ok ? '' : 'error'}`, role: ok ? 'status' : 'alert', id: ok ? 'import-ok' : 'import-error' },
    el('strong', {}, title),
    el('p', { class: 'line' }, line));
  $('import-result').replaceChildren(box);
}

async function importFile(file: File): Promise<void> {
  if (file.size > MAX_PACK_BYTES) return showImportResult(false, t('optionsImportRefused'), tooLarge(file.name, file.size));
  const text = await file.text();
  const installed = await loadAllPacks();
  const result = checkImport(file.name, text, installed);
  if (!result.ok) return showImportResult(false, t('optionsImportRefused'), result.error);
  try {
    await addUserPack(result.value);
  } catch (err) {
    return showImportResult(false, t('optionsImportRefused'), `${file.name}: ${(err as Error).message}`);
  }
  packs = await loadAllPacks();
  await save({ activePacks: packs.map((p) => p.id).filter((id) => id === result.value.id || settings.activePacks.includes(id)) });
  renderPacks();
  showImportResult(true, t('optionsImported', pickText(result.value.title)), t('optionsImportedDetail', [file.name, String(result.value.claims.length)]));
}

// ----------------------------------------------------------------------------------------------
// Sites

/** A hostname from what the user typed: a hostname or any URL. `null` when it is neither. */
function toHostname(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`);
    return url.hostname && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(url.hostname) ? url.hostname : null;
  } catch {
    return null;
  }
}

type SiteListKey = 'deniedSites' | 'allowedSites';

function renderSites(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.site-list')) {
    const key = box.dataset.list as SiteListKey;
    const ul = box.querySelector('ul')!;
    ul.replaceChildren();
    if (settings[key].length === 0) ul.append(el('li', { class: 'none' }, t(key === 'deniedSites' ? 'optionsDeniedNone' : 'optionsAllowedNone')));
    for (const host of settings[key]) {
      const remove = el('button', { type: 'button', 'aria-label': t('optionsRemoveSiteLabel', host) }, t('optionsRemoveSite'));
      remove.addEventListener('click', async () => {
        await save({ [key]: settings[key].filter((h) => h !== host) });
        renderSites();
        box.querySelector('input')!.focus();
      });
      ul.append(el('li', { 'data-site': host }, el('span', {}, host), remove));
    }
  }
}

function wireSites(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.site-list')) {
    const key = box.dataset.list as SiteListKey;
    const form = box.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const host = toHostname(input.value);
      if (!host) {
        $('site-error').textContent = t('optionsSiteInvalid', input.value.trim());
        return;
      }
      $('site-error').textContent = '';
      if (!settings[key].includes(host)) await save({ [key]: [...settings[key], host] });
      input.value = '';
      renderSites();
    });
  }
}

// ----------------------------------------------------------------------------------------------
// Look of the marks

function renderLook(): void {
  const { kind, color } = settings.markStyle;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mark-kind"]')) radio.checked = radio.value === kind;
  $<HTMLInputElement>('mark-color').value = color;
  const preview = $('preview');
  preview.className = `preview ${kind}`;
  preview.style.setProperty('--mark', color);
  for (const b of $('swatches').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.color === color.toLowerCase()));
}

function wireLook(): void {
  const setStyle = async (patch: Partial<MarkStyle>) => {
    await save({ markStyle: { ...settings.markStyle, ...patch } });
    renderLook();
  };
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mark-kind"]')) {
    radio.addEventListener('change', () => radio.checked && void setStyle({ kind: radio.value as MarkStyle['kind'] }));
  }
  $<HTMLInputElement>('mark-color').addEventListener('change', (e) => void setStyle({ color: (e.target as HTMLInputElement).value }));
  const swatches = $('swatches');
  for (const color of SWATCHES) {
    const b = el('button', { type: 'button', 'data-color': color, 'aria-label': t('optionsSwatchLabel', color), 'aria-pressed': 'false', style: `background:${color}` });
    b.addEventListener('click', () => void setStyle({ color }));
    swatches.append(b);
  }
}

// ----------------------------------------------------------------------------------------------
// Tooltip language

function renderLanguages(): void {
  const langs = new Set<string>(UI_LANGS);
  for (const pack of packs) {
    for (const claim of pack.claims) {
      langs.add(claim.said.lang);
      for (const lang of Object.keys(claim.translations)) langs.add(lang);
    }
  }
  const names = new Intl.DisplayNames([pageLanguage()], { type: 'language' });
  const options = [...langs]
    .map((lang) => ({ lang, name: names.of(lang) ?? lang }))
    .sort((a, b) => a.name.localeCompare(b.name, pageLanguage()));
  const select = $<HTMLSelectElement>('translate-to');
  select.replaceChildren(
    el('option', { value: 'auto' }, t('optionsTranslateAuto', names.of(pageLanguage()) ?? pageLanguage())),
    ...options.map((o) => el('option', { value: o.lang }, `${o.name} (${o.lang})`)),
  );
  select.value = [...langs].includes(settings.translateTo) ? settings.translateTo : 'auto';
}

// ----------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  localizePage();
  [settings, packs] = await Promise.all([loadSettings(), loadAllPacks()]);
  const pause = $<HTMLInputElement>('pause-switch');
  pause.checked = settings.paused;
  pause.addEventListener('change', () => void save({ paused: pause.checked }));

  renderPacks();
  $<HTMLInputElement>('import-file').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await importFile(file);
    input.value = ''; // the same file can be chosen again after fixing it
  });

  wireSites();
  renderSites();
  wireLook();
  renderLook();
  renderLanguages();
  $<HTMLSelectElement>('translate-to').addEventListener('change', (e) => void save({ translateTo: (e.target as HTMLSelectElement).value }));

  const permission = $('permission');
  permission.hidden = await hasHostPermission();
  $('grant').addEventListener('click', () => {
    void requestHostPermission().then((granted) => (permission.hidden = granted), () => undefined);
  });

  // Another page (the popup) may change settings while this one is open.
  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'local' || !changes[STORAGE_KEYS.settings]) return;
    settings = await loadSettings();
    pause.checked = settings.paused;
    renderSites();
    renderLook();
  });
  $('app').setAttribute('aria-busy', 'false');
}

void main();
