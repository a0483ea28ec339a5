// The definition editor: open a PNG/JSON file or a library object, see it as a graph, edit it as JSON or in forms, and
// see every content parser's results and step trace live on example documents; save versions, export PNGs.
import { load, post, get, type Json } from './api';
import { createEditor } from './editor';
import { debounce, fill, h } from './dom';
import { renderDocuments } from './documents';
import { renderForm } from './form';
import { pointerOf, renderGraph } from './graph';
import { download, openObject, renderLibrary, renderTests, runTests, saveVersion } from './library';
import { renderResults, renderTrace } from './results';
import { expectedValues, repairView } from './repair';
import { renderTree } from './tree';
import { at, items, parse, persist, restore, type ExampleDocument, type WorkspaceState } from './workspace';

const $ = (id: string) => document.getElementById(id) as HTMLElement;
let state: WorkspaceState = restore() ?? { source: '', text: '', selected: '', documents: [], tests: [] };
let contentIndex = 0;
let testResults: Json | null = null;

const status = (message: string, problem = false) => { $('status').textContent = message; $('status').className = problem ? 'problem' : ''; };

const schema = await get('schema').catch(() => null);
const editor = createEditor($('json'), schema, state.text, text => { state.text = text; persist(state); live(); redrawGraph(); },
  diagnostics => { $('diagnostic-count').textContent = diagnostics.length ? `${diagnostics.length} diagnostic(s)` : ''; });

function definition(): Json | null { return parse(state.text); }

function selectedParser(): Json | null {
  const node = definition() && at(definition(), state.selected);
  return node?.kind === 'page_parser' ? node : null;
}

function currentDocument(): ExampleDocument | null {
  const parser = selectedParser();
  return parser ? state.documents.find(doc => doc.parser === parser.name) ?? null : null;
}

function absolute(pointer: string): string { return state.selected + pointer; }

const live = debounce(350, async () => {
  const parser = selectedParser();
  drawForm();
  const doc = currentDocument();
  if (!parser || !doc?.url || !doc.document) return renderResults($('results'), null, null), renderTrace($('trace'), null, () => {});
  const request = { definition: definition(), name: parser.name, url: doc.url, document: doc.document };
  try {
    const [result, trace] = await Promise.all([post('parse', request), post('trace', request)]);
    renderResults($('results'), result, null);
    renderTrace($('trace'), trace, pointer => editor.reveal(absolute(pointer)), repairFor);
  } catch (error) {
    renderResults($('results'), null, `${(error as Json).where ?? ''} ${(error as Error).message}`);
  }
});

// A suggestion or a proposed chain replaces a content parser's formula, keeping its string processing.
function useFormula(pointer: string, formula: Json, what: string): void {
  const edited = definition();
  const content = at(edited, state.selected + pointer);
  if (!content?.formula) return status(`${pointer} is not a content parser`, true);
  content.formula = { ...formula, processor: content.formula.processor ?? formula.processor };
  editor.replace(JSON.stringify(edited, null, 2));
  status(`${content.name}: rules replaced by the ${what}`);
}

function repairFor(traced: Json): HTMLElement | null {
  const parser = selectedParser();
  if (!parser || !/^\/content_parsers\/\d+$/.test(traced.pointer)) return null;
  return repairView(traced.pointer, {
    values: () => expectedValues(state.tests, parser.name, traced.name),
    document: () => currentDocument()?.document ?? '',
    saved: () => {
      const doc = currentDocument();
      const test = state.tests.find(saved => saved.parser === parser.name && saved.document !== doc?.document);
      return test ? { old: test.document, request: { definition: definition(), name: parser.name, url: test.url } } : null;
    },
    use: formula => useFormula(traced.pointer, formula, 'suggestion'),
  });
}

const redrawGraph = debounce(1200, () => { const def = definition(); if (def) renderGraph($('graph'), def, select); });

// The form edits a parsed copy of the definition in place, then writes it back as the JSON text (one object, two views).
function drawForm(): void {
  const edited = definition();
  const parser = edited && at(edited, state.selected);
  renderForm($('form'), parser?.kind === 'page_parser' ? parser : null, contentIndex, index => { contentIndex = index; drawForm(); },
    () => editor.replace(JSON.stringify(edited, null, 2)), schema?.$defs ?? {});
}

