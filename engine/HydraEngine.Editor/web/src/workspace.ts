// The workspace: the definition being edited (native JSON text), example documents, test packs; unsaved state lives in
// localStorage so a reload keeps every edit.
import type { Json } from './api';

export interface ExampleDocument { parser: string; url: string; document: string; }
export interface ParserTest { parser: string; url: string; document: string; expected: Json; }

export interface WorkspaceState {
  source: string;          // where the definition came from (file name or "library: NAME")
  text: string;            // the native JSON text in the editor
  selected: string;        // the JSON Pointer of the selected object ("" for a single object)
  documents: ExampleDocument[];
  tests: ParserTest[];
}

const storageKey = 'hydra-editor-workspace';

export function restore(): WorkspaceState | null {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved ? JSON.parse(saved) as WorkspaceState : null;
  } catch {
    return null;
  }
}

export function persist(state: WorkspaceState): void {
  localStorage.setItem(storageKey, JSON.stringify(state));
}

export function forget(): void {
  localStorage.removeItem(storageKey);
}

/** The definition's objects with their JSON Pointers: a bundle's items, or the one object. */
export function items(definition: Json): { pointer: string; item: Json }[] {
  if (definition?.kind === 'definition_list' && Array.isArray(definition.items)) {
    return definition.items.map((item: Json, i: number) => ({ pointer: `/items/${i}`, item }));
  }
  return definition ? [{ pointer: '', item: definition }] : [];
}

export function at(definition: Json, pointer: string): Json {
  return pointer.split('/').slice(1).reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], definition);
}

/** The parsed definition, or null while the text is not valid JSON. */
export function parse(text: string): Json | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
