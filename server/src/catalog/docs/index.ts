/**
 * Hover documentation written by us (never copied from redis.conf or the Redis docs), kept as data:
 * one entry per directive, Sentinel sub-directive and ACL rule. The facts shown next to it (type,
 * default, range, versions) come from the catalog, not from here.
 */
import directivesAL from './directives-a-l.json';
import directivesMZ from './directives-m-z.json';
import sentinel from './sentinel.json';
import aclRules from './acl-rules.json';

export interface DirectiveDoc {
  summary: string;
  details?: string;
  unit?: string;
  security?: string;
  docsAnchor?: string;
}

export interface SentinelDoc extends DirectiveDoc {
  usage?: string;
}

export interface AclRuleDoc {
  summary: string;
  details?: string;
  security?: string;
  since?: string;
}

const DIRECTIVES: Record<string, DirectiveDoc> = { ...(directivesAL as Record<string, DirectiveDoc>), ...(directivesMZ as Record<string, DirectiveDoc>) };

export function directiveDoc(name: string): DirectiveDoc | undefined {
  return DIRECTIVES[name.toLowerCase()];
}

export function documentedDirectives(): string[] {
  return Object.keys(DIRECTIVES);
}

export function sentinelDoc(sub: string): SentinelDoc | undefined {
  return (sentinel as Record<string, SentinelDoc>)[sub.toLowerCase()];
}

export function aclRuleDoc(key: string): AclRuleDoc | undefined {
  return (aclRules as Record<string, AclRuleDoc>)[key];
}
