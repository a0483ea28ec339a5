// Repair: for a content parser whose trace went empty, suggest HTML formulae (/editor/api/suggest) that reach, in the
// current document, the values its saved test expected; "use" puts the suggested rules in place (keeping the string processing).
import { post, type Json } from './api';
import { h, fill } from './dom';
import type { ParserTest } from './workspace';

/** The values a saved test expected from the content parser named <name>. */
export function expectedValues(tests: ParserTest[], parser: string, name: string): string[] {
  return tests.filter(test => test.parser === parser)
    .flatMap(test => test.expected.posts.flatMap((postResult: Json) => postResult.contents))
    .filter((content: Json) => content.name === name)
    .map((content: Json) => String(content.value));
}

export function suggestButton(values: () => string[], document: () => string, use: (formula: Json) => void): HTMLElement {
  const list = h('div', { class: 'suggestions' });
  const button = h('button', { class: 'suggest', onclick: async () => {
    const wanted = values();
    const asked = wanted.length ? wanted : [prompt('A value this content parser should find in the document:') ?? ''].filter(Boolean);
    if (!asked.length) return;
    try {
      const answer = await post('suggest', { document: document(), values: asked });
      fill(list, answer.suggestions.length ? h('ol', {}, ...answer.suggestions.map((suggestion: Json) => h('li', {},
        h('code', {}, suggestion.formula.rules.map((rule: Json) => `${rule.tag_name}${Object.entries(rule.tag_attributes ?? {}).map(([k, v]) => `[${k}=${v}]`).join('')}`).join(' > '),
          suggestion.formula.content_to_fetch === 'attribute' ? ` @${suggestion.formula.attribute_to_fetch}` : ''),
        ` finds ${suggestion.found} of ${suggestion.wanted}${suggestion.extra ? `, ${suggestion.extra} more` : ''} `,
        h('button', { class: 'use-suggestion', onclick: () => use(suggestion.formula) }, 'use'))))
        : h('p', { class: 'hint' }, 'no element of the document holds those values'));
    } catch (error) {
      fill(list, h('p', { class: 'problem' }, (error as Error).message));
    }
  } }, 'suggest rules');
  return h('div', { class: 'repair' }, button, list);
}
