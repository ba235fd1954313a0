/**
 * RCS701 replica-writable — `replica-read-only no` lets clients write to a replica. Those writes
 * vanish at the next resync, and a writable replica is reachable by bugs a read-only one is not
 * (CVE-2026-23631: a use-after-free when a full sync lands during a Lua script).
 */
import { replaceValues } from '../edits';
import type { Rule } from '../types';

export const replicaWritable: Rule = {
  id: 'RCS701',
  name: 'replica-writable',
  severity: 'warning',
  summary: 'Replicas accept writes from clients (replica-read-only no).',
  appliesTo: ['config'],
  check(model) {
    const s = model.settings.get('replica-read-only');
    if (!s?.directive || (s.values[0] ?? '').toLowerCase() !== 'no') return [];
    const role = model.has('replicaof') ? 'This instance is a replica (replicaof is set) and' : 'Whenever this instance runs as a replica it';
    return [
      {
        range: s.range!,
        message: `${role} accepts writes from clients: they are lost at the next full resync, they make the data differ from the master, and writable replicas are exposed to bugs read-only ones are not (CVE-2026-23631). Keep replicas read-only.`,
        fixes: [{ title: 'Make replicas read-only: replica-read-only yes', edits: [replaceValues(s.directive, 'yes')], safe: true, preferred: true }],
      },
    ];
  },
};
