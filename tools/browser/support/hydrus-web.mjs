// The real hydrus-web client (../shared/clients/hydrus-web), built once by tools/lib/hydrus-web.sh and cached under
// artifacts/hydrus-web/<source hash>/dist. The first build runs npm install and ng build (minutes); later calls reuse it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { root } from './serve.mjs';

/** { dist } with the built site's folder, or { missing } saying why hydrus-web cannot be had here. */
export function hydrusWebDist({ timeoutMs = 30 * 60_000 } = {}) {
  return new Promise(ok => {
    execFile('bash', [join(root, 'tools/lib/hydrus-web.sh')], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const dist = stdout.trim().split('\n').pop();
      if (error || !dist) ok({ missing: (stderr.trim().split('\n').pop() || String(error)).replace(/^hydrus-web: /, '') });
      else ok({ dist });
    });
  });
}
