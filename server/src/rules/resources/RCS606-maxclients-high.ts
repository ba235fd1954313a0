/**
 * RCS606 maxclients-high — a `maxclients` above 50000 rarely matches real need and lets a
 * connection flood use up file descriptors and memory before the server starts refusing clients.
 * (The comparison with the process's file-descriptor limit needs the host, not the file.)
 */
import type { Rule } from '../types';
import { string2ll } from '../../validate/numbers';

const HIGH = 50000n;

export const maxclientsHigh: Rule = {
  id: 'RCS606',
  name: 'maxclients-high',
  severity: 'info',
  summary: 'maxclients above 50000: connection floods meet no early limit.',
  appliesTo: ['config'],
  check(model) {
    const setting = model.settings.get('maxclients');
    if (!setting?.range) return [];
    const n = string2ll(setting.values[0] ?? '');
    if (n === undefined || n <= HIGH) return [];
    return [
      {
        range: setting.range,
        message: `maxclients ${setting.values[0]} allows more connections than almost any workload needs: a connection flood can exhaust file descriptors and memory before clients are refused. Size it to the clients you expect (the default is 10000), and keep it below the process's open-file limit.`,
      },
    ];
  },
};
