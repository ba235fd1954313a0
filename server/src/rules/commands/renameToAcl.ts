/**
 * The fix RCS305 and RCS306 share: a command disabled with `rename-command X ""` becomes an ACL
 * rule `-x` on every user that could run it, and the rename line goes. ACL rules act on the
 * command itself (renames do not matter to them), they do not touch the AOF or replicas, and an
 * admin user can still be given the command later.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { deleteLine, replaceDirective } from '../edits';
import type { RenameModel, SecurityModel } from '../model';
import type { Fix } from '../types';
import { aclAllows, activeUsers, appendRule, explicitDefaultLine, withRules } from './commandAccess';

export function renameToAclFix(model: SecurityModel, rename: RenameModel): Fix | undefined {
  const cmd = rename.command;
  const d = rename.directive;
  // Only a disabled command has an ACL equivalent; a secret new name is still usable by whoever knows it.
  if (rename.newName !== '' || !d || !model.doc || model.kind !== 'config') return undefined;
  if (!Object.prototype.hasOwnProperty.call(model.commands.commands, cmd)) return undefined;
  if (model.settings.get('aclfile')?.values[0]) return undefined; // users we cannot see
  if (model.renames.filter((r) => r.command === cmd).length > 1) return undefined;
  const edits: TextEdit[] = [];
  const users: string[] = [];
  let replacedRename = false;
  for (const user of activeUsers(model)) {
    if (!aclAllows(user.effective, cmd)) continue;
    if (user.source === 'implicit') {
      // The built-in default user written out; impossible without the secret when requirepass protects it.
      if (!user.effective.nopass) return undefined;
      edits.push(replaceDirective(d, explicitDefaultLine(model, [`-${cmd}`])));
      replacedRename = true;
    } else {
      const edit = appendRule(user, `-${cmd}`);
      if (!edit || aclAllows(withRules(model, user, [`-${cmd}`]), cmd)) return undefined; // a selector still grants it
      edits.push(edit);
    }
    users.push(user.name);
  }
  if (!replacedRename) edits.push(deleteLine(model.doc, d.line));
  const who = users.length ? `deny it to ${users.map((u) => `"${u}"`).join(', ')} with -${cmd}` : 'no user may run it anyway';
  return { title: `Replace the rename of ${cmd.toUpperCase()} by ACL rules: ${who}`, edits, safe: false };
}
