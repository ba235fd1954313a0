/**
 * RCS711 sentinel-script-reconfig — `sentinel deny-scripts-reconfig no` lets clients change the
 * notification and reconfiguration scripts at run time with SENTINEL SET. Together with a forced
 * failover that runs a program of the client's choosing on the Sentinel host.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { lineRange } from '../model';
import type { Rule } from '../types';
import { sentinelLines } from './replicationSettings';

export const sentinelScriptReconfig: Rule = {
  id: 'RCS711',
  name: 'sentinel-script-reconfig',
  severity: 'error',
  summary: 'Sentinel clients may change notification/reconfig scripts at run time.',
  appliesTo: ['sentinel'],
  check(model) {
    // The last line wins, as when Sentinel reads the file.
    const d = sentinelLines(model, 'deny-scripts-reconfig').pop();
    const value = d?.args[1];
    if (!d || !value || value.value.toLowerCase() !== 'no') return [];
    const edit: TextEdit = { range: { start: { line: d.line, character: value.start }, end: { line: d.line, character: value.end } }, newText: 'yes' };
    return [
      {
        range: lineRange(d),
        message: 'sentinel deny-scripts-reconfig no lets any client that can talk to this Sentinel set a notification or client-reconfig script with SENTINEL SET and then trigger a failover to run it on this host. Set it to yes and change scripts only in the file.',
        fixes: [{ title: 'Refuse script changes at run time: sentinel deny-scripts-reconfig yes', edits: [edit], safe: true, preferred: true }],
      },
    ];
  },
};
