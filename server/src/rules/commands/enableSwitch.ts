/**
 * The three 7.0 switches RCS301-RCS303 judge share one shape: `no` (the default) is safe, `yes`
 * opens the protected feature to every client allowed the command, `local` still to loopback and
 * unix-socket clients. The fix puts the switch back to `no`.
 */
import { replaceValues } from '../edits';
import type { Rule } from '../types';

export interface SwitchRuleSpec {
  id: string;
  name: string;
  directive: string;
  summary: string;
  /** What `yes` opens, as the middle of a sentence. */
  risk: string;
}

export function enableSwitchRule(spec: SwitchRuleSpec): Rule {
  return {
    id: spec.id,
    name: spec.name,
    severity: 'error',
    summary: spec.summary,
    appliesTo: ['config'],
    check(model) {
      // Before 7.0 the directive does not exist: the validator reports it, and RCS304 covers the gap.
      if (!model.catalog.directives[spec.directive]) return [];
      const setting = model.settings.get(spec.directive);
      const value = setting?.values[0]?.toLowerCase();
      if (!setting?.directive || (value !== 'yes' && value !== 'local')) return [];
      const fix = { title: `Set ${spec.directive} no`, edits: [replaceValues(setting.directive, 'no')], safe: true, preferred: true };
      const message =
        value === 'yes'
          ? `${spec.directive} yes: ${spec.risk}, for every client whose ACL allows it. Set it to no (the default).`
          : `${spec.directive} local still lets loopback and unix-socket clients use it: ${spec.risk}. Any local process, or an SSRF bug in an application next to the server, gets there. Set it to no unless a local tool really needs it.`;
      return [{ range: setting.range!, message, severity: value === 'local' ? 'warning' : undefined, fixes: [fix] }];
    },
  };
}
