// Short readable forms of native formulae (what suggestions and proposed chains show): HTML rules as
// tag[attr=value]#index > …, JSON rules as ["key"][0][*].
import type { Json } from './api';

function htmlRule(rule: Json): string {
  const attributes = Object.entries(rule.tag_attributes ?? {}).map(([key, value]) => `[${key}=${value}]`).join('');
  return `${rule.rule_type && rule.rule_type !== 'descending' ? `${rule.rule_type} ` : ''}${rule.tag_name ?? '*'}${attributes}${rule.tag_index != null ? `#${rule.tag_index}` : ''}`;
}

function jsonRule(rule: Json): string {
  switch (rule.kind) {
    case 'json_dictionary_key': return `[${JSON.stringify(rule.key_match?.value ?? '')}]`;
    case 'json_indexed_item': return `[${rule.index}]`;
    case 'json_all_items': return '[*]';
    case 'json_ascend': return `^${rule.levels}`;
    default: return `(${rule.kind})`;
  }
}

export function describeFormula(formula: Json): string {
  if (formula?.kind === 'json_formula') return (formula.rules ?? []).map(jsonRule).join('') + (formula.content_to_fetch !== 'string' ? ` ${formula.content_to_fetch}` : '');
  if (formula?.kind === 'html_formula') {
    return (formula.rules ?? []).map(htmlRule).join(' > ') + (formula.content_to_fetch === 'attribute' ? ` @${formula.attribute_to_fetch}` : formula.content_to_fetch === 'html' ? ' html' : '');
  }
  return formula?.kind ?? '?';
}
