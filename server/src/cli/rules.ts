/**
 * Every rule the linter can report, validity (RCV) and security (RCS) alike, as one list: the
 * SARIF output describes them and `--rule` checks its argument against them.
 */
import { RCV, RcvCode, ruleHref } from '../validate/codes';
import { ALL_RULES, findRule } from '../rules/registry';
import type { RuleSeverity } from '../rules/types';

export interface RuleInfo {
  id: string;
  name: string;
  /** One sentence, no trailing newline. */
  summary: string;
  /** The level the rule reports at unless a finding or a setting says otherwise. */
  level: RuleSeverity;
  source: 'validity' | 'security';
  helpUri: string;
}

/**
 * Short texts for the validity codes. The docs pages say more; these only have to tell the
 * codes apart in a list (SARIF viewers show them next to each alert).
 */
const RCV_INFO: Record<RcvCode, { summary: string; level: RuleSeverity }> = {
  RCV001: { summary: 'A quote is left open or runs into the next word.', level: 'error' },
  RCV002: { summary: 'The target version has no directive of this name.', level: 'error' },
  RCV003: { summary: 'The directive has too many or too few values.', level: 'error' },
  RCV004: { summary: 'A switch holds something other than yes or no.', level: 'error' },
  RCV005: { summary: 'The value is not one of the words the directive allows.', level: 'error' },
  RCV006: { summary: 'The value is not a plain integer.', level: 'error' },
  RCV007: { summary: 'The value is not a size the server can read.', level: 'error' },
  RCV008: { summary: 'The value is neither a size nor a whole percentage.', level: 'error' },
  RCV009: { summary: 'The socket permissions are not an octal mode.', level: 'error' },
  RCV010: { summary: 'The number lies outside the range the directive allows.', level: 'error' },
  RCV011: { summary: 'The save line is not made of seconds/changes pairs.', level: 'error' },
  RCV012: { summary: 'The bind line lists more addresses than the server takes.', level: 'error' },
  RCV013: { summary: 'The replicaof port is not a valid port number.', level: 'error' },
  RCV014: { summary: 'The client-output-buffer-limit line has a bad class, count or limit.', level: 'error' },
  RCV015: { summary: 'The oom-score-adj-values are not numbers in the allowed range.', level: 'error' },
  RCV016: { summary: 'notify-keyspace-events holds a letter that is no event class.', level: 'error' },
  RCV017: { summary: 'rename-command names an unknown command or a name already in use.', level: 'error' },
  RCV018: { summary: 'The server cannot apply this ACL rule.', level: 'error' },
  RCV019: { summary: 'aclfile and user lines cannot be used in the same config.', level: 'error' },
  RCV020: { summary: 'A sentinel line appears in a file that is not a Sentinel config.', level: 'error' },
  RCV021: { summary: 'The directive refuses this file name, template, host or address.', level: 'error' },
  RCV022: { summary: 'A module setting appears without any loadmodule line.', level: 'error' },
  RCV023: { summary: 'The same user is defined twice.', level: 'error' },
  RCV024: { summary: 'An ACL file line does not start with "user <name>".', level: 'error' },
  RCV025: { summary: 'replicaof cannot be combined with cluster mode.', level: 'error' },
  RCV026: { summary: 'The latency percentiles are not numbers from 0 to 100.', level: 'error' },
  RCV027: { summary: 'Sentinel cannot apply this sentinel line.', level: 'error' },
  RCV028: { summary: 'A shutdown option asks for save and nosave at once.', level: 'error' },
  RCV050: { summary: 'An old directive name is used where a newer one exists.', level: 'hint' },
  RCV051: { summary: 'A later line sets the directive again, so this one has no effect.', level: 'warning' },
  RCV052: { summary: 'The directive exists only in servers built with TLS support.', level: 'info' },
  RCV053: { summary: 'The server accepts the line but does nothing with it.', level: 'hint' },
};

const RCV_NAMES = new Map<string, string>(Object.entries(RCV).map(([name, id]) => [id, name]));

export function validityRules(): RuleInfo[] {
  return (Object.keys(RCV_INFO) as RcvCode[]).sort().map((id) => ({
    id,
    name: RCV_NAMES.get(id) ?? id,
    ...RCV_INFO[id],
    source: 'validity' as const,
    helpUri: ruleHref(id),
  }));
}

export function securityRules(): RuleInfo[] {
  return ALL_RULES.map((r) => ({
    id: r.id,
    name: r.name,
    summary: r.summary,
    level: r.severity,
    source: 'security' as const,
    helpUri: ruleHref(r.id),
  }));
}

/** RCV codes first, then RCS rules in registry order. */
export function knownRules(): RuleInfo[] {
  return [...validityRules(), ...securityRules()];
}

/** The security rule an id (any case) or name stands for; `--rule` can only re-level those. */
export function findSecurityRule(idOrName: string): RuleInfo | undefined {
  const rule = findRule(idOrName);
  return rule && securityRules().find((r) => r.id === rule.id);
}

export function isValidityCode(id: string): boolean {
  return RCV_NAMES.has(id.toUpperCase()) || Object.prototype.hasOwnProperty.call(RCV, id);
}
