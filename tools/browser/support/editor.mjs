// Editor helpers for browser tests: open the editor on a definition file and give its parser an example document.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './serve.mjs';

export const fixtureBooru = join(root, 'fixtures', 'pages', 'fixture-booru');
export const postPage = readFileSync(join(fixtureBooru, 'post.html'), 'utf8');

/** Opens /editor/ on `file` (default: the fixture booru's post page parser); with `url` and `document`, waits for results. */
export async function openInEditor(page, serve, { file = join(fixtureBooru, 'parsers', 'post page parser.hydrus.json'), url, document } = {}) {
  await page.goto(`${serve.url}/editor/`);
  await page.waitForSelector('body[data-ready]');
  await page.setInputFiles('#open-file', file);
  await page.waitForSelector('#document-url');
  if (url === undefined) return;
  await page.fill('#document-url', url);
  await page.fill('#document-text', document);
  await page.waitForSelector('.results tr[data-content-parser]');
}

/** Where the editor's screenshots for README are kept. */
export const shots = join(root, 'docs', 'editor');

/** Saves a screenshot of the page as docs/editor/NAME.png. */
export async function shot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

/** Adds the example document as a test and waits until the parser has `count` tests. */
export async function addTest(page, count) {
  await page.click('#add-test');
  await page.waitForFunction(expected => document.querySelector('#test-summary')?.textContent?.includes(`${expected} test`), count);
}
