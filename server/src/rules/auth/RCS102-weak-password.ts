/**
 * RCS102 weak-password — a password in the file is short, well known (`foobared`, `redis123`...)
 * or low in entropy. Redis answers AUTH attempts very fast and ACL hashes are unsalted SHA-256,
 * so anything short of a long random value falls to guessing. Covers requirepass,
 * masterauth/primaryauth, `>password` and `#hash` ACL rules, and Sentinel auth-pass/sentinel-pass.
 * Messages name the line, never the value.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Token } from '../../parse/tokenize';
import type { Directive } from '../../parse/document';
import { sha256Hex } from '../acl/sha256';
import type { SecurityModel, UserModel } from '../model';
import type { Finding, Fix, Rule } from '../types';
import { COMMON_PASSWORDS } from './commonPasswords';
import { isTemplatePlaceholder, judgePassword } from './passwordStrength';
import { passwordFix, replaceableDefaultLine } from './passwordFixes';

const ADVICE = 'Use a long random value, such as the 64 hex characters of ACL GENPASS or `openssl rand -hex 32`.';

let commonHashes: Set<string> | undefined;
/** SHA-256 of every well-known password, and of the empty one. */
function knownHashes(): Set<string> {
  commonHashes ??= new Set(['', ...COMMON_PASSWORDS].map((p) => sha256Hex(p)));
  return commonHashes;
}

function tokenRange(line: number, t: Token): Range {
  return { start: { line, character: t.start }, end: { line, character: t.end } };
}

function lineOf(range: Range): number {
  return range.start.line + 1;
}

function judged(value: string, range: Range, label: string, extra: string, fixes: Fix[]): Finding[] {
  if (value === '' || isTemplatePlaceholder(value)) return [];
  const verdict = judgePassword(value);
  if (!verdict.level) return [];
  return [
    {
      range,
      message: `The password on line ${lineOf(range)} (${label}) is weak: ${verdict.reason}. ${ADVICE}${extra}`,
      severity: verdict.level,
      fixes,
    },
  ];
}

/** requirepass: the last line is the one in effect and the one the fixes replace. */
function requirepassFindings(model: SecurityModel): Finding[] {
  const all = model.occurrences.get('requirepass') ?? [];
  const explicitDefault = model.users.some((u) => u.name === 'default' && u.source === 'config');
  const aclfile = !!model.settings.get('aclfile')?.values[0];
  return all.flatMap((s, i) => {
    const d = s.directive;
    if (!d || d.args.length !== 1) return [];
    const fixes: Fix[] = [];
    // Only the line in effect, and only where requirepass counts: an aclfile or a `user default`
    // line overrides it (RCS103, RCS104), and a new secret there would protect nothing.
    if (i === all.length - 1 && !explicitDefault && !aclfile) {
      if (model.kind === 'config') fixes.push(passwordFix(model, 'acl-default', d.line));
      fixes.push(passwordFix(model, 'requirepass', d.line));
    }
    return judged(d.args[0].value, tokenRange(d.line, d.args[0]), 'requirepass', '', fixes);
  });
}

function masterauthFindings(model: SecurityModel): Finding[] {
  return ['masterauth', 'primaryauth'].flatMap((name) =>
    (model.occurrences.get(name) ?? []).flatMap((s) => {
      const d = s.directive;
      if (!d || d.args.length !== 1) return [];
      return judged(d.args[0].value, tokenRange(d.line, d.args[0]), d.name, ' It must match what the master expects, so change it there as well.', []);
    }),
  );
}

function sentinelFindings(model: SecurityModel): Finding[] {
  return model.sentinel.flatMap((d: Directive) => {
    const sub = d.args[0]?.value.toLowerCase();
    if (sub === 'auth-pass' && d.args.length === 3) {
      return judged(d.args[2].value, tokenRange(d.line, d.args[2]), 'sentinel auth-pass', ' It must match the password of the monitored master and its replicas.', []);
    }
    if (sub === 'sentinel-pass' && d.args.length === 2) {
      return judged(d.args[1].value, tokenRange(d.line, d.args[1]), 'sentinel sentinel-pass', ' Every Sentinel of the group must use the same value.', []);
    }
    return [];
  });
}

/** The generated-password fixes for a user line, when replacing it keeps the user's rights. */
function userFixes(model: SecurityModel, user: UserModel): Fix[] {
  const last = model.users.filter((u) => u.name === 'default').pop();
  if (user !== last || !replaceableDefaultLine(model, user)) return [];
  const line = user.range!.start.line;
  const fixes = [passwordFix(model, 'acl-default', line)];
  if (model.kind === 'config' && !model.has('requirepass') && !model.settings.get('aclfile')?.values[0]) fixes.push(passwordFix(model, 'requirepass', line));
  return fixes;
}

function userFindings(model: SecurityModel): Finding[] {
  const findings: Finding[] = [];
  for (const user of model.users.filter((u) => u.source === 'config' || u.source === 'aclfile')) {
    const label = user.name === 'default' ? 'the default user' : `user "${user.name}"`;
    for (const token of user.rules) {
      if (!token.range) continue;
      if (token.text[0] === '>') {
        findings.push(...judged(token.text.slice(1), token.range, label, '', userFixes(model, user)));
      } else if (token.text[0] === '#' && knownHashes().has(token.text.slice(1).toLowerCase())) {
        findings.push({
          range: token.range,
          message: `The password hash on line ${lineOf(token.range)} (${label}) is the SHA-256 of a well-known or empty password: it is found in the first seconds of a dictionary attack. ${ADVICE}`,
          fixes: userFixes(model, user),
        });
      }
    }
  }
  return findings;
}

export const weakPassword: Rule = {
  id: 'RCS102',
  name: 'weak-password',
  severity: 'error',
  summary: 'A password in the file is short, well known or low in entropy.',
  appliesTo: ['config', 'sentinel', 'acl'],
  check(model) {
    return [...requirepassFindings(model), ...masterauthFindings(model), ...sentinelFindings(model), ...userFindings(model)].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  },
};
