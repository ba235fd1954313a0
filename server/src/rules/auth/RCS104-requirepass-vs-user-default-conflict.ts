/**
 * RCS104 requirepass-vs-user-default-conflict — requirepass and a `user default` line both set
 * the default user. The server loads `user` lines after requirepass and a `user default` line
 * starts from a reset, so requirepass is dropped wherever it stands: two sources of truth, and the
 * one people read first is the one that does nothing.
 */
import { deleteLine } from '../edits';
import type { Rule } from '../types';

export const requirepassVsUserDefaultConflict: Rule = {
  id: 'RCS104',
  name: 'requirepass-vs-user-default-conflict',
  severity: 'warning',
  summary: 'requirepass and a `user default` line both define the default user; requirepass loses.',
  appliesTo: ['config'],
  check(model) {
    if (model.settings.get('aclfile')?.values[0]) return []; // RCS103 and RCS209 cover this
    const requirepass = model.settings.get('requirepass');
    const userLine = model.users.filter((u) => u.name === 'default' && u.source === 'config').pop();
    if (!requirepass?.values[0] || !requirepass.directive || !userLine?.range) return [];
    const def = userLine.effective;
    const state = !def.enabled ? 'is off' : def.nopass ? 'needs no password (nopass)' : def.plainPasswords.length || def.hashes.length ? 'has its own passwords' : 'has no password at all, so nobody can log in as it';
    const fixes = model.doc ? [{ title: 'Remove requirepass (the user default line overrides it)', edits: [deleteLine(model.doc, requirepass.directive.line)], safe: false }] : [];
    return [
      {
        range: requirepass.range!,
        message: `requirepass has no effect: the "user default" line on line ${userLine.range.start.line + 1} resets the default user after requirepass is applied, and there the default user ${state}. Keep one definition: put the password on the user default line as #<sha256> and remove requirepass.`,
        fixes,
      },
    ];
  },
};
