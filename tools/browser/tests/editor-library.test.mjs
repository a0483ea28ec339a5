// Saving from the editor, in a real browser against a real `hydra serve`: a second save of a library object is a
// "local edit" version (shown in the library list and in `hydra downloaders history`), and rolling the parser back
// with `hydra downloaders rollback` brings back the test pack saved with that version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServe, hydra } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { addTest, openInEditor, postPage } from '../support/editor.mjs';

const parser = 'fixture post page';

async function save(page, expected) {
  await page.click('#save');
  await page.waitForFunction(text => document.querySelector('#status')?.textContent?.startsWith(text), expected);
}

test('an edit saved over a library object is a local edit, and a rollback restores its test pack', { skip: browserMissing() ?? false, timeout: 240_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve, { url: 'https://fixture.test/post/101', document: postPage });
    await addTest(page, 1);
    await save(page, `saved ${parser} v1`);

    // v2: the first content parser renamed in the form, and a second test document
    const name = page.locator('#form label.field:has-text("name") input').first();
    await name.fill('artist (edited)');
    await name.dispatchEvent('change');
    await page.waitForFunction(() => globalThis.hydraEditor.text().includes('artist (edited)'));
    await page.fill('#document-url', 'https://fixture.test/post/102');
    await page.waitForSelector('.results tr[data-content-parser="artist (edited)"]');
    await addTest(page, 2);
    await save(page, `saved ${parser} v2`);
    await page.click('#open-library');
    await page.waitForSelector('.local-edit');

    const history = await hydra(serve.store, ['downloaders', 'history', parser]);
    assert.match(history, /local edit/);
    await hydra(serve.store, ['downloaders', 'rollback', parser, '1']);
    const tests = JSON.parse(await hydra(serve.store, ['downloaders', 'test', parser, '--json']));
    assert.equal(tests.tests.length, 1, 'the pack saved with v1 (one document) is back');
    assert.equal(tests.passed, 1);
  } finally {
    await browser.close();
    await serve.stop();
  }
});
