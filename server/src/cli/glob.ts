/**
 * A small glob matcher for the CLI (Node 20 has no fs.glob and the tool has no dependencies):
 * `*` and `?` within one path segment, `**` across segments, `[abc]`/`[!a-z]` classes.
 * Paths are compared with `/` separators.
 */

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/**
 * The leading segments without glob characters: the folder to start walking from.
 * `conf/**\/*.conf` -> `conf`, `*.conf` -> `.`, `/etc/redis/*.conf` -> `/etc/redis`.
 */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  const base = segments.slice(0, firstGlob < 0 ? segments.length : firstGlob);
  if (base.length === 0) return '.';
  if (base.length === 1 && base[0] === '') return '/';
  return base.join('/');
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const slashAfter = pattern[i + 2] === '/';
        if (atSegmentStart && slashAfter) {
          re += '(?:[^/]*/)*'; // `**/` : zero or more whole folders
          i += 2;
          continue;
        }
        if (atSegmentStart && i + 2 === pattern.length) {
          re += '.*'; // trailing `**`: everything below
          i += 1;
          continue;
        }
      }
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else {
      re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}
