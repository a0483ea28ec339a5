// A browser HAR file (the network panel's "save all as HAR") as a source of example documents: its entries with a
// response body, filtered by URL; picking one gives its URL and body (base64 bodies decoded as UTF-8).
import type { Json } from './api';
import { h, fill } from './dom';

export interface HarEntry { url: string; status: number; mime: string; text: string; }

/** The entries of a HAR's log that carry a response body; throws with a readable message when it is not a HAR. */
export function harEntries(text: string): HarEntry[] {
  let har: Json;
  try { har = JSON.parse(text); } catch { throw new Error('the HAR file is not JSON'); }
  if (!Array.isArray(har?.log?.entries)) throw new Error('the file is not a HAR (it has no log.entries)');
  return har.log.entries
    .filter((entry: Json) => typeof entry?.request?.url === 'string' && typeof entry?.response?.content?.text === 'string')
    .map((entry: Json) => ({ url: entry.request.url, status: entry.response.status ?? 0, mime: entry.response.content.mimeType ?? '', text: body(entry.response.content) }));
}

function body(content: Json): string {
  if (content.encoding !== 'base64') return content.text;
  const bytes = Uint8Array.from(atob(content.text), char => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** A filter box and the matching entries; clicking one calls <pick>. */
export function renderHar(parent: HTMLElement, entries: HarEntry[], pick: (entry: HarEntry) => void): void {
  const list = h('ul', { class: 'har-entries' });
  const draw = (filter: string) => fill(list, ...entries.filter(entry => entry.url.includes(filter)).slice(0, 200).map(entry =>
    h('li', {}, h('button', { class: 'har-entry', onclick: () => pick(entry) }, 'use'), ` ${entry.status} ${entry.mime} `, h('span', { class: 'value' }, entry.url))));
  const filter = h('input', { id: 'har-filter', placeholder: 'filter the HAR entries by URL', oninput: () => draw(filter.value) });
  fill(parent, h('p', { class: 'hint' }, `${entries.length} entries with a body`), filter, list);
  draw('');
}
