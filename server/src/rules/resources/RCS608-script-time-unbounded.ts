/**
 * RCS608 script-time-unbounded — `busy-reply-threshold` (`lua-time-limit` before 7.0) decides when
 * a long script or function lets other clients see BUSY and makes SCRIPT KILL possible. At 0 the
 * safety valve is gone; above a minute a runaway script freezes the server for that long first.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';
import { string2ll } from '../../validate/numbers';

const MAX_MS = 60000n;
const DEFAULT_MS = '5000';

export const scriptTimeUnbounded: Rule = {
  id: 'RCS608',
  name: 'script-time-unbounded',
  severity: 'warning',
  summary: 'busy-reply-threshold / lua-time-limit is 0 or above 60000 ms: a runaway script blocks the server.',
  appliesTo: ['config'],
  check(model) {
    // The model files lua-time-limit under busy-reply-threshold on 7.0+.
    const setting = model.settings.get('busy-reply-threshold') ?? model.settings.get('lua-time-limit');
    if (!setting?.range || !setting.directive) return [];
    const ms = string2ll(setting.values[0] ?? '');
    if (ms === undefined || (ms > 0n && ms <= MAX_MS)) return [];
    const written = setting.directive.nameToken.value;
    const what =
      ms <= 0n
        ? 'switches the busy-script safety off: a script or function that loops never lets other clients in and cannot be stopped with SCRIPT KILL'
        : `lets a script or function block every other client for more than a minute (${ms / 1000n} s) before SCRIPT KILL or FUNCTION KILL can stop it`;
    return [
      {
        range: setting.range,
        message: `${written} ${setting.values[0]} ${what}. Keep it at a few seconds (${DEFAULT_MS} ms is the default).`,
        fixes: [{ title: `Restore the default: ${written} ${DEFAULT_MS}`, edits: [replaceValues(setting.directive, DEFAULT_MS)], safe: false, preferred: true }],
      },
    ];
  },
};
