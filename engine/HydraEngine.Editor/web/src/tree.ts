// The rendered document tree (/editor/api/tree): HTML elements or JSON keys and items. Clicking a node asks
// /editor/api/chain for the rule chains that reach it, shows what each yields when the engine runs it, and "use"
// puts one into the selected content parser's formula.
import { post, type Json } from './api';
import { h, fill } from './dom';
import { describeFormula } from './describe';

function node(item: Json, depth: number, pick: (path: Json[], label: HTMLElement) => void): HTMLElement {
  const label = h('span', { class: 'tree-node', 'data-path': JSON.stringify(item.path), onclick: (event: Event) => { event.preventDefault(); event.stopPropagation(); pick(item.path, label); } },
    item.label, item.text ? h('span', { class: 'tree-text' }, ` ${item.text}`) : null);
  if (!item.children.length) return h('div', { class: 'tree-leaf' }, label);
  return h('details', { open: depth < 3 && item.label !== 'head' }, h('summary', {}, label),
    h('div', { class: 'tree-children' }, ...item.children.map((child: Json) => node(child, depth + 1, pick))));
}

export async function renderTree(parent: HTMLElement, document: string, use: (formula: Json) => void): Promise<void> {
  const tree = await post('tree', { document });
  const proposals = h('div', { id: 'chains' });
  const pick = async (path: Json[], label: HTMLElement) => {
    parent.querySelectorAll('.tree-node.picked').forEach(element => element.classList.remove('picked'));
    label.classList.add('picked');
    try {
      const answer = await post('chain', { document, path });
      fill(proposals, h('ol', {}, ...answer.chains.map((chain: Json) => h('li', { class: 'chain-proposal' },
        h('code', {}, describeFormula(chain.formula)), ` ${chain.description}: `,
        h('span', { class: 'yields' }, `${chain.count} value(s)`), chain.yields.length ? h('pre', { class: 'samples' }, chain.yields.join('\n')) : null,
        h('button', { class: 'use-chain', onclick: () => use(chain.formula) }, 'use')))));
    } catch (error) {
      fill(proposals, h('p', { class: 'problem' }, (error as Error).message));
    }
  };
  fill(parent, h('p', { class: 'hint' }, `${tree.kind} document${tree.truncated ? ' (cut short)' : ''}: click a node for the rules that reach it`),
    proposals, h('div', { class: 'tree' }, node(tree.root, 0, pick)));
}
