// Launches Debian's chromium (HYDRA_CHROMIUM, else /usr/bin/chromium) with playwright-core, headless.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.HYDRA_CHROMIUM || '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. Tests pass this to node:test's `skip`. */
export function browserMissing() {
  return existsSync(chromiumPath) ? null : `chromium is missing at ${chromiumPath} (tools/test installs it with apt-get as root)`;
}

export function launch() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
