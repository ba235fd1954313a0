/**
 * RCS207 plaintext-acl-password — a `>password` rule keeps the password readable by anyone who
 * can read the file, its backups or a config dump. `#<sha256>` works the same for logins, so the
 * fix hashes the password locally and writes only the digest. Messages never repeat the password.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { RuleToken, SecurityModel, UserModel } from '../model';
import type { Finding, Rule } from '../types';
import { textAt, who } from './aclUsers';
import { sha256Hex } from './sha256';

/**
 * `\xHH` escapes in a quoted value stand for raw bytes, while other characters are UTF-8 text;
 * when both could be involved we cannot tell the bytes the server hashes, so no fix is offered.
 */
function hashable(model: SecurityModel, token: RuleToken): boolean {
  if (!token.range) return false;
  const raw = textAt(model, token.range);
  return !(raw.includes('\\x') && /[^\x00-\x7f]/.test(token.text));
}

function hashFix(model: SecurityModel, user: UserModel, token: RuleToken): TextEdit[] | undefined {
  if (!hashable(model, token)) return undefined;
  const password = token.text.slice(1);
  const hex = sha256Hex(password);
  const edits: TextEdit[] = [{ range: token.range!, newText: `#${hex}` }];
  // A later `<password` removing it must become `!hash`, or it would no longer match.
  for (const later of user.rules.slice(user.rules.indexOf(token) + 1)) {
    if (later.text === `<${password}` && later.range) edits.push({ range: later.range, newText: `!${hex}` });
  }
  return edits;
}

export const plaintextAclPassword: Rule = {
  id: 'RCS207',
  name: 'plaintext-acl-password',
  severity: 'warning',
  summary: 'A user password is written in clear text (>password) instead of as a SHA-256 hash.',
  appliesTo: ['config', 'acl'],
  check(model) {
    const findings: Finding[] = [];
    // Every line counts, even one a later definition replaces: the password is still in the file.
    for (const user of model.users.filter((u) => u.source === 'config' || u.source === 'aclfile')) {
      for (const token of user.rules) {
        if (token.text[0] !== '>' || !token.range) continue;
        const edits = hashFix(model, user, token);
        findings.push({
          range: token.range,
          message: `${who(user)} has a password in clear text. Anyone who can read this file can log in as this user; store its SHA-256 instead (#<64 hex characters>), which logs in the same way.`,
          fixes: edits ? [{ title: 'Hash the password: #<sha256>', edits, safe: true, preferred: true }] : [],
        });
      }
    }
    return findings;
  },
};
