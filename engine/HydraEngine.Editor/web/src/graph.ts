// The workspace graph: GUG → gallery URL class → gallery parser → post URL class → post parser, from the engine's own
// answers (/gugs makes the GUG's URLs, /urls matches them and the URL classes' examples); every node is clickable.
import { post, type Json } from './api';
import { h, fill } from './dom';
import { items } from './workspace';

export interface GraphNode { kind: string; name: string; }

function node(kind: string, name: string | null | undefined, select: (node: GraphNode) => void): HTMLElement {
  if (!name) return h('span', { class: 'node missing' }, `no ${kind}`);
  return h('button', { class: `node ${kind}`, 'data-kind': kind, title: `${kind}: ${name}`, onclick: () => select({ kind, name }) }, name);
}

const arrow = () => h('span', { class: 'arrow' }, '→');

export async function renderGraph(parent: HTMLElement, definition: Json, select: (node: GraphNode) => void): Promise<void> {
  const all = items(definition).map(entry => entry.item);
  const gugs = all.filter(item => item.kind === 'gallery_url_generator' || item.kind === 'nested_gallery_url_generator');
  const urlClasses = all.filter(item => item.kind === 'url_class');
  const rows: HTMLElement[] = [];
  try {
    const made = gugs.length ? (await post('gugs', { definition, search: gugs[0].example_search_text || 'test' })).gugs : [];
    const examples = urlClasses.map(item => item.example_url).filter(Boolean);
    const matched = (await post('urls', { definition, urls: [...made.map((gug: Json) => gug.urls[0]).filter(Boolean), ...examples] })).urls;
    const byUrl = new Map<string, Json>(matched.map((match: Json) => [match.url, match]));
    const posts = urlClasses.filter(item => item.url_type === 'post').map(item => byUrl.get(item.example_url)).filter(Boolean);
    for (const gug of made) {
      const gallery = byUrl.get(gug.urls[0]);
      rows.push(h('div', { class: 'chain' },
        node('gug', gug.name, select), arrow(), node('url_class', gallery?.url_class, select), arrow(), node('parser', gallery?.parser, select),
        ...posts.flatMap((postMatch: Json) => [arrow(), node('url_class', postMatch.url_class, select), arrow(), node('parser', postMatch.parser, select)])));
    }
    if (!made.length) {
      for (const postMatch of posts) rows.push(h('div', { class: 'chain' }, node('url_class', postMatch.url_class, select), arrow(), node('parser', postMatch.parser, select)));
    }
  } catch (error) {
    rows.push(h('p', { class: 'problem' }, `graph: ${(error as Error).message}`));
  }
  const linked = new Set(rows.flatMap(row => [...row.querySelectorAll('button')].map(button => `${button.dataset.kind}:${button.textContent}`)));
  const others = all.filter(item => item.name && !linked.has(`${kindOf(item)}:${item.name}`));
  if (others.length) rows.push(h('div', { class: 'chain others' }, h('span', { class: 'label' }, 'also:'), ...others.map(item => node(kindOf(item), item.name, select))));
  fill(parent, ...rows);
}

function kindOf(item: Json): string {
  return item.kind === 'page_parser' ? 'parser' : item.kind === 'url_class' ? 'url_class' : item.kind.includes('gallery_url_generator') ? 'gug' : item.kind;
}

/** The pointer of a graph node's object in the definition. */
export function pointerOf(definition: Json, selected: GraphNode): string | undefined {
  return items(definition).find(entry => entry.item.name === selected.name && kindOf(entry.item) === selected.kind)?.pointer;
}
