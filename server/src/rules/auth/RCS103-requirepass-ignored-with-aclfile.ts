/**
 * RCS103 requirepass-ignored-with-aclfile — with an aclfile the server takes the default user from
 * that file (or creates an open one when the file has none), so requirepass sets nothing. The
 * line suggests a protection that is not there, and still leaks a password to readers of the file.
 */
import { deleteLine } from '../edits';
import type { Rule } from '../types';

export const requirepassIgnoredWithAclfile: Rule = {
  id: 'RCS103',
  name: 'requirepass-ignored-with-aclfile',
  severity: 'warning',
  summary: 'requirepass has no effect because an aclfile is configured.',
  appliesTo: ['config'],
  check(model) {
    const aclfile = model.settings.get('aclfile');
    const requirepass = model.settings.get('requirepass');
    if (!aclfile?.values[0] || !requirepass?.values[0] || !requirepass.directive) return [];
    const fixes = model.doc ? [{ title: 'Remove the ignored requirepass line', edits: [deleteLine(model.doc, requirepass.directive.line)], safe: false }] : [];
    return [
      {
        range: requirepass.range!,
        message: `requirepass is ignored because aclfile is set (line ${aclfile.range!.start.line + 1}): the default user comes from the ACL file, and when that file has none, the server creates it without a password. Give the default user a password hash (or switch it off) in the ACL file, and remove this line.`,
        fixes,
      },
    ];
  },
};
