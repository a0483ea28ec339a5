// Where a JSON Pointer sits in JSON text: a small scanner that records the span of every value by its pointer, so
// diagnostics, the trace and the graph can point into the editor.
export type Spans = Map<string, { from: number; to: number }>;

export function spans(text: string): Spans {
  const found: Spans = new Map();
  let i = 0;
  const space = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try { return JSON.parse(text.slice(start, i)); } catch { return ''; }
  };
  const value = (pointer: string): void => {
    space();
    const from = i;
    if (text[i] === '{') {
      i++; space();
      while (i < text.length && text[i] !== '}') {
        space();
        const key = string();
        space(); i++; // ':'
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '[') {
      i++; space();
      for (let n = 0; i < text.length && text[i] !== ']'; n++) {
        value(`${pointer}/${n}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '"') {
      string();
    } else {
      while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
    }
    found.set(pointer, { from, to: i });
  };
  try { value(''); } catch { /* a partial map is still useful */ }
  return found;
}

/** The span of the pointer, or of its nearest parent that exists (a missing key points at its object). */
export function locate(all: Spans, pointer: string): { from: number; to: number } | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const span = all.get(p);
    if (span || p === '') return span;
  }
}
