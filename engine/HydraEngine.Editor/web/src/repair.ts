// Repair: for a content parser whose trace went empty, what changed between the saved test document and the current one
// around the failing rule (/editor/api/diff), and HTML or JSON formulae (/editor/api/suggest) that reach, in the current
// document, the values its saved test expected; "use" puts the suggested rules in place (keeping the string processing).
import { post, type Json } from './api';
import { h, fill } from './dom';
import { describeFormula } from './describe';
import type { ParserTest } from './workspace';

/** The values a saved test expected from the content parser named <name>. */
export function expectedValues(tests: ParserTest[], parser: string, name: string): string[] {
  return tests.filter(test => test.parser === parser)
    .flatMap(test => test.expected.posts.flatMap((postResult: Json) => postResult.contents))
    .filter((content: Json) => content.name === name)
    .map((content: Json) => String(content.value));
}

export interface RepairInputs {
  values(): string[];
  document(): string;
  /** The saved test document that differs from the current one, with the request that names the parser. */
  saved(): { old: string; request: Json } | null;
  use(formula: Json): void;
}

export function repairView(pointer: string, inputs: RepairInputs): HTMLElement {
  const list = h('div', { class: 'suggestions' });
  const changes = h('div', { class: 'diff' });
  const suggest = h('button', { class: 'suggest', onclick: async () => {
    const wanted = inputs.values();
    const asked = wanted.length ? wanted : [prompt('A value this content parser should find in the document:') ?? ''].filter(Boolean);
    if (!asked.length) return;
    try {
      const answer = await post('suggest', { document: inputs.document(), values: asked });
      fill(list, answer.suggestions.length ? h('ol', {}, ...answer.suggestions.map((suggestion: Json) => h('li', {},
        h('code', {}, describeFormula(suggestion.formula)),
        ` finds ${suggestion.found} of ${suggestion.wanted}${suggestion.extra ? `, ${suggestion.extra} more` : ''} `,
        h('button', { class: 'use-suggestion', onclick: () => inputs.use(suggestion.formula) }, 'use'))))
        : h('p', { class: 'hint' }, 'no element of the document holds those values'));
    } catch (error) {
      fill(list, h('p', { class: 'problem' }, (error as Error).message));
    }
  } }, 'suggest rules');
  const saved = inputs.saved();
  const diff = saved && h('button', { class: 'show-diff', onclick: async () => {
    try {
      renderDiff(changes, await post('diff', { ...saved.request, pointer, old: saved.old, new: inputs.document() }));
    } catch (error) {
      fill(changes, h('p', { class: 'problem' }, (error as Error).message));
    }
  } }, 'what changed');
  return h('div', { class: 'repair' }, suggest, diff, changes, list);
}

function renderDiff(parent: HTMLElement, diff: Json): void {
  fill(parent,
    h('p', {}, 'failing rule ', h('code', {}, diff.rule_pointer ?? '—'), ` ${diff.rule_label ?? ''}`),
    h('table', { class: 'diff-paths' },
      h('tr', {}, h('th', {}, 'saved document'), h('td', { class: 'old-path' }, diff.old_path || '(nothing there either)')),
      h('tr', {}, h('th', {}, 'current document'), h('td', { class: 'new-path' }, diff.new_path || '—'))),
    h('table', { class: 'diff-levels' }, h('tr', {}, h('th', {}, 'saved'), h('th', {}, 'current'), h('th', {}, 'what changed')),
      ...diff.levels.map((level: Json) => {
        const notes = [...level.changes, ...level.siblings_added.map((s: string) => `sibling added ${s}`), ...level.siblings_removed.map((s: string) => `sibling removed ${s}`)];
        return h('tr', { class: notes.length ? 'changed' : '' }, h('td', {}, level.old ?? '—'), h('td', {}, level.new ?? '—'),
          h('td', {}, ...notes.map((note: string) => h('div', { class: 'change' }, note))));
      })),
    diff.changes.length ? null : h('p', { class: 'hint' }, 'no structural change on the way; the values may have moved within the same elements'));
}
