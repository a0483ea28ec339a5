// The editor's HTTP API (engine/HydraEngine.Editor/Api): every call returns the JSON answer or throws ApiError with "where" and "why".
export type Json = any;

export class ApiError extends Error {
  constructor(public status: number, public where: string, message: string, public diagnostics?: Diagnostic[]) { super(message); }
}

export interface Diagnostic { path: string; severity: string; code: string; message: string; }

const base = new URL('api/', document.baseURI);

async function answer(response: Response): Promise<Json> {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, body?.where ?? '', body?.error ?? `HTTP ${response.status}`, body?.diagnostics);
  return body;
}

export async function post(path: string, body: Json): Promise<Json> {
  return answer(await fetch(new URL(path, base), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
}

export async function get(path: string): Promise<Json> {
  return answer(await fetch(new URL(path, base)));
}

/** Sends a file (PNG, hydrus JSON, native JSON) or the editor's text to /load: native JSON, diagnostics, test packs. */
export async function load(bytes: BodyInit, name: string): Promise<Json> {
  return answer(await fetch(new URL(`load?name=${encodeURIComponent(name)}`, base), { method: 'POST', body: bytes }));
}

/** /export as a file the browser downloads (format png or json). */
export async function exportFile(definition: Json, format: 'png' | 'json', testPacks: Json[]): Promise<Blob> {
  const response = await fetch(new URL('export', base), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ definition, format, test_packs: testPacks }) });
  if (!response.ok) await answer(response);
  return response.blob();
}
