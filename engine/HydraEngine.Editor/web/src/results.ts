// Live results per content parser (/editor/api/parse, what `hydra parse --json` prints) and the step trace
// (/editor/api/trace) with the first step whose output became empty highlighted and named by its JSON Pointer.
import type { Json } from './api';
import { h, fill } from './dom';

export function renderResults(parent: HTMLElement, result: Json | null, problem: string | null): void {
  if (problem) return fill(parent, h('p', { class: 'problem', id: 'parse-problem' }, problem));
  if (!result) return fill(parent, h('p', { class: 'hint' }, 'Add an example document to see what the parser makes of it.'));
  const byName = new Map<string, Json[]>();
  for (const postResult of result.posts) for (const content of postResult.contents) {
    byName.set(content.name, [...(byName.get(content.name) ?? []), content]);
  }
  const summary = `${result.posts.length} post(s), ${[...byName.values()].reduce((n, list) => n + list.length, 0)} content(s)`;
  fill(parent,
    h('p', { class: 'summary' }, summary, result.error ? h('span', { class: 'problem' }, ` — ${result.error}`) : null),
    h('table', { class: 'results' }, h('tr', {}, h('th', {}, 'content parser'), h('th', {}, 'type'), h('th', {}, 'values')),
      ...[...byName.entries()].map(([name, contents]) => h('tr', { 'data-content-parser': name },
        h('td', {}, name), h('td', {}, describe(contents[0])),
        h('td', { class: 'values' }, ...contents.slice(0, 8).map(content => h('div', { class: 'value' }, String(content.value))),
          contents.length > 8 ? `… ${contents.length - 8} more` : null)))));
}

function describe(content: Json): string {
  return [content.content_type, content.namespace, content.url_type, content.note_name].filter(part => part !== undefined && part !== '').join(' ');
}

export function renderTrace(parent: HTMLElement, trace: Json | null, reveal: (pointer: string) => void, repair: (parser: Json) => HTMLElement | null = () => null): void {
  if (!trace) return fill(parent);
  const failing = trace.first_empty as string | null;
  fill(parent,
    failing
      ? h('p', { class: 'failing-step', id: 'failing-step' }, 'first step that yields nothing: ', h('a', { href: '#', onclick: (event: Event) => { event.preventDefault(); reveal(failing); } }, failing))
      : h('p', { class: 'ok' }, 'every step yields something'),
    trace.error ? h('p', { class: 'problem' }, trace.error) : null,
    ...trace.content_parsers.map((parser: Json) => h('details', { class: parser.first_empty ? 'content-parser empty' : 'content-parser', open: parser.first_empty === failing && !!failing },
      h('summary', {}, `${parser.name}`, parser.first_empty ? h('span', { class: 'badge' }, 'empty') : null, parser.error ? h('span', { class: 'problem' }, ` ${parser.error}`) : null),
      parser.first_empty ? repair(parser) : null,
      h('ol', { class: 'steps' }, ...parser.steps.map((step: Json) => h('li', { class: step.pointer === parser.first_empty ? 'step failing' : 'step', 'data-pointer': step.pointer },
        h('a', { href: '#', onclick: (event: Event) => { event.preventDefault(); reveal(step.pointer); } }, step.label),
        h('span', { class: 'count' }, ` ${step.count} ${step.kind === 'html_rule' || step.kind === 'json_rule' ? 'node(s)' : 'string(s)'}`),
        step.samples.length ? h('pre', { class: 'samples' }, step.samples.slice(0, 5).join('\n')) : null))))));
}