function select(node: { kind: string; name: string }): void {
  const pointer = pointerOf(definition(), node);
  if (pointer === undefined) return;
  if (node.kind === 'parser') { state.selected = pointer; contentIndex = 0; persist(state); drawDocuments(); live(); }
  editor.reveal(pointer);
  document.querySelectorAll('.node.selected').forEach(element => element.classList.remove('selected'));
  document.querySelectorAll(`.node[data-kind="${node.kind}"]`).forEach(element => { if (element.textContent === node.name) element.classList.add('selected'); });
  $('selected').textContent = `${node.kind}: ${node.name}`;
}

function drawDocuments(): void {
  renderDocuments($('documents'), selectedParser()?.name ?? null, currentDocument(), {
    update(doc) { state.documents = [...state.documents.filter(other => other.parser !== doc.parser), doc]; persist(state); live(); },
    async addTest(doc) {
      try {
        const expected = await post('parse', { definition: definition(), name: doc.parser, url: doc.url, document: doc.document });
        state.tests = [...state.tests, { ...doc, expected }];
        persist(state);
        renderTests($('tests'), state.tests, null);
        status(`test document added for ${doc.parser}`);
      } catch (error) { status((error as Error).message, true); }
    },
    problem: message => status(message, true),
  });
}

function open(source: string, native: Json, tests: Json[]): void {
  const parsers = items(native).filter(entry => entry.item.kind === 'page_parser');
  state = { source, text: JSON.stringify(native, null, 2), selected: parsers[0]?.pointer ?? '', documents: tests.map(test => ({ parser: test.parser, url: test.url, document: test.document })), tests };
  persist(state);
  editor.replace(state.text);
  $('source').textContent = source;
  contentIndex = 0;
  testResults = null;
  renderTests($('tests'), state.tests, null);
  drawDocuments();
  redrawGraph();
  live();
}

async function openFile(file: File): Promise<void> {
  const answer = await load(file, file.name).catch(error => ({ ok: false, diagnostics: [{ path: '', code: 'request', message: error.message }] }));
  if (!answer.ok) {
    fill($('file-problems'), ...answer.diagnostics.map((d: Json) => h('li', {}, `${d.code} at ${d.path || '/'}: ${d.message}`)));
    return status(`${file.name} does not load`, true);
  }
  fill($('file-problems'));
  open(file.name, answer.native, answer.test_packs ?? []);
  status(`opened ${file.name} (${answer.format})`);
}

$('open-file').addEventListener('change', event => { const file = (event.target as HTMLInputElement).files?.[0]; if (file) void openFile(file); });
document.body.addEventListener('dragover', event => event.preventDefault());
document.body.addEventListener('drop', event => { event.preventDefault(); const file = event.dataTransfer?.files[0]; if (file) void openFile(file); });
$('open-library').addEventListener('click', () => renderLibrary($('library'), async (kind, name) => {
  const found = await openObject(kind, name);
  open(`library: ${name}`, found.native, found.test_packs ?? []);
  status(`opened ${name} v${found.version} from the library`);
}));
$('save').addEventListener('click', async () => { try { status(await saveVersion(definition(), state.tests)); } catch (error) { status((error as Error).message, true); } });
$('export-png').addEventListener('click', () => download(definition(), 'png', state.tests, 'definition').catch(error => status(error.message, true)));
$('export-json').addEventListener('click', () => download(definition(), 'json', state.tests, 'definition').catch(error => status(error.message, true)));
$('run-tests').addEventListener('click', async () => { testResults = await runTests(definition(), state.tests).catch(error => (status(error.message, true), null)); renderTests($('tests'), state.tests, testResults); });

$('show-tree').addEventListener('click', () => {
  const doc = currentDocument();
  if (!doc?.document) return status('add an example document first', true);
  renderTree($('tree'), doc.document, formula => useFormula(`/content_parsers/${contentIndex}`, formula, 'chain to the clicked node')).catch(error => status(error.message, true));
});

$('source').textContent = state.source;
renderTests($('tests'), state.tests, null);
drawDocuments();
redrawGraph();
live();
// Tools and the browser tests read the JSON view's text here.
Object.assign(globalThis, { hydraEditor: { text: () => editor.text(), replace: (text: string) => editor.replace(text) } });
document.body.dataset.ready = '1';
