// Starts a real `hydra serve` on a fresh store in a temporary folder, on a free loopback port, and stops it.
// The CLI is the one tools/test built (tools/HydraEngine.Cli/bin/Release/net10.0/hydra.dll); HYDRA_DLL overrides it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const hydraDll = process.env.HYDRA_DLL ?? join(root, 'tools/HydraEngine.Cli/bin/Release/net10.0/hydra.dll');

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
  });
}

/** Runs `hydra ARGS... --db STORE` to completion (e.g. to import files or make an access key) and returns stdout. */
export function hydra(store, args, { timeoutMs = 120_000 } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn('dotnet', [hydraDll, ...args, '--db', store], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', d => out += d);
    child.stderr.on('data', d => err += d);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', code => { clearTimeout(timer); code === 0 ? ok(out) : fail(new Error(`hydra ${args.join(' ')} exited ${code}: ${err || out}`)); });
  });
}

/**
 * Starts `hydra serve` on a new store (or `store` when given) and waits until GET /health answers.
 * Returns { url, port, store, folder, output(), stop() }; stop() sends SIGTERM and waits for the exit.
 */
export async function startServe({ store, extraArgs = [], timeoutMs = 90_000 } = {}) {
  if (!existsSync(hydraDll)) throw new Error(`${hydraDll} is missing: build the solution first (tools/test does)`);
  const folder = mkdtempSync(join(tmpdir(), 'hydra-browser-'));
  store ??= join(folder, 'hydra.db');
  const port = await freePort();
  const child = spawn('dotnet', [hydraDll, 'serve', '--db', store, '--port', String(port), ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', d => log += d);
  child.stderr.on('data', d => log += d);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hydra serve exited ${child.exitCode} before answering: ${log}`);
    try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`hydra serve did not answer /health within ${timeoutMs} ms: ${log}`); }
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    url, port, store, folder,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
