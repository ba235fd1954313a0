/**
 * Real servers for the live-audit tests: `redis-server` processes on 127.0.0.1 (or a Unix
 * socket) in temporary directories, plus hostile endpoints that are not Redis at all. Every
 * process is stopped by its PID and every directory removed; a process-exit hook kills what a
 * crashed test left behind. Importing this file starts nothing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionTarget } from '../../server/src/audit/types';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** Whether the tests can start servers here (the binary exists). */
export function hasRedisServer(): boolean {
  return existsSync(REDIS_SERVER);
}

/** A TCP port nobody used a moment ago (port 0 cannot be written in redis.conf for TCP). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix = 'redis-audit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const LIVE = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of LIVE) if (child.pid) try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
});

export interface TestCerts {
  dir: string;
  /** PEM texts. */
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** File paths of the server side, for redis.conf. */
  files: { ca: string; serverCert: string; serverKey: string };
}

/** A CA, a server certificate for 127.0.0.1/localhost and a client certificate, made with the openssl CLI. */
export function makeCerts(dir: string): TestCerts {
  const f = (name: string) => join(dir, name);
  const ossl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ossl('req', '-x509', '-new', ...ec, '-keyout', f('ca.key'), '-out', f('ca.crt'), '-days', '2', '-subj', '/CN=Audit Test CA');
  writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  writeFileSync(f('client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [who, cn] of [['server', 'localhost'], ['client', 'audit-client']] as const) {
    ossl('req', '-new', ...ec, '-keyout', f(`${who}.key`), '-out', f(`${who}.csr`), '-subj', `/CN=${cn}`);
    ossl('x509', '-req', '-in', f(`${who}.csr`), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f(`${who}.crt`), '-days', '2', '-extfile', f(`${who}.ext`));
  }
  const read = (name: string) => readFileSync(f(name), 'utf8');
  return {
    dir,
    ca: read('ca.crt'),
    serverCert: read('server.crt'),
    serverKey: read('server.key'),
    clientCert: read('client.crt'),
    clientKey: read('client.key'),
    files: { ca: f('ca.crt'), serverCert: f('server.crt'), serverKey: f('server.key') },
  };
}

export interface RedisFixture {
  kind: 'insecure' | 'hardened' | 'unix' | 'tls';
  pid: number;
  dir: string;
  port?: number;
  tlsPort?: number;
  socket?: string;
  /** Plain-text passwords of the ACL users, by user name (hardened). */
  users: Record<string, string>;
  /** Plain-text secrets set in the config (masterauth...), by setting name. */
  secrets: Record<string, string>;
  certs?: TestCerts;
  /** How to reach the server, as `user` when given (its password from `users`). */
  target(user?: string): ConnectionTarget;
  stop(): Promise<void>;
}

export interface FixtureOptions {
  /** More redis.conf lines (rename-command, requirepass...). */
  extraConfig?: string[];
}

const BASE_CONFIG = ['daemonize no', 'save ""', 'appendonly no', 'loglevel notice'];

async function startServer(
  kind: RedisFixture['kind'],
  dir: string,
  lines: string[],
  fields: Omit<RedisFixture, 'kind' | 'pid' | 'dir' | 'stop' | 'target' | 'users' | 'secrets'> & Partial<Pick<RedisFixture, 'users' | 'secrets'>>,
  target: (user?: string) => ConnectionTarget,
): Promise<RedisFixture> {
  const log = join(dir, 'redis.log');
  const conf = join(dir, 'redis.conf');
  writeFileSync(conf, [...BASE_CONFIG, `dir ${dir}`, `logfile ${log}`, ...lines, ''].join('\n'));
  const child = spawn(REDIS_SERVER, [conf], { stdio: 'ignore' });
  LIVE.add(child);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; LIVE.delete(child); resolve(); }));
  const stop = async () => {
    if (!exited && child.pid) {
      try { process.kill(child.pid, 'SIGTERM'); } catch { /* gone */ }
      const killer = setTimeout(() => { try { process.kill(child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 3000);
      await exit;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
    if (/ready to accept connections/i.test(text)) break;
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server (${kind}) did not start:\n${text.split('\n').slice(-8).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { kind, pid: child.pid!, dir, users: {}, secrets: {}, ...fields, target, stop };
}

/** No password, protected mode off, bound to 127.0.0.1: what the audit must flag. */
export async function startInsecure(opts: FixtureOptions = {}): Promise<RedisFixture> {
  const dir = tempDir();
  const port = await freePort();
  const target = () => ({ host: '127.0.0.1', port });
  return startServer('insecure', dir, [`port ${port}`, 'bind 127.0.0.1', 'protected-mode no', ...(opts.extraConfig ?? [])], { port }, target);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** ACL rules of the least-privilege audit user checks.md recommends. */
export const AUDITOR_RULES = 'resetkeys resetchannels -@all +ping +hello +auth +info +config|get +acl|getuser +acl|list +acl|users +acl|whoami +acl|dryrun +acl|cat +command +module|list +client|list +role +slowlog|get';

/**
 * Default user off; users admin (everything), app (its own keys, no dangerous commands),
 * readonly (read commands only) and auditor (the audit's allow-list), with hashed passwords.
 * `masterauth` holds a well-known weak value so that the weak-secret check has something to find.
 */
export async function startHardened(opts: FixtureOptions = {}): Promise<RedisFixture> {
  const dir = tempDir();
  const port = await freePort();
  const pw = () => randomBytes(16).toString('hex');
  const users = { admin: pw(), app: pw(), readonly: pw(), auditor: pw() };
  const secrets = { masterauth: 'foobared' };
  const lines = [
    `port ${port}`,
    'bind 127.0.0.1',
    'protected-mode yes',
    'user default off resetkeys resetchannels -@all',
    `user admin on #${sha256(users.admin)} ~* &* +@all`,
    `user app on #${sha256(users.app)} ~app:* resetchannels +@read +@write -@dangerous`,
    `user readonly on #${sha256(users.readonly)} ~* resetchannels +@read -@dangerous`,
    `user auditor on #${sha256(users.auditor)} ${AUDITOR_RULES}`,
    `masterauth ${secrets.masterauth}`,
    ...(opts.extraConfig ?? []),
  ];
  const target = (user = 'admin') => ({ host: '127.0.0.1', port, username: user, password: users[user as keyof typeof users] });
  return startServer('hardened', dir, lines, { port, users, secrets }, target);
}

/** Only a Unix socket (port 0), mode 700, no password. */
export async function startUnixSocket(opts: FixtureOptions = {}): Promise<RedisFixture> {
  const dir = tempDir();
  const socket = join(dir, 'redis.sock');
  const target = () => ({ socket });
  return startServer('unix', dir, ['port 0', `unixsocket ${socket}`, 'unixsocketperm 700', ...(opts.extraConfig ?? [])], { socket }, target);
}

export interface TlsFixtureOptions extends FixtureOptions {
  /** tls-auth-clients: `yes` (default) requires a client certificate. */
  authClients?: 'yes' | 'no' | 'optional';
}

/** TLS only (port 0, tls-port), certificates made by `makeCerts`, no password. */
export async function startTls(opts: TlsFixtureOptions = {}): Promise<RedisFixture> {
  const dir = tempDir();
  const certs = makeCerts(dir);
  const tlsPort = await freePort();
  const lines = [
    'port 0',
    `tls-port ${tlsPort}`,
    'bind 127.0.0.1',
    `tls-cert-file ${certs.files.serverCert}`,
    `tls-key-file ${certs.files.serverKey}`,
    `tls-ca-cert-file ${certs.files.ca}`,
    `tls-auth-clients ${opts.authClients ?? 'yes'}`,
    ...(opts.extraConfig ?? []),
  ];
  const target = (): ConnectionTarget => ({
    host: '127.0.0.1',
    port: tlsPort,
    tls: { ca: certs.ca, cert: certs.clientCert, key: certs.clientKey },
  });
  return startServer('tls', dir, lines, { tlsPort, certs }, target);
}

/** Endpoints that accept connections but do not behave like Redis. */
export type HostileBehaviour =
  /** Accepts and never sends a byte. */
  | 'silent'
  /** Answers anything with a short line that is not RESP. */
  | 'garbage'
  /** Answers the first command with an endless stream of `*` (an array length that never ends). */
  | 'flood-star'
  /** Answers the first command with an endless stream of random bytes after a valid bulk header. */
  | 'flood-bulk'
  /** Answers the first command with megabytes of random bytes. */
  | 'flood-random'
  /** Answers every command with an error quoting it whole (a password included). */
  | 'echo-error'
  /** Answers the first command twice: the second reply is one nobody asked for. */
  | 'double-reply'
  /** Sends protected mode's DENIED line on accepting, then closes (as Redis does to remote clients). */
  | 'denied'
  /** The same, 30 ms later: the client's first command is already waiting. */
  | 'denied-late'
  /** Sends the maxclients error on accepting, then closes. */
  | 'maxclients';

const DENIED_LINE = '-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user.\r\n';

export interface HostileServer {
  port: number;
  /** Bytes written to clients so far. */
  bytesSent(): number;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Splits the bytes a client sends into commands (arrays of bulk strings, as clients send them). */
export function commandParser(): (data: Buffer) => string[][] {
  let buffered = '';
  return (data) => {
    buffered += data.toString('latin1');
    const out: string[][] = [];
    for (;;) {
      const m = /^\*(\d+)\r\n/.exec(buffered);
      if (!m) return out;
      const argv: string[] = [];
      let at = m[0].length;
      for (let i = 0; i < Number(m[1]); i++) {
        const h = /^\$(\d+)\r\n/.exec(buffered.slice(at));
        if (!h) return out;
        const start = at + h[0].length;
        const len = Number(h[1]);
        if (buffered.length < start + len + 2) return out;
        argv.push(Buffer.from(buffered.slice(start, start + len), 'latin1').toString('utf8'));
        at = start + len + 2;
      }
      buffered = buffered.slice(at);
      out.push(argv);
    }
  };
}

/** RESP encodings for scripted answers. */
export const resp = {
  simple: (s: string) => `+${s}\r\n`,
  error: (s: string) => `-${s}\r\n`,
  bulk: (s: string | null) => (s === null ? '$-1\r\n' : `$${Buffer.byteLength(s)}\r\n${s}\r\n`),
  int: (n: number) => `:${n}\r\n`,
  array: (items: string[] | null) => (items === null ? '*-1\r\n' : `*${items.length}\r\n${items.join('')}`),
};

export interface ScriptedServer {
  port: number;
  /** Every command received, in order. */
  received: string[][];
  close(): Promise<void>;
}

/**
 * A fake server that answers each command with `answer(argv)` (RESP text; undefined = stay
 * silent). Stands in for servers the tests cannot start: old versions, managed services.
 */
export async function startScripted(answer: (argv: string[]) => string | undefined): Promise<ScriptedServer> {
  const sockets = new Set<net.Socket>();
  const received: string[][] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const parse = commandParser();
    socket.on('data', (data) => {
      for (const argv of parse(data)) {
        received.push(argv);
        const reply = answer(argv);
        if (reply !== undefined) socket.write(reply);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function startHostile(behaviour: HostileBehaviour): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  let sent = 0;
  let accepted = 0;
  const chunk = (fill?: number) => (fill === undefined ? randomBytes(1 << 20) : Buffer.alloc(1 << 20, fill));
  const flood = (socket: net.Socket, make: () => Buffer, limit = 512 << 20) => {
    const pump = () => {
      while (!socket.destroyed && sent < limit) {
        const b = make();
        sent += b.length;
        if (!socket.write(b)) return void socket.once('drain', pump);
      }
    };
    pump();
  };
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const parse = commandParser();
    let first = true;
    if (behaviour === 'denied') socket.end(DENIED_LINE);
    if (behaviour === 'denied-late') setTimeout(() => socket.end(DENIED_LINE), 30);
    if (behaviour === 'maxclients') socket.end('-ERR max number of clients reached\r\n');
    socket.on('data', (data) => {
      if (behaviour === 'silent') return;
      if (behaviour === 'garbage') return void socket.write('HTTP/1.1 400 Bad Request\r\n\r\n');
      if (behaviour === 'echo-error') {
        for (const argv of parse(data)) {
          socket.write(`-ERR you sent ${argv.map((p) => `'${p}'`).join(' ')}\r\n`);
        }
        return;
      }
      if (!first) return;
      first = false;
      if (behaviour === 'double-reply') socket.write('+PONG\r\n+PONG\r\n');
      if (behaviour === 'flood-star') flood(socket, () => chunk(0x2a));
      if (behaviour === 'flood-random') flood(socket, () => chunk(), 64 << 20);
      if (behaviour === 'flood-bulk') {
        socket.write('$999999999999\r\n');
        flood(socket, () => chunk());
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    bytesSent: () => sent,
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
