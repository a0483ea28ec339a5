// Example documents of the selected parser: pasted, uploaded, or fetched through the engine (the domain's cookies and
// headers); any of them becomes a test (the current results as the expected ones).
import { post } from './api';
import { h, fill } from './dom';
import type { ExampleDocument } from './workspace';

export interface DocumentActions {
  update(document: ExampleDocument): void;
  addTest(document: ExampleDocument): void;
  problem(message: string): void;
}

export function renderDocuments(parent: HTMLElement, parser: string | null, document: ExampleDocument | null, actions: DocumentActions): void {
  if (!parser) return fill(parent, h('p', { class: 'hint' }, 'Select a page parser to give it example documents.'));
  const current: ExampleDocument = document ?? { parser, url: '', document: '' };
  const url = h('input', { id: 'document-url', placeholder: 'https://example.com/post/1', value: current.url, onchange: () => actions.update({ ...current, url: url.value }) });
  const body = h('textarea', { id: 'document-text', rows: 8, placeholder: 'paste the page (HTML, JSON or XML) here', oninput: () => actions.update({ ...current, url: url.value, document: body.value }) }, current.document);
  const upload = h('input', { type: 'file', id: 'document-file', onchange: async () => {
    const file = upload.files?.[0];
    if (file) actions.update({ ...current, url: url.value, document: await file.text() });
  } });
  const fetchButton = h('button', { onclick: async () => {
    try {
      const fetched = await post('fetch', { url: url.value });
      actions.update({ ...current, url: url.value, document: fetched.document });
    } catch (error) {
      actions.problem((error as Error).message);
    }
  } }, 'fetch through the engine');
  fill(parent,
    h('div', { class: 'row' }, h('label', {}, 'URL '), url, fetchButton),
    body,
    h('div', { class: 'row' }, upload, h('button', { id: 'add-test', onclick: () => actions.addTest({ ...current, url: url.value, document: body.value }) }, 'add as test document')));
}
