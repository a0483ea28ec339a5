// The hydrus-web done-when item of the Client API: the real third-party web client, built from
// ../shared/clients/hydrus-web, served as static files and driven in chromium against a real `hydra serve --api-cors`
// whose store holds imported images with sidecar tags. It connects with an access key, searches a tag, shows the
// thumbnails, opens a file, adds a tag and likes it in its file sheet, both then read back through the API; its Pages
// view shows a URL queue page (made by add_url) with the files put on it by /manage_pages/add_files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe, hydra } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { writePng } from '../support/images.mjs';
import { serveStatic } from '../support/static.mjs';
import { hydrusWebDist } from '../support/hydrus-web.mjs';

const searchedTag = 'browser test';
const addedTag = 'added in hydrus-web';

async function storeWithTaggedImages(folder) {
  const images = join(folder, 'images');
  mkdirSync(images);
  writePng(join(images, 'red.png'), 64, 48, [200, 30, 30], [searchedTag, 'colour:red']);
  writePng(join(images, 'blue.png'), 48, 64, [30, 30, 200], [searchedTag, 'colour:blue']);
  writePng(join(images, 'green.png'), 40, 40, [30, 200, 30], ['colour:green']);
  const store = join(folder, 'hydra.db');
  await hydra(store, ['import', images, '--sidecars']);
  await hydra(store, ['ratings', 'add', 'favourites', '--like']);
  const key = (await hydra(store, ['api', 'keys', 'add', 'hydrus-web', '--all'])).match(/[0-9a-f]{64}/)?.[0];
  assert.ok(key, 'hydra api keys add printed no key');
  return { store, key };
}

