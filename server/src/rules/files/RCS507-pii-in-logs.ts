/**
 * RCS507 pii-in-logs — on servers that know `hide-user-data-from-log` (Redis 7.4+, Valkey 8.0+),
 * the value `no` lets crash reports, slow assertions and debug output copy keys and values into
 * the log, where they outlive the data and reach people who may not read the database.
 */
import type { Rule } from '../types';
import { anchorRange, setDirective } from '../edits';

export const piiInLogs: Rule = {
  id: 'RCS507',
  name: 'pii-in-logs',
  severity: 'info',
  summary: 'hide-user-data-from-log is off: keys and values may be copied into the log.',
  appliesTo: ['config'],
  check(model) {
    if (!model.catalog.directives['hide-user-data-from-log']) return [];
    if ((model.value('hide-user-data-from-log') ?? '').toLowerCase() !== 'no') return [];
    const setting = model.settings.get('hide-user-data-from-log');
    const how = setting ? 'hide-user-data-from-log no' : `hide-user-data-from-log is not set (${model.target.label} defaults to no)`;
    return [
      {
        range: setting?.range ?? anchorRange(model),
        message: `${how}: crash reports and debug logging may write keys and values, personal data included, into the log. Set hide-user-data-from-log yes.`,
        fixes: [{ title: 'Keep user data out of the log: hide-user-data-from-log yes', edits: [setDirective(model, 'hide-user-data-from-log', 'yes', 'GENERAL')], safe: true, preferred: true }],
      },
    ];
  },
};
