/**
 * The server versions the catalog covers, oldest first per product (Redis, then Valkey).
 * `source` names the facts file each catalog was generated from; the generator
 * (scripts/generate-catalog.mjs) keeps the same list and the tests check both agree.
 */
import type { TargetId, TargetInfo } from './types';

function target(id: TargetId, source: string, verifiedAgainstServer: boolean): TargetInfo {
  const [product, version] = id.split('-') as ['redis' | 'valkey', string];
  const [major, minor] = version.split('.').map(Number);
  const label = `${product === 'redis' ? 'Redis' : 'Valkey'} ${major}.${minor}`;
  return { id, product, label, major, minor, source, verifiedAgainstServer };
}

// verifiedAgainstServer: the five facts files facts/VALIDATION.md checked against real binaries.
export const TARGETS: TargetInfo[] = [
  target('redis-6.0', 'redis-6.0.20', false),
  target('redis-6.2', 'redis-6.2.16', true),
  target('redis-7.0', 'redis-7.0.15', true),
  target('redis-7.2', 'redis-7.2.6', true),
  target('redis-7.4', 'redis-7.4.1', true),
  target('redis-8.0', 'redis-8.0-branch', false),
  target('redis-8.2', 'redis-8.2-dev-966b0236', false),
  target('valkey-7.2', 'valkey-7.2.7', false),
  target('valkey-8.0', 'valkey-8.0.1', true),
  target('valkey-8.1', 'valkey-unstable-2024-10', false),
  target('valkey-9.0', 'valkey-9.0-dev-9521f5f3', false),
];

/** The newest Redis line the catalog knows; used when a document names no target. */
export const DEFAULT_TARGET: TargetId = 'redis-8.2';
