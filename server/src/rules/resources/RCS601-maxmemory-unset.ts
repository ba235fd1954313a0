/**
 * RCS601 maxmemory-unset — with no `maxmemory` (or 0) a 64-bit server grows until the kernel's
 * OOM killer stops it, or the host starts swapping. A flood of writes or big client buffers then
 * takes the whole machine down instead of being refused or evicted.
 */
import type { Rule } from '../types';
import { anchorRange, setDirective } from '../edits';
import { memtoull } from '../../validate/numbers';

export const maxmemoryUnset: Rule = {
  id: 'RCS601',
  name: 'maxmemory-unset',
  severity: 'warning',
  summary: 'No memory limit: the server can grow until the host runs out of memory.',
  appliesTo: ['config'],
  check(model) {
    const setting = model.settings.get('maxmemory');
    if (setting) {
      const bytes = memtoull(setting.values[0] ?? '');
      if (bytes === undefined || bytes !== 0n) return [];
    }
    const policy = model.value('maxmemory-policy') ?? 'noeviction';
    return [
      {
        range: setting?.range ?? anchorRange(model),
        message: `${setting ? `maxmemory ${setting.values[0]} means no limit` : 'maxmemory is not set, so there is no limit'}: the server can use memory until the host swaps or the OOM killer ends it. Set maxmemory to about three quarters of the RAM set aside for it (leave room for replication and client buffers) and pick a maxmemory-policy (now ${policy}).`,
        // No number fits every host: the fix writes a placeholder the user must size.
        fixes: [{ title: 'Set a memory limit: maxmemory 1gb (adjust to about 75% of the RAM for this server)', edits: [setDirective(model, 'maxmemory', '1gb', 'MEMORY MANAGEMENT')], safe: false }],
      },
    ];
  },
};
