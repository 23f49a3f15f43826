/**
 * The make page (make.html): data in (an address, a file, the example or a
 * blank template), a live preview at three widths, the problems an editor
 * must fix (each jumps to its place in the text where that is known), and
 * the embed code for every path. Options and the data's address live in the
 * page's URL; pasted data is kept in this browser, and in the URL when short.
 */
import { jsonItemRange, sheetRowRange } from './positions.js';
import '../components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../components/summit-timeline/summit-timeline.js';
import { loadDefaultChronology } from '../data/default-chronology.js';
import { describeProblem } from '../data/describe.js';
import { readSourceText } from '../data/read-source.js';
import { toNative } from '../data/read-source.js';
import type { DataProblem } from '../data/types.js';
import { loadLanguage } from '../i18n/load-language.js';
import { englishMessages, withMessages } from '../problems.js';
import { embedCodes, fallbackSnippet, sheetsAdvice, type MakeOptions } from './embed-codes.js';
import { LINK_LIMIT, packData, unpackData } from './link-data.js';
import { sheetTemplate } from './sheet-template.js';
import { fontStack } from '../embed/fonts.js';
import { escapeHtml } from '../static/escape.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const text = $<HTMLTextAreaElement>('#data');
const STORE = 'summit-make-data';

const BLANK = {
  title: 'Your timeline’s title',
  description: 'One sentence on what it shows.',
  events: [
    { id: 'first', date: '2001-09', headline: 'What happened first', body: 'A sentence or two.' },
    { id: 'second', date: '2003', headline: 'What happened next', body: 'A sentence or two.' },
  ],
};

let dataUrl: string | undefined;
/** A draft saved in this browser that a link's data would replace, kept until the producer chooses. */
let heldDraft: string | undefined;
let current: { doc: Awaited<ReturnType<typeof readSourceText>>['doc']; native: unknown } | undefined;

function options(): MakeOptions {
  const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(`#${id}`).value;
  return {
    id: value('id').trim(),
    theme: value('theme'),
    lang: value('lang'),
    layout: value('layout'),
    scale: value('scale'),
    headingLevel: Number(value('heading-level')),
    noHeader: $<HTMLInputElement>('#no-header').checked,
    selected: value('selected'),
    height: Number(value('height')) || 900,
    width: value('width'),
    font: value('font'),
    provider: value('provider').trim(),
    library: value('library') || new URL('./', location.href).href,
    ...(dataUrl ? { dataUrl } : {}),
  };
}

/** Reads the text as JSON (ours or TimelineJS), else as CSV. */
async function read(source: string) {
  const trimmed = source.trim();
  const json = trimmed.startsWith('{') || trimmed.startsWith('[');
  const result = await readSourceText(source, { field: 'data', format: json ? 'auto' : 'csv' });
  let native: unknown = undefined;
  if (json) {
    try {
      native = (await toNative(JSON.parse(source))).raw;
    } catch {
      native = undefined;
    }
  } else {
    native = (await import('../data/import-csv.js')).fromCsv(source).raw;
  }
  if (result.problems.length && !englishMessages()) await import('../problem-messages.js');
  return { ...result, problems: withMessages(result.problems), native };
}

/** Where in the text a problem's item is: its sheet row, its id, or its place in the JSON's list. */
function positionOf(problem: DataProblem): [number, number] | undefined {
  const source = text.value;
  if (problem.row !== undefined) return sheetRowRange(source, problem.row);
  if (problem.id) {
    for (const needle of [`"id": "${problem.id}"`, `"id":"${problem.id}"`, `"unique_id": "${problem.id}"`, problem.id]) {
      const at = source.indexOf(needle);
      if (at >= 0) return [at, at + needle.length];
    }
  }
  if (problem.index === undefined || problem.subject === 'document') return undefined;
  return jsonItemRange(source, problem.subject === 'era' ? 'eras' : 'events', problem.index);
}

