// STUB — replaced by the catalog generator helper. The exported signatures are fixed.
import type { Catalog, DirectiveSpec, TargetId, TargetInfo } from './types';
export * from './types';
export const TARGETS: TargetInfo[] = [];
export const DEFAULT_TARGET: TargetId = 'redis-8.2';
export function isTargetId(value: unknown): value is TargetId { return TARGETS.some(t => t.id === value); }
export function getCatalog(target: TargetId): Catalog { throw new Error('catalog not generated yet: ' + target); }
/** Resolves aliases; `name` must be lower case. */
export function lookupDirective(catalog: Catalog, name: string): DirectiveSpec | undefined {
  return catalog.directives[name] ?? (catalog.aliases[name] ? catalog.directives[catalog.aliases[name]] : undefined);
}
/** Every target whose loader accepts `name` (directive or alias). */
export function targetsHaving(name: string): TargetId[] { return []; }
