// Form fields for any native object of a known kind, read from the definition's JSON Schema: enums as choices, strings
// and numbers as inputs (empty = null where null is allowed), booleans as ticks, nested objects as nested forms, lists
// of objects (a converter's conversions) as lists with add and remove; anything else as its JSON. Edits change the
// object in place and call changed(), which rewrites the JSON view (one object, two views).
import type { Json } from './api';
import { h } from './dom';

export interface FormContext { defs: Record<string, Json>; changed: () => void; }

const hidden = new Set(['kind', '$schema', 'test_packs']);

function resolve(schema: Json, defs: Record<string, Json>): Json {
  return schema?.$ref ? defs[String(schema.$ref).split('/').pop()!] ?? {} : schema ?? {};
}

function kindOf(ref: Json): string { return String(ref.$ref).split('/').pop()!; }

/** A new object of <kind> with its required fields at empty values. */
export function blank(kind: string, defs: Record<string, Json>): Json {
  const schema = defs[kind];
  const object: Json = { kind };
  for (const name of schema?.required ?? []) object[name] = empty(schema.properties[name], defs);
  return object;
}

function empty(property: Json, defs: Record<string, Json>): Json {
  const schema = resolve(property, defs);
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return null;
  switch (schema.type) {
    case 'string': return '';
    case 'integer': case 'number': return 0;
    case 'boolean': return false;
    case 'array': return [];
    case 'object': return schema.properties?.kind?.const ? blank(schema.properties.kind.const, defs) : {};
    default: return null;
  }
}

function labelled(name: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, name.replace(/_/g, ' '), control);
}

export function choice(name: string, value: string, options: string[], set: (value: string) => void): HTMLElement {
  return labelled(name, h('select', { 'data-field': name, onchange: (event: Event) => set((event.target as HTMLSelectElement).value) },
    ...options.map(option => h('option', { value: option, selected: option === value }, option))));
}

function input(name: string, value: Json, read: (text: string) => Json, set: (value: Json) => void, type = 'text'): HTMLElement {
  return labelled(name, h('input', { type, 'data-field': name, value: value ?? '', onchange: (event: Event) => set(read((event.target as HTMLInputElement).value)) }));
}

function field(object: Json, name: string, property: Json, context: FormContext): HTMLElement {
  const schema = resolve(property, context.defs);
  const set = (value: Json) => { object[name] = value; context.changed(); };
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  if (schema.enum) return choice(name, object[name], schema.enum, set);
  if (schema.anyOf) {
    const type = schema.anyOf.find((option: Json) => option.type !== 'null')?.type;
    return type === 'integer' || type === 'number' ? input(name, object[name], number, set, 'number') : input(name, object[name], text => (text === '' ? null : text), set);
  }
  if (schema.type === 'boolean') {
    return labelled(name, h('input', { type: 'checkbox', 'data-field': name, checked: !!object[name], onchange: (event: Event) => set((event.target as HTMLInputElement).checked) }));
  }
  if (schema.type === 'string') return input(name, object[name], text => text, set);
  if (schema.type === 'integer' || schema.type === 'number') return input(name, object[name], text => number(text) ?? 0, set, 'number');
  if (schema.type === 'object' && schema.properties?.kind?.const && context.defs[schema.properties.kind.const]) {
    object[name] ??= blank(schema.properties.kind.const, context.defs);
    return h('fieldset', { class: 'nested', 'data-field': name }, h('legend', {}, name.replace(/_/g, ' ')), objectForm(object[name], context, undefined, undefined, schema.properties.kind.const));
  }
  if (schema.type === 'array' && schema.items?.oneOf) return list(object, name, schema.items.oneOf.map(kindOf), context);
  return labelled(name, h('textarea', { rows: 2, 'data-field': name, onchange: (event: Event) => {
    try { set(JSON.parse((event.target as HTMLTextAreaElement).value)); } catch { /* the JSON view shows it */ }
  } }, JSON.stringify(object[name])));
}

function list(object: Json, name: string, kinds: string[], context: FormContext): HTMLElement {
  const items: Json[] = object[name] ??= [];
  return h('fieldset', { class: 'nested' }, h('legend', {}, name.replace(/_/g, ' ')),
    ...items.map((item, i) => h('div', { class: 'list-item' },
      objectForm(item, context, kinds, next => { items[i] = next; context.changed(); }),
      h('button', { class: 'remove', onclick: () => { items.splice(i, 1); context.changed(); } }, 'remove'))),
    h('button', { class: 'add', onclick: () => { items.push(blank(kinds[0], context.defs)); context.changed(); } }, `add ${name.replace(/_/g, ' ').replace(/s$/, '')}`));
}

/**
 * The fields of <object> (of kind <kind>, by default its own "kind"); with <kinds>, a choice of kind first (choosing
 * another replaces the object with a blank one).
 */
export function objectForm(object: Json, context: FormContext, kinds?: string[], replace?: (next: Json) => void, kind: string = object?.kind): HTMLElement {
  const schema = context.defs[kind];
  const pick = kinds && replace ? choice('kind', object.kind, kinds, value => replace(blank(value, context.defs))) : null;
  const fields = schema
    ? Object.entries(schema.properties ?? {}).filter(([name]) => !hidden.has(name)).map(([name, property]) => field(object, name, property, context))
    : [h('p', { class: 'hint' }, `edit a ${kind ?? 'value'} in the JSON view`)];
  return h('div', { class: 'schema-form', 'data-kind': kind ?? '' }, pick, ...fields);
}
