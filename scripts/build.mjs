#!/usr/bin/env node
// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
// Release builds are plain (no minify, no source maps) so stack traces from users stay readable;
// `--sourcemap` adds maps for debugging, `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18', // the oldest Node a supported VS Code ships (1.91 runs Electron 29 / Node 20; keep margin)
  sourcemap: args.has('--sourcemap'),
  minify: false,
  logLevel: 'info',
  absWorkingDir: root,
  define: { REDIS_CONF_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.rebuild();
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map(b => esbuild.build({ ...common, ...b })));
}
chmodSync(join(root, 'dist/cli.js'), 0o755);
