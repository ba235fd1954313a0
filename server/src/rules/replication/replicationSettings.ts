/**
 * Small readers shared by the replication and Sentinel rules: the target's own name for the
 * replication password (Valkey 8+ calls it primaryauth, with masterauth as an alias), the
 * `sentinel <sub-directive> ...` lines, and whether a Sentinel asks clients for a password.
 */
import { canonicalName } from '../../catalog';
import type { Directive } from '../../parse/document';
import type { SecurityModel } from '../model';

/** The canonical name the target uses for a directive known under an older name. */
export function targetName(model: SecurityModel, name: string): string {
  return canonicalName(model.catalog, name) ?? name;
}

/** The value of a setting the file sets to something non-empty, else undefined. */
export function nonEmpty(model: SecurityModel, name: string): string | undefined {
  const v = model.settings.get(targetName(model, name))?.values[0];
  return v ? v : undefined;
}

/** `sentinel <sub> ...` lines, sub-directive matched without regard to case like Sentinel does. */
export function sentinelLines(model: SecurityModel, sub: string): Directive[] {
  return model.sentinel.filter((d) => d.args[0]?.value.toLowerCase() === sub);
}

/**
 * How a Sentinel makes clients authenticate: through requirepass, through ACL users (a `user
 * default` line with a password or switched off, or an aclfile we cannot see), or not at all.
 */
export function sentinelAuth(model: SecurityModel): 'requirepass' | 'acl' | undefined {
  if (nonEmpty(model, 'requirepass')) return 'requirepass';
  const def = model.defaultUser();
  if (def && !(def.effective.enabled && def.effective.nopass)) return 'acl';
  if (nonEmpty(model, 'aclfile')) return 'acl';
  return undefined;
}
