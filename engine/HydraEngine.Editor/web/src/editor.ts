// The JSON view: CodeMirror 6 with the native JSON Schema (validation, completion, hover) and the engine's own
// diagnostics (code and message at each JSON Pointer), checked by /editor/api/load as you type.
import { EditorView, basicSetup } from 'codemirror';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { jsonSchema } from 'codemirror-json-schema';
import { load, type Diagnostic, type Json } from './api';
import { locate, spans } from './pointers';

export interface JsonEditor {
  view: EditorView;
  text(): string;
  replace(text: string): void;
  reveal(pointer: string): void;
}

export function createEditor(parent: HTMLElement, schema: Json, initial: string, changed: (text: string) => void, diagnosed: (diagnostics: Diagnostic[]) => void): JsonEditor {
  const engineLinter = linter(async view => {
    const text = view.state.doc.toString();
    if (!text.trim()) return [];
    const answer = await load(text, 'editor').catch(() => null);
    const diagnostics: Diagnostic[] = answer?.diagnostics ?? [];
    diagnosed(diagnostics);
    const all = spans(text);
    return diagnostics.map((diagnostic): LintDiagnostic => {
      const span = locate(all, diagnostic.path) ?? { from: 0, to: 0 };
      return { from: span.from, to: span.to, severity: diagnostic.severity === 'error' ? 'error' : 'warning', source: diagnostic.code, message: `${diagnostic.code} at ${diagnostic.path || '/'}: ${diagnostic.message}` };
    });
  }, { delay: 400 });
  const view = new EditorView({
    parent,
    doc: initial,
    extensions: [
      basicSetup,
      json(),
      linter(jsonParseLinter()),
      ...(schema ? [jsonSchema(schema)] : []),
      engineLinter,
      lintGutter(),
      EditorView.updateListener.of(update => { if (update.docChanged) changed(update.state.doc.toString()); }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    replace(text: string) {
      if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    reveal(pointer: string) {
      const span = locate(spans(view.state.doc.toString()), pointer);
      if (span) view.dispatch({ selection: { anchor: span.from, head: Math.min(span.to, span.from + 2000) }, effects: EditorView.scrollIntoView(span.from, { y: 'start' }) });
    },
  };
}
