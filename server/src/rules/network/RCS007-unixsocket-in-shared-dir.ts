/**
 * RCS007 unixsocket-in-shared-dir — a socket path under /tmp, /var/tmp or /dev/shm lives in a
 * directory every account can write to. Another user can create the path first and have clients
 * talk to an impostor, or remove the socket and put their own in its place.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';

const SHARED_DIRS = ['/tmp', '/var/tmp', '/dev/shm', '/usr/tmp', '/private/tmp', '/private/var/tmp'];

/** The world-writable directory a path lives under, if any ("/tmp//x" and "/tmp/./x" count too). */
export function sharedDirOf(path: string): string | undefined {
  const clean = path.replace(/\/+/g, '/').replace(/\/\.(?=\/)/g, '');
  return SHARED_DIRS.find((d) => clean.startsWith(d + '/'));
}

export const unixsocketInSharedDir: Rule = {
  id: 'RCS007',
  name: 'unixsocket-in-shared-dir',
  severity: 'warning',
  summary: 'The Unix socket lives in a world-writable directory such as /tmp.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const socket = model.settings.get('unixsocket');
    const path = socket?.values[0] ?? '';
    const dir = sharedDirOf(path);
    if (!socket?.directive || !dir) return [];
    const product = model.target.product;
    const safePath = `/run/${product}/${product}.sock`;
    return [
      {
        range: socket.range!,
        message: `unixsocket ${path} is in ${dir}, which every account can write to: another user can take the name first or swap the socket. Use a directory only the server user owns, such as /run/${product}/.`,
        fixes: [
          {
            title: `Move the socket to ${safePath} (create the directory, and point clients at the new path)`,
            edits: [replaceValues(socket.directive, safePath)],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
