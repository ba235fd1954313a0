/**
 * Test support for the analysis: hand-built ProbeResults shaped like what a real server answers,
 * so liveModel/analyze/drift/report are tested without a network.
 */
import { getCatalog } from '../catalog';
import type { TargetId } from '../catalog/types';
import type { ProbeResults } from './types';

/** CONFIG GET values of special settings on a stock 7.x server (the catalog has no default for them). */
const SPECIAL_DEFAULTS: Record<string, string> = {
  save: '3600 1 300 100 60 10000',
  bind: '* -::*',
  'client-output-buffer-limit': 'normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60',
  dir: '/var/lib/redis',
  'oom-score-adj-values': '0 200 800',
  'latency-tracking-info-percentiles': '50 99 99.9',
  'notify-keyspace-events': '',
  replicaof: '',
};

/** What CONFIG GET * answers on a server started without a config file (aliases included). */
export function stockConfig(target: TargetId = 'redis-7.0'): Record<string, string> {
  const catalog = getCatalog(target);
  const out: Record<string, string> = {};
  for (const spec of Object.values(catalog.directives)) {
    if (spec.hidden || spec.origin !== 'table') continue;
    out[spec.name] = SPECIAL_DEFAULTS[spec.name] ?? spec.default ?? '';
  }
  for (const [alias, name] of Object.entries(catalog.aliases)) if (name in out) out[alias] = out[name];
  return out;
}

/** A complete, unremarkable probe result; `config` entries override the stock values. */
export function probeResults(over: Partial<ProbeResults> & { configOver?: Record<string, string> } = {}): ProbeResults {
  const { configOver, ...rest } = over;
  const config: Record<string, string> = { ...stockConfig(), bind: '127.0.0.1 -::1', ...(configOver ?? {}) };
  for (const [alias, name] of Object.entries(getCatalog('redis-7.0').aliases)) if (configOver && name in configOver) config[alias] = configOver[name];
  return {
    endpoint: '127.0.0.1:6379',
    tls: false,
    tlsVerified: false,
    unauthenticated: { ping: 'NOAUTH Authentication required.' },
    info: {
      server: { redis_version: '7.0.15', redis_mode: 'standalone' },
      replication: { role: 'master', connected_slaves: '0' },
      clients: { connected_clients: '1' },
      stats: { rejected_connections: '0' },
      memory: { number_of_cached_scripts: '0' },
    },
    product: 'redis',
    version: '7.0.15',
    config,
    sensitiveSet: { requirepass: false, masterauth: false, masteruser: false, 'tls-key-file-pass': false, 'tls-client-key-file-pass': false },
    weakSecrets: {},
    aclList: [
      'user admin on #2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881 ~* &* +@all',
      'user default off resetchannels -@all',
    ],
    dryRun: {},
    missingCommands: [],
    modules: [],
    clients: { total: 1, byUser: { admin: 1 }, external: 0 },
    commandsSent: ['PING', 'INFO', 'CONFIG GET', 'ACL LIST'],
    roundTrips: 12,
    wallTimeMs: 40,
    notVerified: [],
    ...rest,
  };
}
