/**
 * The read-only probes of the live audit. A first connection without credentials learns what
 * anybody gets (PING, HELLO 2); a second, authenticated one reads INFO, CONFIG GET *, the ACL
 * users, ACL DRYRUN verdicts, COMMAND INFO, MODULE LIST and a CLIENT LIST summary. Every step
 * has a timeout and a progress message; a step that fails is listed as not verified and the
 * others go on, unless the connection itself is gone or the audit was cancelled: then the audit
 * stops and keeps what it has.
 *
 * HELLO 2 rather than HELLO 3: it answers the same question (does the server talk to anybody,
 * and what does it tell them) without switching the connection to RESP3.
 */
import { performance } from 'node:perf_hooks';
import { DANGEROUS_COMMANDS, SCRIPTING_COMMANDS } from '../rules/acl/dangerousCommands';
import { getCommandTable } from '../catalog/commands/commands';
import { AuditError, describeEndpoint, openConnection, type AuditConnection, type CommandLog } from './connection';
import { toAuditError } from './connectionErrors';
import {
  aclUserName,
  atLeast,
  dryRunAllowed,
  judgeConfig,
  nearestTarget,
  parseInfo,
  parseModules,
  probeKey,
  productOf,
  summariseClients,
  summariseHello,
} from './replyParsers';
import type { AuditOptions, ConnectionTarget, ProbeResults } from './types';

export const INFO_SECTIONS = ['server', 'replication', 'clients', 'stats', 'memory'] as const;

/** What ACL DRYRUN asks about for each user; DRYRUN only checks permissions, it runs nothing. */
export const DRYRUN_PROBES: ReadonlyArray<readonly string[]> = [
  ['FLUSHALL'],
  ['CONFIG', 'SET', 'dir', '/tmp'],
  ['DEBUG', 'SLEEP', '0'],
  ['MODULE', 'LOAD', '/tmp/x.so'],
  ['REPLICAOF', 'NO', 'ONE'],
  ['KEYS', 'x'],
  ['EVAL', 'return 1', '0'],
  ['SHUTDOWN'],
];

/** Users beyond this many are not DRYRUN-checked (listed as not verified). */
export const MAX_DRYRUN_USERS = 500;
/** DRYRUN commands sent per pipelined round trip. */
const DRYRUN_BATCH = 256;

/** Top-level names of the commands the rules call dangerous or scripting. */
export const WATCHED_COMMANDS: readonly string[] = [...new Set([...DANGEROUS_COMMANDS, ...SCRIPTING_COMMANDS].map(([c]) => c))];

/** Names of the checks, as `notVerified` lists them. */
export const CHECKS = {
  connect: 'connection',
  unauthPing: 'unauthenticated PING',
  unauthHello: 'unauthenticated HELLO',
  auth: 'authentication',
  info: 'INFO',
  config: 'CONFIG GET *',
  aclList: 'ACL LIST',
  dryRun: 'ACL DRYRUN',
  commandInfo: 'COMMAND INFO (renamed or disabled commands)',
  modules: 'MODULE LIST',
  clients: 'CLIENT LIST',
} as const;

const CANCELLED = 'Cancelled: the audit stopped before it finished; the results so far are kept.';

interface Step {
  check: string;
  message: string;
  run: (conn: AuditConnection) => Promise<void>;
}

/** A short answer for `unauthenticated.ping` / `hello`: "PONG", "NOAUTH", "DENIED", an error. */
function answerOf(err: AuditError): string {
  if (err.kind === 'noauth') return 'NOAUTH';
  if (err.kind === 'denied') return 'DENIED';
  if (err.kind === 'auth') return 'WRONGPASS';
  if (err.kind === 'unavailable') return 'ERR unknown command';
  if (err.serverText) return err.serverText;
  return `error: ${err.message}`;
}

