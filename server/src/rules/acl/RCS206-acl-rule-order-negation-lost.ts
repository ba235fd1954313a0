/**
 * RCS206 acl-rule-order-negation-lost — a `-command` or `-@category` that a later, broader grant
 * adds back (`-debug +@all`, `-@dangerous +@admin`). ACL rules apply left to right, so the
 * negation has no effect and the user keeps exactly what the author meant to take away.
 */
import { evaluateUser } from '../aclEval';
import type { RuleToken, SecurityModel, UserModel } from '../model';
import type { Finding, Fix, Rule } from '../types';
import { splitSelector } from '../../validate/aclRules';
import { declaredUsers, evalOptions, listSome, removeRule, textAt, userRange, who } from './aclUsers';
import { commandRule } from './ruleKeys';

interface Negation {
  pos: number;
  removed: Set<string>;
  /** Keys a later broader grant added back. */
  lost: Set<string>;
  /** Position of the last broader grant that added some back. */
  by: number;
}

/** Walks one rule list (root rules or one selector) and returns negations undone by later grants. */
export function lostNegations(model: SecurityModel, rules: string[]): Negation[] {
  let pending: Negation[] = [];
  rules.forEach((text, pos) => {
    const rule = commandRule(model.commands, text);
    if (text.toLowerCase() === 'reset' || rule?.kind === 'clear') {
      // reset and -@all take everything away anyway; earlier negations no longer matter.
      pending = [];
      return;
    }
    if (!rule) return;
    if (rule.kind === 'deny') {
      if (rule.keys.size) pending.push({ pos, removed: rule.keys, lost: new Set(), by: -1 });
      return;
    }
    for (const n of pending) {
      const overlap = [...rule.keys].filter((k) => n.removed.has(k));
      if (!overlap.length) continue;
      // A grant no wider than the negation is a deliberate exception (-@dangerous +keys).
      const broader = rule.category || [...rule.keys].some((k) => !n.removed.has(k));
      if (broader) {
        overlap.forEach((k) => n.lost.add(k));
        n.by = pos;
      } else overlap.forEach((k) => n.lost.delete(k));
    }
  });
  return pending.filter((n) => n.lost.size);
}

/** "DEBUG", "CONFIG SET": whole commands once, subcommands only when the command itself is not listed. */
function commandNames(keys: string[]): string[] {
  const whole = new Set(keys.filter((k) => !k.includes('|')));
  const names = keys.filter((k) => !k.includes('|') || !whole.has(k.split('|')[0]));
  return names.map((k) => k.replace('|', ' ').toUpperCase()).sort();
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

/** Moves the negation right after the grant that undid it, if that gives exactly the intended result. */
function moveFix(model: SecurityModel, user: UserModel, neg: Negation, lost: string[]): Fix | undefined {
  const token = user.rules[neg.pos];
  const grant = user.rules[neg.by];
  if (!token.range || !grant.range) return undefined;
  const texts = user.rules.map((r) => r.text);
  const moved = [...texts.slice(0, neg.pos), ...texts.slice(neg.pos + 1, neg.by + 1), texts[neg.pos], ...texts.slice(neg.by + 1)];
  const prefix = model.kind === 'config' && user.name === 'default' ? ['reset'] : [];
  const after = evaluateUser([...prefix, ...moved], evalOptions(model)).root.allowed;
  const expected = new Set([...user.effective.root.allowed].filter((k) => !lost.includes(k)));
  if (!sameSet(after, expected)) return undefined;
  const remove = removeRule(user, token);
  if (!remove) return undefined;
  return {
    title: `Move "${token.text}" after "${grant.text}"`,
    edits: [remove, { range: { start: grant.range.end, end: grant.range.end }, newText: ' ' + textAt(model, token.range) }],
    safe: false,
  };
}

function finding(model: SecurityModel, user: UserModel, token: RuleToken, grant: string, negation: string, lost: string[], fix?: Fix): Finding {
  return {
    range: userRange(model, user, token),
    message: `${who(user)}: "${negation}" is undone by the later "${grant}", so ${listSome(commandNames(lost))} stay${lost.length === 1 ? 's' : ''} allowed. Rules apply left to right; put the negation after the grants.`,
    fixes: fix ? [fix] : [],
  };
}

export const aclRuleOrderNegationLost: Rule = {
  id: 'RCS206',
  name: 'acl-rule-order-negation-lost',
  severity: 'warning',
  summary: 'A -command or -@category is undone by a later grant (rules apply left to right).',
  appliesTo: ['config', 'acl'],
  check(model) {
    const opts = evalOptions(model);
    const findings: Finding[] = [];
    for (const user of declaredUsers(model)) {
      const isSelector = (t: string) => t.startsWith('(') && t.endsWith(')');
      // Root rules: selectors are independent, so they are blanked out of the walk.
      const root = user.rules.map((r) => (isSelector(r.text) ? '' : r.text));
      for (const neg of lostNegations(model, root)) {
        const lost = [...neg.lost].filter((k) => user.effective.root.allowed.has(k));
        if (!lost.length) continue;
        findings.push(finding(model, user, user.rules[neg.pos], user.rules[neg.by].text, user.rules[neg.pos].text, lost, moveFix(model, user, neg, lost)));
      }
      for (const token of user.rules.filter((r) => isSelector(r.text))) {
        const inner = splitSelector(token.text);
        const allowed = evaluateUser([token.text], opts).selectors[0]?.allowed ?? new Set<string>();
        for (const neg of lostNegations(model, inner)) {
          const lost = [...neg.lost].filter((k) => allowed.has(k));
          if (lost.length) findings.push(finding(model, user, token, inner[neg.by], inner[neg.pos], lost));
        }
      }
    }
    return findings;
  },
};
