/**
 * RCS215 deprecated-first-arg-rule — `+command|argument` on a command without subcommands (e.g.
 * `+select|0`). Redis 7.0 still accepts these "first-arg" grants but deprecates them: they match
 * only the literal first argument and are easy to get around or to misread.
 */
import type { Finding, Rule } from '../types';
import { splitSelector } from '../../validate/aclRules';
import { declaredUsers, userRange, who } from './aclUsers';

export const deprecatedFirstArgRule: Rule = {
  id: 'RCS215',
  name: 'deprecated-first-arg-rule',
  severity: 'info',
  summary: '+command|argument on a command without subcommands (deprecated since Redis 7.0).',
  appliesTo: ['config', 'acl'],
  check(model) {
    // Before 7.0 this is the only way to allow a first argument, so nothing to say there.
    if (!model.catalog.acl.selectors) return [];
    const table = model.commands.commands;
    const isFirstArg = (rule: string) => {
      const m = /^\+([^|@]+)\|(.+)$/.exec(rule);
      if (!m) return false;
      const name = m[1].toLowerCase();
      return Object.prototype.hasOwnProperty.call(table, name) && table[name].subcommands.length === 0;
    };
    const findings: Finding[] = [];
    for (const user of declaredUsers(model)) {
      for (const token of user.rules) {
        const inSelector = token.text.startsWith('(') && token.text.endsWith(')');
        const hits = inSelector ? splitSelector(token.text).filter(isFirstArg) : isFirstArg(token.text) ? [token.text] : [];
        for (const hit of hits) {
          findings.push({
            range: userRange(model, user, token),
            message: `${who(user)}: "${hit}" allows ${hit.slice(1, hit.indexOf('|')).toUpperCase()} only with that literal first argument, a form deprecated since Redis 7.0. Grant the command itself, or use a selector with key patterns to limit what it may touch.`,
          });
        }
      }
    }
    return findings;
  },
};
