// The structured view of the selected content parser: its formula's rules (HTML rules, JSON rules) and its string
// processing steps, field by field, over the same object the JSON view shows (an edit here rewrites the JSON; an edit
// there redraws this). Fields come from the JSON Schema (schemaform.ts).
import type { Json } from './api';
import { h, fill } from './dom';
import { blank, choice, objectForm, type FormContext } from './schemaform';

const ruleKinds = ['json_dictionary_key', 'json_all_items', 'json_indexed_item', 'json_ascend', 'json_deminify', 'json_test_string_items'];
const stepKinds = ['string_match', 'string_converter', 'string_splitter', 'string_joiner', 'string_slicer', 'string_sorter', 'string_tag_filter'];

function field(label: string, value: unknown, set: (text: string) => void, attributes: Record<string, any> = {}): HTMLElement {
  return h('label', { class: 'field' }, label, h('input', { value: value ?? '', onchange: (event: Event) => set((event.target as HTMLInputElement).value), ...attributes }));
}

function attributesText(attributes: Json): string {
  return Object.entries(attributes ?? {}).map(([key, value]) => `${key}=${value}`).join('; ');
}

function parseAttributes(text: string): Json {
  return Object.fromEntries(text.split(';').map(pair => pair.trim()).filter(Boolean).map(pair => [pair.split('=')[0].trim(), pair.split('=').slice(1).join('=').trim()]));
}

function htmlRule(rule: Json, index: number, changed: () => void): HTMLElement {
  return h('div', { class: 'rule', 'data-rule': index },
    h('span', { class: 'index' }, `rule ${index}`),
    choice('type', rule.rule_type, ['descending', 'ascending', 'next_siblings', 'previous_siblings'], value => { rule.rule_type = value; changed(); }),
    field('tag', rule.tag_name, value => { rule.tag_name = value || null; changed(); }, { class: 'tag-name' }),
    field('attributes', attributesText(rule.tag_attributes), value => { rule.tag_attributes = parseAttributes(value); changed(); }),
    field('index', rule.tag_index, value => { rule.tag_index = value === '' ? null : Number(value); changed(); }, { size: 3 }));
}

/** One item of a list (JSON rules, string processing steps) as its own form, with remove. */
function item(items: Json[], index: number, kinds: string[], attributes: Record<string, any>, context: FormContext): HTMLElement {
  return h('div', attributes, h('span', { class: 'index' }, `${index}: ${items[index].kind}`),
    objectForm(items[index], context, kinds, next => { items[index] = next; context.changed(); }),
    h('button', { class: 'remove', onclick: () => { items.splice(index, 1); context.changed(); } }, 'remove'));
}

/** Draws the form for content parser <index> of <parser>; <changed> is called after the object was edited in place. */
export function renderForm(parent: HTMLElement, parser: Json | null, index: number, pick: (index: number) => void, changed: () => void, defs: Record<string, Json>): void {
  const contentParsers: Json[] = parser?.content_parsers ?? [];
  if (!contentParsers.length) return fill(parent, h('p', { class: 'hint' }, 'Select a page parser (in the graph) to edit its content parsers here.'));
  const content = contentParsers[Math.min(index, contentParsers.length - 1)];
  const formula = content.formula;
  const rules: Json[] = formula.rules ?? [];
  const context: FormContext = { defs, changed };
  fill(parent,
    choice('content parser', String(index), contentParsers.map((_, i) => String(i)), value => pick(Number(value))),
    h('span', { class: 'content-name' }, content.name),
    field('name', content.name, value => { content.name = value; changed(); }),
    h('h4', {}, `formula: ${formula.kind}`),
    ...(formula.kind === 'html_formula'
      ? [...rules.map((rule, i) => htmlRule(rule, i, changed)),
        choice('fetch', formula.content_to_fetch, ['attribute', 'string', 'html'], value => { formula.content_to_fetch = value; changed(); }),
        field('attribute', formula.attribute_to_fetch, value => { formula.attribute_to_fetch = value; changed(); })]
      : formula.kind === 'json_formula'
        ? [...rules.map((_, i) => item(rules, i, ruleKinds, { class: 'rule', 'data-rule': i }, context)),
          h('button', { class: 'add-rule', onclick: () => { rules.push(blank('json_all_items', defs)); changed(); } }, 'add rule'),
          choice('fetch', formula.content_to_fetch, ['string', 'json', 'dictionary_keys'], value => { formula.content_to_fetch = value; changed(); })]
        : [h('p', { class: 'hint' }, 'edit this formula kind in the JSON view')]),
    h('h4', {}, 'string processing'),
    ...(formula.processor?.steps ?? []).map((_: Json, i: number) => item(formula.processor.steps, i, stepKinds, { class: 'step', 'data-step': i }, context)),
    formula.processor ? h('button', { class: 'add-step', onclick: () => { formula.processor.steps.push(blank('string_match', defs)); changed(); } }, 'add step') : null);
}
