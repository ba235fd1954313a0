/**
 * One audit connection: @redis/client underneath, configured so that it sends nothing on its
 * own (RESP2 means no automatic HELLO; no client-info, maintenance or SELECT handshake; no
 * offline queue; no reconnect), and wrapped so that every command passes the read-only guard,
 * is bounded in time, counted, and stops when the audit is cancelled. Any failure that leaves
 * the connection unusable closes the socket at once; `close()` always frees it.
 */
import { ConnectionTimeoutError, createClient } from '@redis/client';
import * as diagnostics from 'node:diagnostics_channel';
import { isIP, type Socket } from 'node:net';
import { describeCommand, isAllowed, send } from './allowlist';
import { AuditError, earlyErrorReply, isUnsolicitedReply, timeoutError, toAuditError, type ErrorContext } from './connectionErrors';
import type { AuditOptions, ConnectionTarget } from './types';

export { AuditError } from './connectionErrors';
export type { AuditErrorKind } from './connectionErrors';

/** Counts shared by every connection of one audit. */
export interface CommandLog {
  /** Commands as `describeCommand` writes them (AUTH without its arguments). */
  commandsSent: string[];
  /** Request/answer exchanges; a pipelined batch counts once. */
  roundTrips: number;
}

export interface AuditConnection {
  readonly endpoint: string;
  readonly tls: boolean;
  /** TLS with the certificate checked (false without TLS or with insecureSkipVerify). */
  readonly tlsVerified: boolean;
  /** Set when a password was given but the server has none for the default user. */
  readonly authNote?: string;
  /** Why the connection is gone, once it is. */
  readonly failure?: AuditError;
  /** Sends one allowed command and returns its reply; throws an AuditError. */
  command(argv: readonly string[]): Promise<unknown>;
  /** Sends allowed commands in one write (one round trip); each settles on its own. */
  pipeline(argvs: ReadonlyArray<readonly string[]>): Promise<Array<PromiseSettledResult<unknown>>>;
  close(): Promise<void>;
}

/** A reply bigger than this ends the connection: no probe needs more, a hostile server could send gigabytes. */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;

/** How much of the start of a connection is kept, to read an error the server sends unasked. */
const FIRST_BYTES = 512;

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 6379;

