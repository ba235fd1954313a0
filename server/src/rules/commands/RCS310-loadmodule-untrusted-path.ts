/**
 * RCS310 loadmodule-untrusted-path — a module is native code running inside the server with its
 * privileges. Loading it from a relative path, a world-writable directory such as /tmp, or the
 * data directory (where CONFIG SET and a rogue master can drop files) lets others swap the code.
 * File ownership and modes need the file system and are not judged here.
 */
import type { Rule } from '../types';

const SHARED_DIRS = ['/tmp', '/var/tmp', '/dev/shm'];

/** Collapses `//`, `.` and `..` of an absolute path, without touching the file system. */
export function normalizeAbsolute(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

function inside(path: string, dir: string): boolean {
  return dir === '/' ? true : path === dir || path.startsWith(dir + '/');
}

export const loadmoduleUntrustedPath: Rule = {
  id: 'RCS310',
  name: 'loadmodule-untrusted-path',
  severity: 'error',
  summary: 'A module is loaded from a relative path, a shared temporary directory or the data directory.',
  appliesTo: ['config'],
  check(model) {
    const dirValue = model.settings.get('dir')?.values[0];
    const dataDir = dirValue && dirValue.startsWith('/') ? normalizeAbsolute(dirValue) : undefined;
    return (model.occurrences.get('loadmodule') ?? []).flatMap((s) => {
      const d = s.directive;
      const path = d?.args[0]?.value;
      if (!d || !path) return [];
      const range = { start: { line: d.line, character: d.args[0].start }, end: { line: d.line, character: d.args[0].end } };
      let why: string | undefined;
      if (!path.startsWith('/')) {
        why = path.includes('/')
          ? 'the path is relative, so it depends on the directory the server was started from'
          : 'a bare file name is looked up on the library search path, not in a fixed place';
      } else {
        const abs = normalizeAbsolute(path);
        const shared = SHARED_DIRS.find((dir) => inside(abs, dir));
        if (shared) why = `${shared} is writable by every user of the host, who can replace the file`;
        else if (dataDir && dataDir !== '/' && inside(abs, dataDir)) why = `it sits in the data directory (dir ${dataDir}), where CONFIG SET dbfilename or a rogue master can write a file`;
      }
      if (!why) return [];
      return [
        {
          range,
          message: `The module on line ${d.line + 1} is loaded from an untrusted place: ${why}. Load modules by absolute path from a root-owned directory that the server user cannot write, such as /usr/lib/redis/modules.`,
        },
      ];
    });
  },
};
