/**
 * RCS218 acllog-disabled — `acllog-max-len 0` keeps no ACL LOG, the only record the server has of
 * failed logins and denied commands. Without it, password guessing and probing go unnoticed.
 */
import { replaceValues } from '../edits';
import type { Rule } from '../types';

export const acllogDisabled: Rule = {
  id: 'RCS218',
  name: 'acllog-disabled',
  severity: 'info',
  summary: 'acllog-max-len 0: failed logins and denied commands are not recorded.',
  appliesTo: ['config'],
  check(model) {
    const setting = model.settings.get('acllog-max-len');
    if (!setting?.range || setting.values[0] !== '0' || !setting.directive) return [];
    return [
      {
        range: setting.range,
        message: 'acllog-max-len 0 turns the ACL LOG off: failed AUTH attempts and denied commands leave no trace. Keep some entries (128 is the default).',
        fixes: [{ title: 'Keep the last 128 entries: acllog-max-len 128', edits: [replaceValues(setting.directive, '128')], safe: true, preferred: true }],
      },
    ];
  },
};
