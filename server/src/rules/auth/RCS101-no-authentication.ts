/**
 * RCS101 no-authentication — nothing asks clients for a password: no requirepass, no `user default`
 * line, no aclfile, so the built-in default user (`on nopass ~* &* +@all`) logs in everybody who
 * connects, with every command. An ACL file without a default user has the same effect.
 */
import { anchorRange } from '../edits';
import type { SecurityModel } from '../model';
import type { Finding, Rule, RuleContext } from '../types';
import { passwordFix } from './passwordFixes';

function aclFileFindings(model: SecurityModel): Finding[] {
  if (model.users.some((u) => u.name === 'default')) return [];
  return [
    {
      range: anchorRange(model),
      message:
        'This ACL file does not define the default user, so the server creates it as "on nopass ~* &* +@all": every client that connects is logged in with every right. Add a default user with a password hash, or one that is off.',
      fixes: [passwordFix(model, 'acl-default', -1)],
    },
  ];
}

function context(ctx: RuleContext): { text: string; local: boolean } {
  const e = ctx.exposure;
  if (!e.tcp) return { text: ' Only the unix socket listens, so every local user and process gets in.', local: true };
  if (!e.beyondLoopback) return { text: ' It listens on loopback only, which still lets in every local process, container neighbour or SSRF bug.', local: true };
  if (e.protectedMode) return { text: ' It listens beyond loopback: only protected mode, which refuses remote clients while there is no password, stands in the way.', local: false };
  return { text: ' It listens beyond loopback with protected mode off: anyone who reaches the port has full control.', local: false };
}

export const noAuthentication: Rule = {
  id: 'RCS101',
  name: 'no-authentication',
  severity: 'error',
  summary: 'No password is configured: the default user logs in every client with full rights.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    if (model.kind === 'acl') return aclFileFindings(model);
    if (model.settings.get('aclfile')?.values[0]) return []; // the ACL file decides
    const def = model.defaultUser();
    if (!def || def.source !== 'implicit' || !def.effective.enabled || !def.effective.nopass) return [];
    // `requirepass ""` means "no password"; the generated line replaces it.
    const empty = model.settings.get('requirepass');
    const line = empty?.directive ? empty.directive.line : -1;
    const where = context(ctx);
    return [
      {
        range: empty?.range ?? anchorRange(model),
        message: `No password is set: the built-in default user (on nopass ~* &* +@all) logs in every client that connects, with every command.${where.text} Give the default user a password (user default on #<sha256> ...) or set requirepass.`,
        severity: where.local ? 'warning' : undefined,
        fixes: [passwordFix(model, 'acl-default', line), passwordFix(model, 'requirepass', line)],
      },
    ];
  },
};
