/**
 * RCS502 dbfilename-suspicious — the dump file is named like an attack target: `authorized_keys`,
 * a crontab (`root`, `crontab`), a server-side script (`.php`, `.jsp`...) or a shared library
 * (`.so`). No real setup names its dump that way; it is what a CONFIG SET takeover leaves behind.
 */
import type { Finding, Rule } from '../types';
import { replaceValues } from '../edits';
import type { SecurityModel } from '../model';

const NAMES: Record<string, string> = {
  authorized_keys: 'an SSH authorized_keys file',
  authorized_keys2: 'an SSH authorized_keys file',
  root: "root's crontab",
  crontab: 'a crontab',
  'ld.so.preload': 'the dynamic loader preload list',
  '.bashrc': 'a shell start-up file',
  '.bash_profile': 'a shell start-up file',
  '.profile': 'a shell start-up file',
  '.htaccess': 'a web server override file',
  passwd: 'the password database',
  shadow: 'the password database',
  sudoers: 'the sudo policy',
};

const SCRIPT = /\.(php[3-7]?|phtml|phar|jsp|jspx|asp|aspx|ashx|cgi|pl|sh|bash)$/;
const LIBRARY = /\.(so(\.\d+)*|dll)$/;

/** What a file name looks like, when it looks like an attack target. */
export function suspiciousName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NAMES, lower)) return NAMES[lower];
  if (SCRIPT.test(lower)) return 'a server-side script';
  if (LIBRARY.test(lower)) return 'a shared library';
  return undefined;
}

function check(model: SecurityModel, name: string, fallback: string): Finding[] {
  const setting = model.settings.get(name);
  const value = setting?.values[0];
  if (!setting?.range || !value) return [];
  const looksLike = suspiciousName(value);
  if (!looksLike) return [];
  return [
    {
      range: setting.range,
      message: `${name} ${value} names the file like ${looksLike}. That is a known sign of a takeover through CONFIG SET; check the server for intrusion and use an ordinary name such as ${fallback}.`,
      fixes: setting.directive ? [{ title: `Use the default file name: ${name} ${fallback}`, edits: [replaceValues(setting.directive, fallback)], safe: false, preferred: true }] : [],
    },
  ];
}

export const dbfilenameSuspicious: Rule = {
  id: 'RCS502',
  name: 'dbfilename-suspicious',
  severity: 'error',
  summary: 'The dump (or append-only) file is named like an attack target: authorized_keys, a crontab, a script or a library.',
  appliesTo: ['config'],
  check(model) {
    // From 7.0 the AOF lives in appenddirname with suffixed names, so appendfilename only matters before.
    const aofIsFile = !model.catalog.directives['appenddirname'];
    return [...check(model, 'dbfilename', 'dump.rdb'), ...(aofIsFile ? check(model, 'appendfilename', 'appendonly.aof') : [])];
  },
};
