// The browser harness itself: a real `hydra serve` answers /health and chromium renders what it serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServe } from '../support/serve.mjs';
import { launch, browserMissing } from '../support/browser.mjs';

test('chromium reads the health document of a real hydra serve', { skip: browserMissing() ?? false }, async () => {
  const serve = await startServe();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${serve.url}/health`);
    assert.equal(response.status(), 200);
    const health = JSON.parse(await page.textContent('body'));
    assert.equal(health.status, 'ok');
  } finally {
    await browser.close();
    await serve.stop();
  }
});
