// Installs a packaged extension (.vsix) into a code-server extensions dir, the way a user would with
// `code-server --install-extension`. The install is its own short-lived code-server process: a server that is
// already running does not pick up new installs, so start the server afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CS_ENTRY, NODE24, node24Env } from './paths.mjs';

/**
 * @param {string} vsix path of the .vsix file
 * @param {string} extensionsDir where the extension is unpacked (created if missing)
 * @returns {Promise<{ ms: number, output: string }>} rejects with the install's output when it fails
 */
export async function installVsix(vsix, extensionsDir) {
  const start = Date.now();
  // The install writes a config, user data and XDG dirs of its own; none of it is worth keeping.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redis-conf-install-'));
  try {
    mkdirSync(extensionsDir, { recursive: true });
    const config = path.join(scratch, 'config.yaml');
    writeFileSync(config, 'auth: none\ncert: false\n');
    const args = [
      CS_ENTRY, '--config', config, '--user-data-dir', path.join(scratch, 'user-data'),
      '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix),
    ];
    const env = node24Env({ XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'), XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') });
    const { code, signal, output } = await new Promise((resolve, reject) => {
      const child = spawn(NODE24, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (b) => { text += b; });
      child.stderr.on('data', (b) => { text += b; });
      child.on('error', reject);
      child.on('close', (c, s) => resolve({ code: c, signal: s, output: text }));
    });
    if (code !== 0) throw new Error(`installing ${vsix} failed (${code ?? signal}):\n${output.trim()}`);
    return { ms: Date.now() - start, output };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
