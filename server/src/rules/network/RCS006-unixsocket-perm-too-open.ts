/**
 * RCS006 unixsocket-perm-too-open — clients on the Unix socket count as local: protected mode and
 * `enable-*-command local` do not stop them. A socket other users can write to (or one whose mode
 * is left to the umask) hands that local trust to every account on the host.
 */
import type { Fix, Rule, RuleSeverity } from '../types';
import { insertLinesAfter, replaceValues } from '../edits';
import type { SecurityModel } from '../model';
import { isSet } from '../tls/tlsSettings';

/** Connecting to a Unix socket needs write permission on it; read and execute bits do nothing. */
const WORLD_WRITE = 0o002;
const GROUP_WRITE = 0o020;

function permFixes(model: SecurityModel, withGroup: boolean): Fix[] {
  const perm = model.settings.get('unixsocketperm');
  const socket = model.settings.get('unixsocket')!;
  const edit = (mode: string) =>
    perm?.directive ? replaceValues(perm.directive, mode) : insertLinesAfter(model, socket.directive!.line, [`unixsocketperm ${mode}`]);
  const fixes: Fix[] = [{ title: 'Only the server user may connect: unixsocketperm 700', edits: [edit('700')], safe: false, preferred: true }];
  if (withGroup) fixes.push({ title: "The server's group may connect too: unixsocketperm 770", edits: [edit('770')], safe: false });
  return fixes;
}

export const unixsocketPermTooOpen: Rule = {
  id: 'RCS006',
  name: 'unixsocket-perm-too-open',
  severity: 'warning',
  summary: 'The Unix socket can be used by other accounts on the host, which count as trusted local clients.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const socket = model.settings.get('unixsocket');
    if (!socket?.directive || (socket.values[0] ?? '') === '') return [];
    const perm = model.settings.get('unixsocketperm');
    const raw = perm?.values[0] ?? '0';
    if (!/^[0-7]{1,4}$/.test(raw)) return []; // not an octal mode: the validator reports it
    const mode = parseInt(raw, 8);
    if (mode === 0) {
      return [
        {
          range: perm?.range ?? socket.range!,
          message: `unixsocket ${socket.values[0]} ${perm ? 'has unixsocketperm 0' : 'has no unixsocketperm'}, so the process umask decides who may connect (a umask of 0002 or 0000 lets the group or everybody in). Set unixsocketperm 700, or 770 with a dedicated group.`,
          fixes: permFixes(model, true),
        },
      ];
    }
    let severity: RuleSeverity | undefined;
    let who: string;
    if (mode & WORLD_WRITE) {
      severity = 'error';
      who = 'every account on the host';
    } else if (mode & GROUP_WRITE && !isSet(model, 'unixsocketgroup')) {
      who = "every member of the server's group";
    } else return [];
    return [
      {
        range: perm!.range!,
        message: `unixsocketperm ${raw} lets ${who} connect to the socket, and socket clients are treated as local (protected mode does not apply). Use 700${severity ? ', or 770 with a dedicated group' : ' unless that group exists only for trusted clients'}.`,
        severity,
        fixes: permFixes(model, !!severity),
      },
    ];
  },
};

