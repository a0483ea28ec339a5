// Example documents in the editor, in a real browser against a real `hydra serve`: a browser HAR file's entry becomes
// the example document (with its URL), and "fetch through the engine" shows the status, the redirects and the headers,
// and holds back a Cloudflare challenge page with a warning instead of using it (a small loopback site serves both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startServe } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';
import { openInEditor, postPage } from '../support/editor.mjs';


// A site that redirects /old/101 to /post/101 and answers /guarded with Cloudflare's "Just a moment" interstitial.
async function site() {
  const server = createServer((request, response) => {
    if (request.url === '/old/101') return response.writeHead(302, { Location: '/post/101' }).end();
    if (request.url === '/post/101') return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Site': 'fixture' }).end(postPage);
    response.writeHead(503, { 'Content-Type': 'text/html', 'cf-mitigated': 'challenge' }).end('<html><head><title>Just a moment...</title></head><body><form id="challenge-form"></form></body></html>');
  });
  await new Promise(ok => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise(ok => server.close(ok)) };
}

test('an entry of a HAR file becomes the example document, with its URL', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const har = join(serve.folder, 'session.har');
    const entry = (url, text, encoding) => ({ request: { method: 'GET', url }, response: { status: 200, content: { mimeType: 'text/html', text, encoding } } });
    writeFileSync(har, JSON.stringify({ log: { version: '1.2', entries: [
      entry('https://fixture.test/static/app.css', 'body{}'),
      entry('https://fixture.test/post/101', Buffer.from(postPage).toString('base64'), 'base64'),
      { request: { method: 'GET', url: 'https://fixture.test/favicon.ico' }, response: { status: 404, content: { mimeType: 'image/x-icon' } } }] } }));
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve);
    await page.setInputFiles('#document-har', har);
    await page.waitForSelector('.har-entry');
    assert.equal(await page.locator('.har-entry').count(), 2);
    await page.fill('#har-filter', '/post/');
    assert.equal(await page.locator('.har-entry').count(), 1);
    await page.click('.har-entry');
    assert.equal(await page.inputValue('#document-url'), 'https://fixture.test/post/101');
    assert.equal(await page.inputValue('#document-text'), postPage);
    await page.waitForSelector('.results tr[data-content-parser]');
  } finally {
    await browser.close();
    await serve.stop();
  }
});

test('a fetch shows its status, redirects and headers, and holds back a challenge page with a warning', { skip: browserMissing() ?? false, timeout: 180_000 }, async () => {
  const web = await site();
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await openInEditor(page, serve);
    await page.fill('#document-url', `${web.url}/old/101`);
    await page.click('#fetch-document');
    await page.waitForSelector('#fetch-report');
    assert.match(await page.textContent('.fetch-status'), /HTTP 200 text\/html/);
    assert.match(await page.textContent('.redirects'), new RegExp(`302 ${web.url}/old/101`));
    assert.match(await page.textContent('#fetch-report details'), /x-site: fixture/);
    await page.waitForSelector('.results tr[data-content-parser]');

    await page.fill('#document-url', `${web.url}/guarded`);
    await page.click('#fetch-document');
    await page.waitForSelector('#fetch-challenge');
    assert.match(await page.textContent('#fetch-challenge'), /Cloudflare/);
    assert.match(await page.textContent('.fetch-status'), /HTTP 503/);
    assert.equal(await page.inputValue('#document-text'), postPage, 'the challenge page is not used');
    await page.click('#use-anyway');
    assert.match(await page.inputValue('#document-text'), /Just a moment/);
  } finally {
    await browser.close();
    await serve.stop();
    await web.close();
  }
});