export async function runProbes(target: ConnectionTarget, opts: AuditOptions): Promise<ProbeResults> {
  const started = performance.now();
  const endpoint = describeEndpoint(target);
  const log: CommandLog = { commandsSent: [], roundTrips: 0 };
  const tls = !!target.tls && !target.socket;
  const results: ProbeResults = { endpoint, tls, tlsVerified: false, info: {}, commandsSent: log.commandsSent, roundTrips: 0, wallTimeMs: 0, notVerified: [] };
  const secrets = target.password ? [target.password] : [];
  const asAuditError = (err: unknown, label?: string) =>
    err instanceof AuditError ? err : toAuditError(err, { endpoint, label, tls, stepTimeoutMs: opts.stepTimeoutMs, secrets });
  const progress = (message: string) => {
    try {
      opts.onProgress?.(message);
    } catch {
      // A failing progress display must not stop the audit.
    }
  };
  const open: AuditConnection[] = [];
  let stopped: string | undefined;
  const stop = (e: AuditError) => {
    stopped ??= e.kind === 'aborted' ? CANCELLED : e.message;
    results.aborted ??= stopped;
  };
  const notVerified = (check: string, reason: string) => results.notVerified.push({ check, reason });

  const connect = async (t: ConnectionTarget, message: string): Promise<AuditConnection | undefined> => {
    progress(message);
    try {
      const conn = await openConnection(t, opts, log);
      open.push(conn);
      results.tlsVerified = conn.tlsVerified;
      return conn;
    } catch (err) {
      const e = asAuditError(err);
      notVerified(e.kind === 'auth' ? CHECKS.auth : CHECKS.connect, e.message);
      stop(e);
      return undefined;
    }
  };

  try {
    if (opts.signal?.aborted) throw new AuditError('aborted', 'cancelled');
    const hasCredentials = !!(target.password || target.username);

    // 1. What a client without credentials gets.
    const anon = await connect({ ...target, username: undefined, password: undefined }, `Connecting to ${endpoint} without credentials`);
    let helloVersion: { product?: 'redis' | 'valkey'; version?: string } = {};
    let needsAuth = false;
    // Protected mode answers DENIED and closes: any new connection would be turned away too.
    let turnedAway: AuditError | undefined;
    if (anon) {
      progress('Sending PING without credentials');
      let ping: string;
      try {
        ping = String(await anon.command(['PING']));
      } catch (err) {
        const e = asAuditError(err, 'PING');
        if (e.fatal) {
          notVerified(CHECKS.unauthPing, e.message);
          stop(e);
          return finish();
        }
        ping = answerOf(e);
        needsAuth = e.kind === 'noauth';
        if (e.kind === 'denied') turnedAway = e;
      }
      results.unauthenticated = { ping };
      if (turnedAway) {
        notVerified(CHECKS.unauthHello, 'not run: the server closes connections it answers DENIED');
        notVerified(CHECKS.connect, turnedAway.message);
        stop(turnedAway);
      } else if (!anon.failure) {
        progress('Sending HELLO 2 without credentials');
        try {
          const hello = summariseHello(await anon.command(['HELLO', '2']));
          results.unauthenticated.hello = hello.text;
          helloVersion = hello;
        } catch (err) {
          const e = asAuditError(err, 'HELLO');
          results.unauthenticated.hello = answerOf(e);
          // A server that answered PING but then hangs or floods will not do better on a new
          // connection; a plain close may be protected mode and is judged by the next connection.
          if (e.fatal && e.kind !== 'closed') {
            notVerified(CHECKS.unauthHello, e.message);
            stop(e);
            return finish();
          }
        }
      }
    }
    if (stopped) return finish();

    // 2. The authenticated connection (the same one when there are no credentials to give).
    let conn: AuditConnection | undefined;
    if (hasCredentials) {
      const who = target.username ? ` as user ${target.username}` : ' with the password';
      conn = await connect(target, `Connecting to ${endpoint}${who}`);
    } else if (anon?.failure) {
      // Turned away (protected mode, maxclients): a new connection would be too.
      notVerified(CHECKS.connect, anon.failure.message);
      stop(anon.failure);
    } else {
      conn = anon;
    }
    if (!conn) return finish();
    if (conn.authNote) progress(conn.authNote);
    const skipAll = !hasCredentials && needsAuth ? 'not run: the server requires authentication and no credentials were given' : undefined;

    let version = helloVersion.version;
    let product = helloVersion.product;
    let users: string[] = [];

    const steps: Step[] = [
      {
        check: CHECKS.info,
        message: `Reading INFO ${INFO_SECTIONS.join(', ')}`,
        run: async (c) => {
          // Several sections in one INFO call need 7.0; older servers answer a syntax error.
          const multi = atLeast(version, 7) !== false;
          let done = false;
          if (multi) {
            try {
              Object.assign(results.info, parseInfo(String(await c.command(['INFO', ...INFO_SECTIONS]))));
              done = true;
            } catch (err) {
              const e = asAuditError(err, 'INFO');
              if (e.fatal || e.kind === 'noperm' || e.kind === 'noauth' || e.kind === 'unavailable') throw e;
            }
          }
          if (!done) {
            for (const section of INFO_SECTIONS) Object.assign(results.info, parseInfo(String(await c.command(['INFO', section]))));
          }
          const found = productOf(results.info.server);
          if (found.version) ({ product, version } = found);
          if (product) results.product = product;
          if (version) results.version = version;
        },
      },
      {
        check: CHECKS.config,
        message: 'Reading CONFIG GET * (secret values stay in memory)',
        run: async (c) => {
          const judged = judgeConfig(await c.command(['CONFIG', 'GET', '*']));
          results.config = judged.config;
          results.sensitiveSet = judged.sensitiveSet;
          results.weakSecrets = judged.weakSecrets;
        },
      },
      {
        check: CHECKS.aclList,
        message: 'Reading ACL LIST',
        run: async (c) => {
          const reply = await c.command(['ACL', 'LIST']);
          results.aclList = Array.isArray(reply) ? reply.map(String) : [];
          users = results.aclList.map(aclUserName).filter((u): u is string => !!u);
        },
      },
      {
        check: CHECKS.dryRun,
        message: 'Asking ACL DRYRUN what each user may run (nothing is executed)',
        run: async (c) => {
          if (atLeast(version, 7) === false) throw new AuditError('unavailable', `ACL DRYRUN needs Redis 7.0 or later; the server is ${version}.`);
          if (!results.aclList) throw new AuditError('unavailable', 'ACL LIST did not answer, so the users to ask about are unknown.');
          const asked = users.slice(0, MAX_DRYRUN_USERS);
          if (users.length > asked.length) notVerified(CHECKS.dryRun, `only the first ${MAX_DRYRUN_USERS} of ${users.length} users were checked`);
          const queries = asked.flatMap((user) => DRYRUN_PROBES.map((probe) => ({ user, probe })));
          const dryRun: Record<string, Record<string, boolean>> = {};
          const failures: string[] = [];
          for (let i = 0; i < queries.length; i += DRYRUN_BATCH) {
            const batch = queries.slice(i, i + DRYRUN_BATCH);
            const settled = await c.pipeline(batch.map((q) => ['ACL', 'DRYRUN', q.user, ...q.probe]));
            settled.forEach((r, j) => {
              const { user, probe } = batch[j];
              const verdicts = (dryRun[user] ??= {});
              if (r.status === 'fulfilled') verdicts[probeKey(probe)] = dryRunAllowed(r.value);
              else if (/not found|unknown command/i.test((r.reason as AuditError).message)) verdicts[probeKey(probe)] = false;
              else failures.push(`${user} ${probe[0]}: ${(r.reason as AuditError).message}`);
            });
            // The whole step failed the same way (no +acl|dryrun, or renamed): report it once.
            const reasons = settled.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AuditError);
            if (i === 0 && reasons.length === settled.length && reasons.every((e) => e.kind === reasons[0].kind && e.kind !== 'server-error')) throw reasons[0];
          }
          results.dryRun = dryRun;
          if (failures.length) notVerified(CHECKS.dryRun, `${failures.length} verdicts missing, e.g. ${failures[0]}`);
        },
      },
      {
        check: CHECKS.commandInfo,
        message: 'Reading COMMAND INFO for the dangerous commands',
        run: async (c) => {
          // Only names this server line has: a command that never existed is not "renamed".
          const known = getCommandTable(nearestTarget(product, version)).commands;
          const names = WATCHED_COMMANDS.filter((n) => n in known);
          const reply = await c.command(['COMMAND', 'INFO', ...names]);
          if (!Array.isArray(reply) || reply.length !== names.length) throw new AuditError('server-error', 'COMMAND INFO gave an answer of an unexpected shape.');
          results.missingCommands = names.filter((_, i) => reply[i] === null || reply[i] === undefined);
        },
      },
      {
        check: CHECKS.modules,
        message: 'Reading MODULE LIST',
        run: async (c) => {
          results.modules = parseModules(await c.command(['MODULE', 'LIST']));
        },
      },
      {
        check: CHECKS.clients,
        message: 'Reading CLIENT LIST (counts only)',
        run: async (c) => {
          results.clients = summariseClients(String(await c.command(['CLIENT', 'LIST'])));
        },
      },
    ];

    // The unauthenticated connection has served its purpose; close it before CLIENT LIST counts it.
    if (anon && anon !== conn) await anon.close();

    for (const step of steps) {
      if (opts.signal?.aborted && !stopped) stop(new AuditError('aborted', 'cancelled'));
      const reason = stopped ? `not run: ${stopped}` : skipAll;
      if (reason) {
        notVerified(step.check, reason);
        continue;
      }
      progress(step.message);
      try {
        await step.run(conn);
      } catch (err) {
        const e = asAuditError(err, step.check);
        notVerified(step.check, e.kind === 'aborted' ? CANCELLED : e.message);
        if (e.fatal || conn.failure) stop(conn.failure ?? e);
      }
    }
  } catch (err) {
    stop(asAuditError(err));
  } finally {
    await Promise.all(open.map((c) => c.close()));
  }
  return finish();

  function finish(): ProbeResults {
    results.roundTrips = log.roundTrips;
    results.wallTimeMs = Math.round(performance.now() - started);
    return results;
  }
}
