/**
 * RCS217 oversized-acl-pattern — a very long key or channel pattern, or one with many separate
 * `*` wildcards. Before the CVE-2024-31228 fix, glob matching recursed once per wildcard with no
 * limit, so such a pattern in an ACL rule could exhaust the stack or the CPU on every command.
 */
import type { SecurityModel } from '../model';
import type { Finding, Rule } from '../types';
import { splitSelector } from '../../validate/aclRules';
import { declaredUsers, userRange, who } from './aclUsers';

export const MAX_PATTERN_LENGTH = 256;
export const MAX_STAR_GROUPS = 10;

/** Lines without the fix in our targets: Redis 6.0, 6.2 and 7.0 (fixed in 6.2.16, 7.2.6, 7.4.1). */
function affected(model: SecurityModel): boolean {
  const t = model.target;
  return t.product === 'redis' && (t.major === 6 || (t.major === 7 && t.minor === 0));
}

/** The pattern of a key or channel rule (`~p`, `%RW~p`, `&p`), else undefined. */
export function patternOf(rule: string): string | undefined {
  if (rule[0] === '~' || rule[0] === '&') return rule.slice(1);
  if (rule[0] === '%' && rule.includes('~')) return rule.slice(rule.indexOf('~') + 1);
  return undefined;
}

/** Runs of adjacent `*` count once: the matcher treats them as one wildcard. */
export function starGroups(pattern: string): number {
  return (pattern.match(/\*+/g) ?? []).length;
}

export const oversizedAclPattern: Rule = {
  id: 'RCS217',
  name: 'oversized-acl-pattern',
  severity: 'warning',
  summary: 'A key or channel pattern so long or wildcard-heavy that affected versions can be made to crash.',
  appliesTo: ['config', 'acl'],
  check(model) {
    if (!affected(model)) return [];
    const findings: Finding[] = [];
    for (const user of declaredUsers(model)) {
      for (const token of user.rules) {
        const inSelector = token.text.startsWith('(') && token.text.endsWith(')');
        for (const rule of inSelector ? splitSelector(token.text) : [token.text]) {
          const pattern = patternOf(rule);
          if (pattern === undefined) continue;
          const long = pattern.length > MAX_PATTERN_LENGTH;
          const stars = starGroups(pattern);
          if (!long && stars <= MAX_STAR_GROUPS) continue;
          const what = long ? `${pattern.length} characters long` : `${stars} separate * wildcards`;
          findings.push({
            range: userRange(model, user, token),
            message: `${who(user)} has a pattern ${what}. ${model.target.label} before the CVE-2024-31228 fix matches such patterns with unbounded recursion, which can crash the server. Simplify the pattern, and upgrade to a fixed release.`,
          });
        }
      }
    }
    return findings;
  },
};
