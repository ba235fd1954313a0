/**
 * RCS205 scripting-granted — a user that is not an admin can run Lua (EVAL, EVALSHA, FCALL,
 * FUNCTION LOAD, SCRIPT LOAD). The Lua engine is where most remote-code-execution bugs of Redis
 * live, and `@scripting` is not part of `@dangerous`, so `+@all -@dangerous` still allows it.
 * The default user is left to RCS309.
 */
import { evaluateUser } from '../aclEval';
import type { SecurityModel } from '../model';
import type { Rule } from '../types';
import { appendRule, applicationUsers, selectorGrants, evalOptions, grantedForms, listSome, userRange, who } from './aclUsers';
import { SCRIPTING_COMMANDS } from './dangerousCommands';

/** Lines that received no fix for the Lua CVEs of 2024-2025 (checks.md §9): Redis 6.0 and 7.0. */
function luaUnpatched(model: SecurityModel): boolean {
  const t = model.target;
  return t.product === 'redis' && ((t.major === 6 && t.minor === 0) || (t.major === 7 && t.minor === 0));
}

export const scriptingGranted: Rule = {
  id: 'RCS205',
  name: 'scripting-granted',
  severity: 'warning',
  summary: 'A user that is not an admin may run Lua scripts or functions.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    const opts = evalOptions(model);
    const unpatched = luaUnpatched(model);
    return applicationUsers(model, ctx)
      .flatMap((user) => {
        const granted = grantedForms(user.effective, model, SCRIPTING_COMMANDS);
        if (!granted.length) return [];
        const after = evaluateUser([...user.rules.map((r) => r.text), '-@scripting'], opts);
        const edit = appendRule(user, '-@scripting');
        const fixes = edit && !grantedForms(after, model, SCRIPTING_COMMANDS).length ? [{ title: `Deny scripting to "${user.name}": append -@scripting`, edits: [edit], safe: false }] : [];
        const cve = unpatched
          ? ` ${model.target.label} received no fix for the recent Lua sandbox escapes (e.g. CVE-2025-49844), so scripting is a direct path to code execution.`
          : ' Several Lua bugs allowed code execution (e.g. CVE-2025-49844); denying scripting is the advised workaround.';
        const selectors = selectorGrants(user.effective, model, SCRIPTING_COMMANDS) ? ' A selector grants some of them: add -@scripting inside it as well.' : '';
        return [
          {
            range: userRange(model, user),
            message: `${who(user)} may run Lua: ${listSome(granted)}.${cve} Append -@scripting unless the application needs scripts.${selectors}`,
            severity: unpatched ? ('error' as const) : undefined,
            fixes,
          },
        ];
      });
  },
};