function showProblems(problems: readonly DataProblem[]) {
  const box = $('#problems');
  box.replaceChildren();
  if (!problems.length) {
    box.append(Object.assign(document.createElement('p'), { className: 'none', textContent: 'No problems in the data.' }));
    return;
  }
  box.append(
    Object.assign(document.createElement('p'), {
      textContent: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:`,
    }),
  );
  const list = document.createElement('ol');
  for (const problem of problems) {
    const item = document.createElement('li');
    const where = positionOf(problem);
    if (where) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: describeProblem(problem) });
      button.addEventListener('click', () => {
        text.focus();
        text.setSelectionRange(where[0], where[1]);
      });
      item.append(button);
    } else {
      item.textContent = describeProblem(problem);
    }
    list.append(item);
  }
  box.append(list);
}

/**
 * The desktop preview shown whole: scaled to the page's width where it is narrower
 * than the frame (the timeline inside still lays out at 1,040 px, as readers see it).
 */
function fitDesktopPreview() {
  const fit = $('.frame-fit');
  const frame = fit.querySelector<HTMLElement>('.frame')!;
  const place = () => {
    const scale = Math.min(1, fit.parentElement!.clientWidth / frame.offsetWidth);
    fit.style.setProperty('--fit', String(scale));
    fit.style.setProperty('--fit-height', `${Math.ceil(frame.offsetHeight * scale)}px`);
    $('#desktop-scale').textContent = scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : '';
  };
  const observer = new ResizeObserver(place);
  observer.observe(fit.parentElement!);
  observer.observe(frame);
}

function showPreviews(native: unknown) {
  const o = options();
  for (const frame of document.querySelectorAll<HTMLElement>('.frame')) {
    let el = frame.querySelector<SummitTimelineElement>('summit-timeline');
    if (!el) {
      el = document.createElement('summit-timeline');
      frame.append(el);
    }
    el.setAttribute('theme', o.theme);
    el.setAttribute('layout', o.layout);
    el.setAttribute('scale', o.scale);
    el.setAttribute('heading-level', String(o.headingLevel));
    el.toggleAttribute('no-header', o.noHeader);
    if (o.selected) el.setAttribute('selected', o.selected);
    else el.removeAttribute('selected');
    const font = fontStack(o.font);
    if (font) el.style.setProperty('--summit-font-family', font);
    else el.style.removeProperty('--summit-font-family');
    if (o.lang) el.setAttribute('lang', o.lang);
    else el.removeAttribute('lang');
    el.data = native;
  }
}

async function showCodes() {
  if (!current) return;
  const o = options();
  const language = await loadLanguage(o.lang || current.doc.lang || 'en');
  const box = $('#codes');
  box.replaceChildren();
  for (const code of embedCodes(current.doc, current.native, language, o)) {
    const section = Object.assign(document.createElement('div'), { className: 'code' });
    section.dataset.key = code.key;
    const heading = Object.assign(document.createElement('h3'), { textContent: code.title, id: `code-${code.key}` });
    const where = Object.assign(document.createElement('p'), { textContent: code.where });
    section.append(heading, where);
    if (code.code) {
      const area = Object.assign(document.createElement('textarea'), {
        readOnly: true,
        value: code.code,
        rows: Math.min(12, code.code.split('\n').length + 1),
      });
      area.setAttribute('aria-labelledby', heading.id);
      const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy' });
      copy.addEventListener('click', () => void copyText(code.code, copy));
      section.append(area, copy);
    }
    box.append(section);
  }
}

async function copyText(value: string, button: HTMLButtonElement) {
  try {
    await navigator.clipboard.writeText(value);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select the code and copy it (the browser refused)';
  }
  button.dataset.copied = value;
}

/** Each change writes the link anew; only the newest write may land (packing is asynchronous). */
let linkTicket = 0;

/**
 * The page's URL: options in the query, and the data's address or the data itself,
 * packed into the hash (./link-data.ts). Data too long even packed stays in this
 * browser, and the link says so, so whoever opens it is told rather than shown the example.
 */
function saveState() {
  const o = options();
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({
    theme: o.theme,
    lang: o.lang,
    layout: o.layout,
    scale: o.scale,
    level: String(o.headingLevel),
    id: o.id,
    selected: o.selected,
    height: o.height !== 900 ? String(o.height) : '',
    width: o.width !== '100%' ? o.width : '',
    font: o.font,
    provider: o.provider,
  })) {
    if (value) params.set(name, value);
  }
  if (o.noHeader) params.set('noHeader', '1');
  if ($<HTMLInputElement>('#library').value) params.set('library', $<HTMLInputElement>('#library').value);
  const ticket = ++linkTicket;
  if (dataUrl) {
    params.set('src', dataUrl);
    $('#kept').textContent = '';
    history.replaceState(null, '', `${location.pathname}?${params}`);
    return;
  }
  if (heldDraft === undefined) localStorage.setItem(STORE, text.value);
  void packData(text.value).then((packed) => {
    if (ticket !== linkTicket) return;
    const hash = new URLSearchParams();
    if (packed) hash.set('data', packed);
    else params.set('draft', 'local');
    $('#kept').textContent = packed
      ? `Your data is kept in this browser and, packed, in this page’s link (${packed.length.toLocaleString('en-US')} of at most ${LINK_LIMIT.toLocaleString('en-US')} characters), so the link shows it to whoever you send it to.`
      : `Your data is kept in this browser only: even packed it is longer than a link can carry (${LINK_LIMIT.toLocaleString('en-US')} characters). Send the downloaded JSON with the link, or publish the data and share its address.`;
    history.replaceState(null, '', `${location.pathname}?${params}${packed ? `#${hash}` : ''}`);
  });
}

/**
 * The Language choice offers every language the interface speaks, and every
 * language the data carries a translation into ("Headline (es)" columns, or
 * `translations`), each of those marked as such: choosing one previews it and puts
 * it in the codes. Languages a previous version of the data carried go away.
 */
function offerLanguages(languages: readonly string[]) {
  const select = $<HTMLSelectElement>('#lang');
  for (const option of [...select.options]) {
    if (option.dataset.fromData !== undefined && !languages.includes(option.value)) option.remove();
    else if (option.value) {
      option.dataset.label ??= option.textContent ?? option.value;
      option.textContent = `${option.dataset.label}${languages.includes(option.value) ? ' · translated in the data' : ''}`;
    }
  }
  const offered = new Set([...select.options].map((option) => option.value));
  for (const lang of languages) {
    if (offered.has(lang)) continue;
    const option = Object.assign(document.createElement('option'), { value: lang, lang, textContent: `${lang} · translated in the data` });
    option.dataset.fromData = '';
    select.append(option);
  }
}

/** "Start at event" offers the data's events by headline; a choice the new data lacks falls back to the first. */
function offerEvents(events: ReadonlyArray<{ readonly id: string; readonly headline?: string }>) {
  const select = $<HTMLSelectElement>('#selected');
  const chosen = select.value || select.dataset.wanted || '';
  for (const option of [...select.options].slice(1)) option.remove();
  for (const event of events)
    select.append(Object.assign(document.createElement('option'), { value: event.id, textContent: event.headline ?? event.id }));
  select.value = events.some((event) => event.id === chosen) ? chosen : '';
}

let pending = 0;
async function update() {
  const ticket = ++pending;
  const result = await read(text.value);
  if (ticket !== pending) return;
  current = { doc: result.doc, native: result.native };
  offerLanguages(Object.keys(result.doc.translations ?? {}));
  offerEvents(result.doc.events);
  showProblems(result.problems);
  if (result.native !== undefined) showPreviews(result.native);
  await showCodes();
  saveState();
}

async function loadUrl(url: string) {
  const advice = sheetsAdvice(url);
  $('#url-help').textContent = advice.advice ?? '';
  if (advice.kind === 'edit') return;
  // A sheet published as a web page or TSV: its CSV, published with it, is what is read.
  if (advice.csv) url = advice.csv;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text.value = await response.text();
    dataUrl = new URL(url, location.href).href;
    $('#url-help').textContent = advice.csv ? `${advice.advice} Loaded.` : `Loaded ${dataUrl}.`;
  } catch (error) {
    $('#url-help').textContent =
      `Could not load ${url} (${(error as Error).message}). A server must allow other sites to read it (CORS); Google Sheets’ published CSV does.`;
    return;
  }
  await update();
}

function setData(value: string) {
  dataUrl = undefined;
  $<HTMLInputElement>('#url').value = '';
  text.value = value;
  void update();
}

/**
 * The preview in a window of its own, at whatever size the producer makes it: a page
 * holding exactly the element code handed out (the data inline when it has no address).
 */
async function previewWindow() {
  if (!current) return;
  const o = options();
  const language = await loadLanguage(o.lang || current.doc.lang || 'en');
  const element = embedCodes(current.doc, current.native, language, o).find((code) => code.key === 'element')!.code;
  const page = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview: ${escapeHtml(current.doc.title ?? 'timeline')}</title></head>\n<body>\n${element}\n</body></html>\n`;
  const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the last replacement overwrote, while it can still be undone. */
let undoable: { readonly text: string; readonly url: string | undefined } | undefined;

/**
 * Replaces the data at the producer's request (the example, the blank template, a
 * file) with an Undo beside it: work pasted or typed is never lost to one click.
 */
function replaceData(value: string, what: string) {
  const before = { text: text.value, url: dataUrl };
  setData(value);
  if (!before.text.trim() || before.text === value) return;
  undoable = before;
  $('#undo-text').textContent = `Your data was replaced by ${what}.`;
  $('#undo-notice').hidden = false;
}

function undoReplace() {
  const before = undoable;
  $('#undo-notice').hidden = true;
  undoable = undefined;
  if (!before) return;
  setData(before.text);
  dataUrl = before.url;
  $<HTMLInputElement>('#url').value = before.url ?? '';
}

function download(name: string, type: string, content: string) {
  const link = Object.assign(document.createElement('a'), { download: name, href: URL.createObjectURL(new Blob([content], { type })) });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

let typing: ReturnType<typeof setTimeout> | undefined;
function wire() {
  $('#load-url').addEventListener('submit', (event) => {
    event.preventDefault();
    void loadUrl($<HTMLInputElement>('#url').value.trim());
  });
  $('#file').addEventListener('change', async () => {
    const file = $<HTMLInputElement>('#file').files?.[0];
    if (file) replaceData(await file.text(), `the file ${file.name}`);
  });
  $('#start-default').addEventListener('click', async () =>
    replaceData(JSON.stringify(await loadDefaultChronology(), null, 2), 'the example'),
  );
  $('#start-blank').addEventListener('click', () => replaceData(JSON.stringify(BLANK, null, 2), 'the blank template'));
  $('#undo').addEventListener('click', undoReplace);
  text.addEventListener('input', () => {
    dataUrl = undefined;
    clearTimeout(typing);
    typing = setTimeout(() => void update(), 250);
  });
  // Pasting or dropping a file onto the editor reads the file.
  text.addEventListener('drop', async (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    replaceData(await file.text(), `the file ${file.name}`);
  });
  for (const control of document.querySelectorAll('.options select, .options input')) {
    control.addEventListener('change', () => {
      if (current?.native !== undefined) showPreviews(current.native);
      void showCodes().then(saveState);
    });
  }
  $('#preview-window').addEventListener('click', () => void previewWindow());
  $('#download-template').addEventListener('click', () => download('timeline-template.csv', 'text/csv', sheetTemplate()));
  $('#download-json').addEventListener('click', () => {
    if (current) download(`${options().id || 'timeline'}.json`, 'application/json', `${JSON.stringify(current.native, null, 2)}\n`);
  });
  $('#download-fallback').addEventListener('click', async () => {
    if (!current) return;
    const language = await loadLanguage(options().lang || current.doc.lang || 'en');
    download(`${options().id || 'timeline'}-fallback.html`, 'text/html', fallbackSnippet(current.doc, language, options()));
  });
  $('#copy-link').addEventListener('click', (event) => void copyText(location.href, event.currentTarget as HTMLButtonElement));
}

/**
 * The library's host decides which script every embed code loads, so a link
 * cannot choose it silently (issue 29): a host other than this page's is shown
 * to the producer, who uses it or keeps this page's own.
 */
function askAboutLibrary(library: string | null) {
  if (library === null) return;
  let origin: string;
  try {
    origin = new URL(library, location.href).origin;
  } catch {
    return;
  }
  const field = $<HTMLInputElement>('#library');
  if (origin === location.origin) {
    field.value = library;
    return;
  }
  const warning = $('#library-warning');
  $('#library-warning-text').textContent =
    `This link asks every embed code to load the timeline’s script from ${origin}, not from this page’s host (${location.host}). ` +
    'That script runs on every page the code is pasted into: use it only if your newsroom hosts the library there.';
  warning.hidden = false;
  const answer = (use: boolean) => {
    warning.hidden = true;
    if (use) field.value = library;
    field.dispatchEvent(new Event('change'));
  };
  $('#library-accept').addEventListener('click', () => answer(true), { once: true });
  $('#library-reject').addEventListener('click', () => answer(false), { once: true });
}

/**
 * A link that carries data opens it, but a draft this browser kept is not
 * overwritten until the producer says so (issue 29): it stays saved, and the
 * page asks whether to go back to it or let the link's data replace it.
 */
function holdDraft(saved: string) {
  heldDraft = saved;
  const notice = $('#draft-notice');
  const lines = saved.split('\n').length;
  $('#draft-notice-text').textContent =
    `This link brought its own data, shown below. Your draft in this browser (${lines} ${lines === 1 ? 'line' : 'lines'}) is still saved: open it again, or let the link’s data replace it.`;
  notice.hidden = false;
  const answer = (open: boolean) => {
    notice.hidden = true;
    const draft = heldDraft!;
    heldDraft = undefined;
    if (open) setData(draft);
    else saveState();
  };
  $('#draft-open').addEventListener('click', () => answer(true), { once: true });
  $('#draft-replace').addEventListener('click', () => answer(false), { once: true });
}

/** Options from the URL; then the data from its address, the link, this browser, or the example. */
async function start() {
  const params = new URLSearchParams(location.search);
  const set = (id: string, value: string | null) => value !== null && ($<HTMLInputElement>(`#${id}`).value = value);
  set('theme', params.get('theme'));
  set('lang', params.get('lang'));
  set('layout', params.get('layout'));
  set('scale', params.get('scale'));
  set('heading-level', params.get('level'));
  set('id', params.get('id'));
  set('height', params.get('height'));
  set('width', params.get('width'));
  set('font', params.get('font'));
  set('provider', params.get('provider'));
  // The event list arrives with the data: the link's choice waits for it.
  $<HTMLSelectElement>('#selected').dataset.wanted = params.get('selected') ?? '';
  askAboutLibrary(params.get('library'));
  fitDesktopPreview();
  $<HTMLInputElement>('#no-header').checked = params.get('noHeader') === '1';
  wire();
  const src = params.get('src');
  if (src) {
    $<HTMLInputElement>('#url').value = src;
    await loadUrl(src);
    return;
  }
  // The data a link carries: packed in the hash, or (older links) as text in the query.
  const carried = new URLSearchParams(location.hash.slice(1)).get('data') ?? params.get('data');
  let linked: string | null = null;
  try {
    linked = carried === null ? null : await unpackData(carried);
  } catch {
    $('#url-help').textContent =
      'The data in this link is damaged (cut short when it was sent?): ask for the link again, or for the JSON file.';
  }
  const saved = localStorage.getItem(STORE);
  if (linked !== null && saved && saved !== linked) holdDraft(saved);
  const stored = linked ?? saved;
  if (stored) setData(stored);
  else if (params.get('draft') === 'local' || carried !== null) {
    // Never the example in place of data the link meant to bring: say what happened, and start empty.
    if (carried === null)
      $('#url-help').textContent =
        'This link was made from data too long to travel in a link: it is saved only in the browser it was made in. Ask for the downloaded JSON, or for the data’s published address.';
    setData('');
  } else setData(JSON.stringify(await loadDefaultChronology(), null, 2));
}

void start();
