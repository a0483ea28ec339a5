// The definition editor in a real browser against a real `hydra serve`: open a community PNG (or the fixture booru's
// downloader when ../shared/corpus is absent), edit a formula and see the results change, break a rule and see the
// failing step named, add a test document, save as a version, export a PNG that decodes to the edited object, and
// keep an unsaved edit across a reload. Screenshots of the main views go to docs/editor/*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServe, hydra, root } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { addTest, shot } from '../support/editor.mjs';

const corpus = join(root, '..', 'shared', 'corpus');
const communityPng = join(corpus, 'objects', 'community', '3dbooru(behoimi.org)-2018.09.20.png');

// The definition and one of its pages: a community PNG with a real saved page, else the fixture booru's post parser.
function material() {
  if (existsSync(communityPng)) {
    return { file: communityPng, parser: '3dbooru (behoimi.org) gallery page parser', url: 'http://behoimi.org/post/index?limit=10&page=2&tags=',
      page: readFileSync(join(corpus, 'pages', 'behoimi.org', 'post-index-page2.html'), 'utf8'), community: true };
  }
  return { file: join(root, 'parsers', 'fixture-booru', 'fixture booru post page parser.hydrus.json'), parser: 'fixture booru post page parser',
    url: 'http://127.0.0.1:8089/post/1', page: readFileSync(join(root, 'fixtures', 'pages', 'fixture-booru', 'post.html'), 'utf8'), community: false };
}

async function editorText(page) {
  return page.evaluate(() => globalThis.hydraEditor.text());
}

test('the editor opens, edits, traces, tests, saves and exports a downloader', { skip: browserMissing() ?? false, timeout: 240_000 }, async t => {
  const used = material();
  if (!used.community) t.diagnostic(`../shared/corpus is absent: using the fixture booru's parser instead of a community PNG`);
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    page.on('pageerror', error => t.diagnostic(`page error: ${error.message}`));
    await page.goto(`${serve.url}/editor/`);
    await page.waitForSelector('body[data-ready]');
    await page.setInputFiles('#open-file', used.file);
    await page.waitForSelector('.node.parser');
    await page.click(`.node.parser >> text="${used.parser}"`);
    await page.fill('#document-url', used.url);
    await page.fill('#document-text', used.page);
    await page.waitForSelector('.results tr[data-content-parser]');
    await shot(page, 'workspace');
    const before = await page.textContent('#results');

    // edit a formula in the structured form: the first content parser's first rule gets another tag
    const tag = page.locator('#form .rule[data-rule="0"] input.tag-name');
    await tag.fill('no-such-tag');
    await tag.press('Enter');
    await tag.dispatchEvent('change');
    await page.waitForSelector('#failing-step');
    const failing = await page.textContent('#failing-step');
    assert.match(failing, /\/content_parsers\/\d+\/formula\/rules\/0/);
    assert.notEqual(await page.textContent('#results'), before);
    await page.click('#failing-step a');
    await page.locator('#trace').scrollIntoViewIfNeeded();
    await shot(page, 'trace');
    assert.match(await editorText(page), /no-such-tag/);

    // an unsaved edit survives a reload
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    assert.match(await editorText(page), /no-such-tag/);
    await page.waitForSelector('#failing-step');

    // add the document as a test, save as a version, export a PNG
    await addTest(page, 1);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('saved'));
    await page.click('#open-library');
    await page.waitForSelector('.open-object');
    await shot(page, 'library');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const exported = join(serve.folder, 'exported.png');
    await download.saveAs(exported);
    // the PNG decodes (through the engine's /editor/api/load) to the same hydrus object as the edited text
    const decode = async body => (await fetch(`${serve.url}/editor/api/load?name=x`, { method: 'POST', body })).json();
    const fromPng = await decode(readFileSync(exported));
    const fromText = await decode(await editorText(page));
    assert.equal(fromPng.format, 'hydrus_png');
    assert.deepEqual(fromPng.hydrus, fromText.hydrus);
    assert.match(JSON.stringify(fromPng.native), /no-such-tag/);
    const listed = JSON.parse(await hydra(serve.store, ['downloaders', 'list', '--json']));
    assert.ok(listed.some(item => item.name === used.parser));
  } finally {
    await browser.close();
    await serve.stop();
  }
});

test('a broken rule is repaired from a suggestion that reaches what the saved test expected', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(`${serve.url}/editor/`);
    await page.waitForSelector('body[data-ready]');
    await page.setInputFiles('#open-file', join(root, 'fixtures', 'pages', 'fixture-booru', 'parsers', 'post page parser.hydrus.json'));
    await page.waitForSelector('#document-url');
    await page.fill('#document-url', 'https://fixture.test/post/101');
    await page.fill('#document-text', readFileSync(join(root, 'fixtures', 'pages', 'fixture-booru', 'post.html'), 'utf8'));
    await page.waitForSelector('.results tr[data-content-parser]');
    await addTest(page, 1);

    const tag = page.locator('#form .rule[data-rule="0"] input.tag-name');
    await tag.fill('no-such-tag');
    await tag.dispatchEvent('change');
    await page.waitForSelector('#failing-step');
    await page.click('.content-parser.empty .suggest');
    await page.waitForSelector('.use-suggestion');
    await page.locator('#trace').scrollIntoViewIfNeeded();
    await shot(page, 'repair');
    await page.click('.use-suggestion');
    await page.waitForFunction(() => !document.querySelector('.content-parser.empty') && !!document.querySelector('.ok'));
    await page.click('#run-tests');
    await page.waitForFunction(() => document.querySelector('#test-summary')?.textContent?.includes('1 passed'));
  } finally {
    await browser.close();
    await serve.stop();
  }
});
