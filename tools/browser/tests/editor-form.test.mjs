// The editor's form in a real browser against a real `hydra serve`: JSON rules and string processing steps are edited
// field by field (no JSON text), and the form and the JSON view stay two views of the same object. The screenshot goes
// to docs/editor/form.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServe, root } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { openInEditor, fixtureBooru as folder } from '../support/editor.mjs';


const definition = page => page.evaluate(() => JSON.parse(globalThis.hydraEditor.text()));

async function change(locator, value) {
  if (await locator.evaluate(element => element.tagName) === 'SELECT') await locator.selectOption(value);
  else { await locator.fill(value); await locator.dispatchEvent('change'); }
}

test('JSON rules and string processing steps are edited field by field, in step with the JSON view', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve, { file: join(folder, 'parsers', 'api gallery parser.hydrus.json'), url: 'https://fixture.test/api/posts?page=1',
      document: readFileSync(join(folder, 'api-posts.json'), 'utf8') });

    // a JSON rule's key, in its own field
    await change(page.locator('#form .rule[data-rule="0"] fieldset[data-field="key_match"] input[data-field="value"]'), 'no-such-key');
    await page.waitForSelector('#failing-step');
    assert.equal((await definition(page)).content_parsers[0].formula.rules[0].key_match.value, 'no-such-key');

    // a new string processing step, turned into a splitter, its separator set in a field
    await page.click('#form .add-step');
    await page.waitForSelector('#form .step[data-step="0"]');
    await change(page.locator('#form .step[data-step="0"] select[data-field="kind"]'), 'string_splitter');
    await page.waitForSelector('#form .step[data-step="0"] input[data-field="separator"]');
    await change(page.locator('#form .step[data-step="0"] input[data-field="separator"]'), ',');
    mkdirSync(join(root, 'docs', 'editor'), { recursive: true });
    await page.screenshot({ path: join(root, 'docs', 'editor', 'form.png') });
    const steps = (await definition(page)).content_parsers[0].formula.processor.steps;
    assert.deepEqual(steps, [{ kind: 'string_splitter', separator: ',' }]);

    // an edit in the JSON view shows in the form
    const edited = await definition(page);
    edited.content_parsers[0].formula.processor.steps[0].separator = '|';
    await page.evaluate(text => globalThis.hydraEditor.replace(text), JSON.stringify(edited, null, 2));
    await page.waitForFunction(() => document.querySelector('#form .step[data-step="0"] input[data-field="separator"]')?.value === '|');
  } finally {
    await browser.close();
    await serve.stop();
  }
});
