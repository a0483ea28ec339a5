// The editor's repair views in a real browser against a real `hydra serve`: after a site change, "what changed" shows
// the element path of the failing rule in the saved and the current document with what changed on it; clicking a node
// of the rendered document tree proposes the rule chains to it with what they yield, and "use" puts one in the formula.
// Screenshots go to docs/editor/diff.png and docs/editor/tree.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServe } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { addTest, openInEditor, postPage, shot } from '../support/editor.mjs';

test('after a site change, "what changed" shows the failing rule\'s element path in both documents', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve, { url: 'https://fixture.test/post/101', document: postPage });
    await addTest(page, 1);

    // the site renames its tag classes: the saved test document stays, the example document is the new page
    await page.fill('#document-text', postPage.replaceAll('class="tag-type-', 'class="tag-kind-'));
    await page.waitForSelector('#failing-step');
    await page.click('.content-parser.empty .show-diff');
    await page.waitForSelector('.diff-levels tr.changed');
    assert.match(await page.textContent('.old-path'), /section#tags > ul > li\.tag-type-/);
    assert.match(await page.textContent('.new-path'), /li\.tag-kind-/);
    assert.match(await page.textContent('.diff-levels'), /class added 'tag-kind-/);
    await page.locator('.diff-levels').scrollIntoViewIfNeeded();
    await shot(page, 'diff');
  } finally {
    await browser.close();
    await serve.stop();
  }
});

test('clicking a node of the document tree proposes a chain to it, and "use" puts it in the formula', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve, { url: 'https://fixture.test/post/101', document: postPage });
    await page.click('#show-tree');
    const original = page.locator('.tree-node', { hasText: 'a#original' });
    await original.click();
    await page.waitForSelector('.chain-proposal');
    assert.match(await page.textContent('#chains'), /\/\/files\.fixture\.test\/orig\/101\.png/);
    await page.locator('#chains').scrollIntoViewIfNeeded();
    await shot(page, 'tree');

    // "use" replaces the first content parser's rules with exactly the proposed chain
    const path = JSON.parse(await original.getAttribute('data-path'));
    const proposed = await (await fetch(`${serve.url}/editor/api/chain`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ document: postPage, path }) })).json();
    await page.locator('.use-chain').first().click();
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('chain to the clicked node'));
    const edited = JSON.parse(await page.evaluate(() => globalThis.hydraEditor.text()));
    assert.deepEqual(edited.content_parsers[0].formula.rules, proposed.chains[0].formula.rules);
  } finally {
    await browser.close();
    await serve.stop();
  }
});
