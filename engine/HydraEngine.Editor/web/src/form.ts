// The structured view of the selected content parser: its formula's rules and its string processing steps, as form
// fields over the same object the JSON view shows (an edit here rewrites the JSON; an edit there redraws this).
import type { Json } from './api';
import { h, fill } from './dom';

type Changed = () => void;

function field(label: string, value: unknown, set: (text: string) => void, attributes: Record<string, any> = {}): HTMLElement {
  return h('label', { class: 'field' }, label, h('input', { value: value ?? '', onchange: (event: Event) => set((event.target as HTMLInputElement).value), ...attributes }));
}

function choice(label: string, value: string, options: string[], set: (text: string) => void): HTMLElement {
  return h('label', { class: 'field' }, label, h('select', { onchange: (event: Event) => set((event.target as HTMLSelectElement).value) },
    ...options.map(option => h('option', { value: option, selected: option === value }, option))));
}

function attributesText(attributes: Json): string {
  return Object.entries(attributes ?? {}).map(([key, value]) => `${key}=${value}`).join('; ');
}

function parseAttributes(text: string): Json {
  return Object.fromEntries(text.split(';').map(pair => pair.trim()).filter(Boolean).map(pair => [pair.split('=')[0].trim(), pair.split('=').slice(1).join('=').trim()]));
}

function htmlRule(rule: Json, index: number, changed: Changed): HTMLElement {
  return h('div', { class: 'rule', 'data-rule': index },
    h('span', { class: 'index' }, `rule ${index}`),
    choice('type', rule.rule_type, ['descending', 'ascending', 'next_siblings', 'previous_siblings'], value => { rule.rule_type = value; changed(); }),
    field('tag', rule.tag_name, value => { rule.tag_name = value || null; changed(); }, { class: 'tag-name' }),
    field('attributes', attributesText(rule.tag_attributes), value => { rule.tag_attributes = parseAttributes(value); changed(); }),
    field('index', rule.tag_index, value => { rule.tag_index = value === '' ? null : Number(value); changed(); }, { size: 3 }));
}

function jsonRule(rules: Json[], index: number, changed: Changed): HTMLElement {
  return h('div', { class: 'rule', 'data-rule': index }, h('span', { class: 'index' }, `rule ${index}`),
    h('textarea', { rows: 2, onchange: (event: Event) => { try { rules[index] = JSON.parse((event.target as HTMLTextAreaElement).value); changed(); } catch { /* the JSON view shows it */ } } }, JSON.stringify(rules[index])));
}

function step(steps: Json[], index: number, changed: Changed): HTMLElement {
  const current = steps[index];
  return h('div', { class: 'step', 'data-step': index },
    h('span', { class: 'index' }, `${index}: ${current.kind}`),
    h('textarea', { rows: 3, onchange: (event: Event) => { try { steps[index] = JSON.parse((event.target as HTMLTextAreaElement).value); changed(); } catch { /* the JSON view shows it */ } } }, JSON.stringify(current, null, 1)),
    h('button', { onclick: () => { steps.splice(index, 1); changed(); } }, 'remove'));
}

const newStep: Json = { kind: 'string_match', match_type: 'any', value: '', min_chars: null, max_chars: null, example: 'example string' };

/** Draws the form for content parser <index> of <parser>; <changed> is called after the object was edited in place. */
export function renderForm(parent: HTMLElement, parser: Json | null, index: number, pick: (index: number) => void, changed: Changed): void {
  const contentParsers: Json[] = parser?.content_parsers ?? [];
  if (!contentParsers.length) return fill(parent, h('p', { class: 'hint' }, 'Select a page parser (in the graph) to edit its content parsers here.'));
  const content = contentParsers[Math.min(index, contentParsers.length - 1)];
  const formula = content.formula;
  const rules: Json[] = formula.rules ?? [];
  fill(parent,
    choice('content parser', String(index), contentParsers.map((_, i) => String(i)), value => pick(Number(value))),
    h('span', { class: 'content-name' }, content.name),
    field('name', content.name, value => { content.name = value; changed(); }),
    h('h4', {}, `formula: ${formula.kind}`),
    ...(formula.kind === 'html_formula'
      ? [...rules.map((rule, i) => htmlRule(rule, i, changed)),
        choice('fetch', formula.content_to_fetch, ['attribute', 'string', 'html'], value => { formula.content_to_fetch = value; changed(); }),
        field('attribute', formula.attribute_to_fetch, value => { formula.attribute_to_fetch = value; changed(); })]
      : formula.kind === 'json_formula' ? rules.map((_, i) => jsonRule(rules, i, changed)) : [h('p', { class: 'hint' }, 'edit this formula kind in the JSON view')]),
    h('h4', {}, 'string processing'),
    ...(formula.processor?.steps ?? []).map((_: Json, i: number) => step(formula.processor.steps, i, changed)),
    formula.processor ? h('button', { onclick: () => { formula.processor.steps.push(structuredClone(newStep)); changed(); } }, 'add step') : null);
}
