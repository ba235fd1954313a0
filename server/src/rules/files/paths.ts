/**
 * Path judgement for the files rules: where on a Linux host a Redis data directory, log, pid file
 * or socket must not live. Paths are normalised the way the kernel would resolve them (`//`, `.`
 * and `..` collapsed) so `/var/lib/../../etc` is seen as `/etc`.
 */

/** Collapses `//`, `.` and `..` in an absolute path; relative paths come back undefined. */
export function normalizePath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** `path` is `dir` itself or lies below it. */
export function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir + '/');
}

/** Temporary directories every local user may write to. */
const WORLD_WRITABLE = ['/tmp', '/var/tmp', '/dev/shm'];

/** The world-writable directory an absolute path lies in, if any. */
export function worldWritableParent(path: string): string | undefined {
  const p = normalizePath(path);
  if (!p) return undefined;
  return WORLD_WRITABLE.find((d) => isUnder(p, d));
}

interface Place {
  dirs: string[];
  /** Also flags the directory's children, not only the directory itself. */
  below: boolean;
  why: string;
}

// Order matters: the first match gives the reason (/dev/shm before /dev).
const PLACES: Place[] = [
  { dirs: ['/'], below: false, why: 'the root of the file system' },
  { dirs: WORLD_WRITABLE, below: true, why: 'a world-writable temporary directory: other local users can read the dump, replace it or plant a symlink in its place' },
  { dirs: ['/root'], below: true, why: "root's home directory" },
  { dirs: ['/etc'], below: true, why: 'system configuration (cron.d, profile.d, ld.so.preload...): a written file can change how the host runs' },
  { dirs: ['/var/spool/cron'], below: true, why: 'the cron spool: a dump written there can run as a scheduled job' },
  {
    dirs: ['/var/www', '/srv/www', '/srv/http', '/usr/share/nginx', '/usr/local/nginx/html', '/usr/local/apache2/htdocs'],
    below: true,
    why: 'a web root: the dump can be downloaded, or executed when its name ends in a script extension',
  },
  { dirs: ['/usr/lib', '/usr/lib64', '/usr/local/lib', '/usr/libexec', '/lib', '/lib64'], below: true, why: 'a library directory: a written file can be loaded as a shared library or module' },
  { dirs: ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '/boot'], below: true, why: 'a directory of system programs' },
  { dirs: ['/dev', '/proc', '/sys'], below: true, why: 'a kernel or device file system' },
  { dirs: ['/usr', '/var', '/var/lib', '/home', '/usr/local'], below: false, why: 'a top-level system directory shared with other software' },
];

/** Path segments that mark SSH key stores and web roots wherever they are. */
const SEGMENTS: Array<[string, string]> = [
  ['.ssh', 'an SSH key directory: a dump named authorized_keys there lets an attacker log in'],
  ['public_html', 'a web root: the dump can be downloaded, or executed when its name ends in a script extension'],
  ['htdocs', 'a web root: the dump can be downloaded, or executed when its name ends in a script extension'],
  ['wwwroot', 'a web root: the dump can be downloaded, or executed when its name ends in a script extension'],
  ['webapps', 'a web root: the dump can be downloaded, or executed when its name ends in a script extension'],
];

/** Why a data directory must not be here, or undefined when the place is unremarkable. */
export function sensitiveDirReason(path: string): string | undefined {
  const segments = path.split('/');
  for (const [seg, why] of SEGMENTS) if (segments.includes(seg)) return why;
  const p = normalizePath(path);
  if (!p) return undefined;
  for (const place of PLACES) if (place.dirs.some((d) => (place.below ? isUnder(p, d) : p === d))) return place.why;
  return undefined;
}

/** The last path segment (`/tmp/redis.sock` -> `redis.sock`). */
export function baseName(path: string): string {
  const parts = path.split('/').filter((s) => s !== '');
  return parts[parts.length - 1] ?? '';
}