async function until(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

async function metadataOf(serve, key, hash) {
  const response = await fetch(`${serve.url}/get_files/file_metadata?hashes=${encodeURIComponent(JSON.stringify([hash]))}`, { headers: { 'Hydrus-Client-API-Access-Key': key } });
  return (await response.json()).metadata[0];
}

async function storageTags(serve, key, hash) {
  const metadata = await metadataOf(serve, key, hash);
  return Object.values(metadata.tags).find(service => service.name === 'my tags')?.storage_tags?.['0'] ?? [];
}

let setup = null;
let skipReason = browserMissing();

before(async () => {
  if (skipReason) return;
  const web = await hydrusWebDist();
  if (web.missing) { skipReason = `hydrus-web could not be built: ${web.missing}`; return; }
  const folder = mkdtempSync(join(tmpdir(), 'hydra-hydrus-web-'));
  const { store, key } = await storeWithTaggedImages(folder);
  const serve = await startServe({ store, extraArgs: ['--api-cors'] });
  const site = await serveStatic(web.dist);
  const browser = await launch();
  setup = { folder, key, serve, site, browser };
}, { timeout: 40 * 60_000 });

after(async () => {
  if (!setup) return;
  await setup.browser.close();
  await setup.site.close();
  await setup.serve.stop();
  rmSync(setup.folder, { recursive: true, force: true });
});

/** A chromium page with hydrus-web connected to the API (its settings saved), watching the API's answers. */
async function connectedPage() {
  const { browser, serve, site, key } = setup;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen = { thumbnails: new Set(), failures: [] };
  page.on('response', response => {
    const url = response.url();
    if (!url.startsWith(serve.url)) return;
    if (url.includes('/get_files/thumbnail') && response.status() === 200) seen.thumbnails.add(new URL(url).searchParams.get('hash'));
    if (response.status() >= 400) seen.failures.push(`${response.status()} ${url.replace(/Hydrus-Client-API-Access-Key=[0-9a-f]+/, 'key=…')}`);
  });
  await page.goto(`${site.url}/settings`);
  await page.fill('input[name=hydrusApiUrl]', `${serve.url}/`);
  await page.fill('input[name=hydrusApiKey]', key);
  await page.click('button[type=submit]');
  return { page, seen };
}

async function api(path, body) {
  const { serve, key } = setup;
  const init = body === undefined
    ? { headers: { 'Hydrus-Client-API-Access-Key': key } }
    : { method: 'POST', headers: { 'Hydrus-Client-API-Access-Key': key, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${serve.url}${path}`, init);
  assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
  return response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

test('hydrus-web connects, searches a tag, shows thumbnails, opens a file, adds a tag and likes it', { timeout: 10 * 60_000 }, async t => {
  if (skipReason) { t.skip(skipReason); return; }
  const { serve, key } = setup;
  const { page, seen } = await connectedPage();
  await page.goto(`${setup.site.url}/`);

  const search = page.locator('app-tag-input input').first();
  await search.click();
  await search.pressSequentially(searchedTag.slice(0, 6));
  await page.locator('mat-option', { hasText: searchedTag }).first().click();
  await until('two thumbnails in the result grid', async () => (await page.locator('.image-list-image').count()) === 2);
  await until('both thumbnails loaded from the API', () => seen.thumbnails.size === 2);

  await page.locator('.image-list-image').first().click();
  await page.locator('.pswp__img').first().waitFor({ state: 'visible', timeout: 30_000 });
  const hash = await until('the opened file\'s image', async () => {
    const src = await page.locator('.pswp__img').evaluateAll(images => images.map(image => image.src).find(source => /get_files\/(render|file)\?/.test(source)));
    return src && new URL(src).searchParams.get('hash');
  });
  assert.ok(seen.thumbnails.has(hash), 'the opened file is one of the search results');
  await until('the opened image decoded', () => page.locator('.pswp__img').evaluateAll(images => images.some(image => /get_files/.test(image.src) && image.complete && image.naturalWidth > 0)));

  await page.click('.pswp__button--info');
  const sheet = page.locator('mat-bottom-sheet-container');
  await sheet.waitFor({ state: 'visible' });
  await sheet.locator('mat-slide-toggle button').click();
  await sheet.locator('mat-expansion-panel-header', { hasText: 'my tags' }).click();
  await sheet.locator('button', { hasText: 'Add Tags' }).click();
  const dialog = page.locator('mat-dialog-container');
  const tagInput = dialog.locator('app-tag-input input').first();
  await tagInput.fill(addedTag);
  await tagInput.press('Enter');
  await dialog.locator('button', { hasText: /^\s*Add\s*$/ }).click();

  const tags = await until(`"${addedTag}" on the file through the API`, async () => {
    const current = await storageTags(serve, key, hash);
    return current.includes(addedTag) && current;
  });
  assert.ok(tags.includes(searchedTag), 'the sidecar tag is still there');

  const favourites = Buffer.from('favourites').toString('hex');
  assert.equal((await metadataOf(serve, key, hash)).ratings[favourites], null, 'not rated yet');
  await sheet.locator('mat-expansion-panel-header', { hasText: 'Ratings' }).click();
  await sheet.locator('app-rating-like button').first().click();
  await until('the like through the API', async () => (await metadataOf(serve, key, hash)).ratings[favourites] === true);
  assert.deepEqual(seen.failures, [], 'hydrus-web got no API errors');
  await page.context().close();
});

test('hydrus-web\'s Pages view shows a URL queue page with the files added to it', { timeout: 10 * 60_000 }, async t => {
  if (skipReason) { t.skip(skipReason); return; }
  // The URL points at a closed loopback port: the queue (the page) exists, its one download fails quickly.
  await api('/add_urls/add_url', { url: 'http://127.0.0.1:9/post/1', destination_page_name: 'api page' });
  const { pages } = await api('/manage_pages/get_pages');
  const listed = pages.pages.find(page => page.name === 'api page');
  assert.ok(listed, 'get_pages lists the queue as a page');
  const { hashes } = await api(`/get_files/search_files?tags=${encodeURIComponent(JSON.stringify([searchedTag]))}&return_hashes=true`);
  assert.equal(hashes.length, 2);
  await api('/manage_pages/add_files', { page_key: listed.page_key, hashes });

  const { page, seen } = await connectedPage();
  await page.goto(`${setup.site.url}/pages`);
  await page.locator('.mat-mdc-tab', { hasText: 'api page' }).first().click();
  await until('the page\'s two thumbnails', async () => (await page.locator('.image-list-image').count()) === 2);
  await until('both thumbnails loaded from the API', () => hashes.every(hash => seen.thumbnails.has(hash)));
  assert.deepEqual(seen.failures, [], 'hydrus-web got no API errors');
  await page.context().close();
});
