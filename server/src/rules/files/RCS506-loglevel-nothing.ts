/**
 * RCS506 loglevel-nothing — `loglevel nothing` (7.2+) silences the log entirely, including the
 * warnings the server prints when it sees cross-protocol attacks (HTTP POST or Host: lines sent
 * to the port). An incident then leaves no trace.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';

export const loglevelNothing: Rule = {
  id: 'RCS506',
  name: 'loglevel-nothing',
  severity: 'info',
  summary: 'loglevel nothing: the server logs nothing at all, security warnings included.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const setting = model.settings.get('loglevel');
    if (!setting?.range || (setting.values[0] ?? '').toLowerCase() !== 'nothing') return [];
    return [
      {
        range: setting.range,
        message: 'loglevel nothing switches the log off, including the warnings about attack attempts on the port. Use notice (the default) or warning.',
        fixes: setting.directive ? [{ title: 'Log notices and warnings: loglevel notice', edits: [replaceValues(setting.directive, 'notice')], safe: true, preferred: true }] : [],
      },
    ];
  },
};
