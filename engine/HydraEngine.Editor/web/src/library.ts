// The downloader library from the editor: list and open objects, save the workspace as new versions, export.
import { exportFile, get, post, type Json } from './api';
import { h, fill } from './dom';
import type { ParserTest } from './workspace';

export async function renderLibrary(parent: HTMLElement, open: (kind: string, name: string) => void): Promise<void> {
  const listed = await get('library');
  fill(parent, listed.objects.length
    ? h('ul', { class: 'library' }, ...listed.objects.map((item: Json) => h('li', {},
      h('button', { class: 'open-object', onclick: () => open(item.kind, item.name) }, item.name), ` ${item.kind} v${item.version} of ${item.versions}`, item.local_edit ? h('span', { class: 'local-edit' }, ' local edit') : null)))
    : h('p', { class: 'hint' }, 'the library is empty'));
}

export async function openObject(kind: string, name: string): Promise<Json> {
  return get(`library/object?kind=${encodeURIComponent(kind)}&name=${encodeURIComponent(name)}`);
}

export async function saveVersion(definition: Json, tests: ParserTest[]): Promise<string> {
  const saved = await post('library/save', { definition, test_packs: tests });
  const versions = saved.saved.map((item: Json) => `${item.name} v${item.version}`).join(', ');
  const failing = (saved.test_results ?? []).filter((result: Json) => !result.passed).length;
  return `saved ${versions || 'test packs'}${saved.tests_saved ? `; ${saved.tests_saved} test(s) stored${failing ? `, ${failing} failing` : ''}` : ''}`;
}

/** Downloads the definition as a hydrus PNG or native JSON (with the test packs). */
export async function download(definition: Json, format: 'png' | 'json', tests: ParserTest[], name: string): Promise<void> {
  const blob = await exportFile(definition, format, tests);
  const link = h('a', { href: URL.createObjectURL(blob), download: `${name}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
}

export async function runTests(definition: Json, tests: ParserTest[]): Promise<Json> {
  return post('tests', { definition, test_packs: tests });
}

export function renderTests(parent: HTMLElement, tests: ParserTest[], results: Json | null): void {
  fill(parent,
    h('p', { class: 'summary', id: 'test-summary' }, results ? `${results.passed} passed, ${results.failed} failed` : `${tests.length} test document(s)`),
    h('ul', { class: 'tests' }, ...tests.map((test, i) => {
      const result = results?.results?.[i];
      return h('li', { class: result ? (result.passed ? 'pass' : 'fail') : '' }, `${test.parser} on ${test.url}`, result?.problem ? h('span', { class: 'problem' }, ` — ${result.problem}`) : null);
    })));
}