/** "127.0.0.1:6379", "[::1]:6379", "unix:/run/redis.sock": never user names or passwords. */
export function describeEndpoint(target: ConnectionTarget): string {
  if (target.socket) return `unix:${target.socket}`;
  const host = target.host || DEFAULT_HOST;
  const port = target.port ?? DEFAULT_PORT;
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The command name a message shows: "PING", "CONFIG GET" (never arguments). */
export function commandLabel(argv: readonly string[]): string {
  const words = describeCommand(argv).split(' ');
  const container = ['CONFIG', 'ACL', 'COMMAND', 'MODULE', 'CLIENT', 'SLOWLOG'].includes(words[0]);
  return container ? words.slice(0, 2).join(' ') : words[0];
}

function socketOptions(target: ConnectionTarget, timeoutMs: number) {
  const common = { connectTimeout: timeoutMs, reconnectStrategy: false as const };
  if (target.socket) return { ...common, path: target.socket, tls: false as const };
  const host = target.host || DEFAULT_HOST;
  const port = target.port ?? DEFAULT_PORT;
  if (!target.tls) return { ...common, host, port };
  const t = target.tls;
  return {
    ...common,
    host,
    port,
    tls: true as const,
    ca: t.ca,
    cert: t.cert,
    key: t.key,
    // Node refuses an IP address as SNI; without a servername it checks the certificate against the host.
    servername: t.servername ?? (isIP(host) ? undefined : host),
    rejectUnauthorized: !t.insecureSkipVerify,
  };
}

/**
 * Runs `start` while watching for the plain TCP or Unix socket it creates, so that the bytes
 * a server sends can be counted. @redis/client does not expose its socket; Node announces
 * every socket `net.connect` creates on this channel, and the library creates ours
 * synchronously inside `connect()`. TLS sockets are not announced: there only the per-step
 * timeout bounds a flood.
 */
function watchingSocket<T>(start: () => T, onSocket: (socket: Socket) => void): T {
  const listener = (message: unknown) => {
    const socket = (message as { socket?: Socket }).socket;
    if (socket) onSocket(socket);
  };
  diagnostics.subscribe('net.client.socket', listener);
  try {
    return start();
  } finally {
    diagnostics.unsubscribe('net.client.socket', listener);
  }
}

/**
 * Connects to `target` and, when it carries a password (or a user name), authenticates with
 * AUTH. Throws an AuditError with a short message on any failure; nothing is left open then.
 */
export async function openConnection(target: ConnectionTarget, opts: AuditOptions, log: CommandLog = { commandsSent: [], roundTrips: 0 }): Promise<AuditConnection> {
  const endpoint = describeEndpoint(target);
  const tls = !!target.tls && !target.socket;
  const stepTimeoutMs = opts.stepTimeoutMs;
  const secrets = target.password ? [target.password] : [];
  const context = (label?: string): ErrorContext => ({ endpoint, label, tls, stepTimeoutMs, secrets });

  if (opts.signal?.aborted) throw new AuditError('aborted', 'The audit was cancelled.');

  const client = createClient({
    RESP: 2,
    socket: socketOptions(target, stepTimeoutMs),
    disableOfflineQueue: true,
    disableClientInfo: true,
    maintNotifications: 'disabled',
    // Our own timer (below) closes the connection; the library's is only a backstop.
    commandOptions: { timeout: stepTimeoutMs * 2 },
  });

  let failure: AuditError | undefined;
  let rejectFailed!: (e: AuditError) => void;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined);
  let currentLabel: string | undefined;
  let bytesSinceSend = 0;
  let rawSocket: Socket | undefined;
  let firstBytes = Buffer.alloc(0);

  const destroy = () => {
    try {
      client.destroy();
    } catch {
      // Already torn down.
    }
    rawSocket?.destroy();
  };
  const fail = (e: AuditError) => {
    if (!failure) {
      failure = e;
      rejectFailed(e);
    }
    destroy();
  };
  // Socket failures, undecodable bytes and replies nobody asked for all arrive here.
  client.on('error', (err: unknown) => {
    // An error line the server sent on its own (protected mode, maxclients) says more than the
    // library's complaint about a reply nobody asked for.
    const early = isUnsolicitedReply(err) ? earlyErrorReply(firstBytes, context(currentLabel)) : undefined;
    const e = early ?? toAuditError(err, context(currentLabel));
    fail(e.fatal || early ? e : new AuditError('closed', e.message, e.code));
  });
  const onAbort = () => fail(new AuditError('aborted', 'The audit was cancelled.'));
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const onData = (chunk: Buffer) => {
    if (firstBytes.length < FIRST_BYTES) firstBytes = Buffer.concat([firstBytes, chunk.subarray(0, FIRST_BYTES - firstBytes.length)]);
    bytesSinceSend += chunk.length;
    if (bytesSinceSend > MAX_REPLY_BYTES) {
      fail(new AuditError('too-large', `${endpoint} sent more than ${MAX_REPLY_BYTES / 1024 / 1024} MB in answer to ${currentLabel ?? 'nothing'}; the connection was closed.`));
    }
  };

  const exchange = async (argvs: ReadonlyArray<readonly string[]>): Promise<Array<PromiseSettledResult<unknown>>> => {
    if (failure) throw failure;
    for (const argv of argvs) {
      if (!isAllowed(argv)) throw new AuditError('not-allowed', `The audit refused to send ${commandLabel(argv)}: it is not on the read-only list.`);
    }
    const label = argvs.length === 1 ? commandLabel(argvs[0]) : `${argvs.length} × ${commandLabel(argvs[0])}`;
    currentLabel = label;
    bytesSinceSend = 0;
    log.roundTrips++;
    const replies = argvs.map((argv) => {
      log.commandsSent.push(describeCommand(argv));
      return send(client, argv);
    });
    const timer = setTimeout(() => fail(timeoutError(context(label))), stepTimeoutMs);
    try {
      const settled = await Promise.race([Promise.allSettled(replies), failed]);
      if (failure) throw failure;
      return settled.map((r, i) => {
        if (r.status === 'fulfilled') return r;
        const e = toAuditError(r.reason, context(commandLabel(argvs[i])));
        if (e.fatal) fail(e);
        return { status: 'rejected', reason: e } as PromiseRejectedResult;
      });
    } finally {
      clearTimeout(timer);
    }
  };

  const connection: AuditConnection & { authNote?: string } = {
    endpoint,
    tls,
    tlsVerified: tls && !target.tls?.insecureSkipVerify,
    get failure() {
      return failure;
    },
    async command(argv) {
      const [r] = await exchange([argv]);
      if (failure) throw failure;
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    },
    pipeline: (argvs) => exchange(argvs),
    async close() {
      opts.signal?.removeEventListener('abort', onAbort);
      rawSocket?.off('data', onData);
      destroy();
    },
  };

  // Connecting: the library's connectTimeout bounds TCP and the TLS handshake; the extra
  // timer also covers a name lookup that never returns.
  try {
    currentLabel = undefined;
    const connecting = watchingSocket(
      () => client.connect(),
      (socket) => {
        rawSocket = socket;
        socket.on('data', onData);
      },
    );
    connecting.catch(() => undefined);
    const backstop = setTimeout(() => fail(toAuditError(new ConnectionTimeoutError(), context())), stepTimeoutMs + 250);
    try {
      await Promise.race([connecting, failed]);
    } finally {
      clearTimeout(backstop);
    }
  } catch (err) {
    const e = toAuditError(err, context());
    fail(e.fatal ? e : new AuditError('closed', e.message));
    await connection.close();
    throw failure;
  }

  if (target.password || target.username) {
    const auth = target.username ? ['AUTH', target.username, target.password ?? ''] : ['AUTH', target.password ?? ''];
    try {
      await connection.command(auth);
    } catch (err) {
      const e = err as AuditError;
      if (e.kind === 'auth' && /no password set/.test(e.message)) {
        connection.authNote = e.message;
      } else {
        await connection.close();
        throw e;
      }
    }
  }
  return connection;
}
