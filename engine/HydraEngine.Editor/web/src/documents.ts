// Example documents of the selected parser: pasted, uploaded, taken from a browser HAR file, or fetched through the
// engine (the domain's cookies and headers; its status, headers and redirects shown, and an anti-bot challenge page
// held back with a warning); any of them becomes a test (the current results as the expected ones).
import { post, type Json } from './api';
import { h, fill } from './dom';
import { harEntries, renderHar } from './har';
import type { ExampleDocument } from './workspace';

export interface DocumentActions {
  update(document: ExampleDocument): void;
  addTest(document: ExampleDocument): void;
  problem(message: string): void;
}

function fetchReport(fetched: Json, use: () => void): HTMLElement {
  const ok = fetched.status >= 200 && fetched.status < 300 && !fetched.challenge;
  return h('div', { class: ok ? 'fetch-report' : 'fetch-report warning', id: 'fetch-report' },
    h('span', { class: 'fetch-status' }, `HTTP ${fetched.status} ${fetched.content_type ?? ''}`),
    fetched.final_url !== fetched.url ? ` → ${fetched.final_url}` : null,
    fetched.challenge ? h('p', { class: 'problem', id: 'fetch-challenge' }, `${fetched.challenge}. The document was not used.`) : null,
    !ok ? h('button', { id: 'use-anyway', onclick: use }, 'use it anyway') : null,
    fetched.redirects.length ? h('ol', { class: 'redirects' }, ...fetched.redirects.map((hop: string) => h('li', {}, hop))) : null,
    h('details', {}, h('summary', {}, `${Object.keys(fetched.headers).length} headers`),
      h('pre', { class: 'samples' }, Object.entries(fetched.headers).map(([name, value]) => `${name}: ${value}`).join('\n'))));
}

export function renderDocuments(parent: HTMLElement, parser: string | null, document: ExampleDocument | null, actions: DocumentActions): void {
  if (!parser) return fill(parent, h('p', { class: 'hint' }, 'Select a page parser to give it example documents.'));
  const current: ExampleDocument = document ?? { parser, url: '', document: '' };
  const report = h('div', {});
  const har = h('div', { id: 'har' });
  const url = h('input', { id: 'document-url', placeholder: 'https://example.com/post/1', value: current.url, onchange: () => actions.update({ ...current, url: url.value, document: body.value }) });
  const body = h('textarea', { id: 'document-text', rows: 8, placeholder: 'paste the page (HTML, JSON or XML) here', oninput: () => actions.update({ ...current, url: url.value, document: body.value }) }, current.document);
  // a document from elsewhere (a file, a HAR entry, a fetch) shows in the fields and becomes the example document
  const take = (address: string, text: string) => { url.value = address; body.value = text; actions.update({ ...current, url: address, document: text }); };
  const upload = h('input', { type: 'file', id: 'document-file', onchange: async () => {
    const file = upload.files?.[0];
    if (file) take(url.value, await file.text());
  } });
  const harFile = h('input', { type: 'file', id: 'document-har', accept: '.har,.json', onchange: async () => {
    const file = harFile.files?.[0];
    if (!file) return;
    try {
      renderHar(har, harEntries(await file.text()), entry => take(entry.url, entry.text));
    } catch (error) { actions.problem(`${file.name}: ${(error as Error).message}`); }
  } });
  const fetchButton = h('button', { id: 'fetch-document', onclick: async () => {
    try {
      const fetched = await post('fetch', { url: url.value });
      const use = () => take(url.value, fetched.document);
      fill(report, fetchReport(fetched, use));
      if (fetched.status >= 200 && fetched.status < 300 && !fetched.challenge) use();
    } catch (error) {
      actions.problem((error as Error).message);
    }
  } }, 'fetch through the engine');
  fill(parent,
    h('div', { class: 'row' }, h('label', {}, 'URL '), url, fetchButton),
    report,
    body,
    h('div', { class: 'row' }, upload, h('label', { class: 'hint' }, 'HAR ', harFile), h('button', { id: 'add-test', onclick: () => actions.addTest({ ...current, url: url.value, document: body.value }) }, 'add as test document')),
    har);
}
