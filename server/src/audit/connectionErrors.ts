/**
 * Turns whatever a connection attempt or a command throws (Node socket and TLS errors, client
 * library errors, server error replies) into one short sentence a user can act on. Server text
 * is only quoted after every secret has been cut out of it: a hostile endpoint may echo back
 * what it was sent.
 */
import {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  ErrorReply,
  SocketClosedUnexpectedlyError,
  TimeoutError,
} from '@redis/client';

export type AuditErrorKind =
  // The connection is unusable after these.
  | 'refused'
  | 'network'
  | 'timeout'
  | 'tls'
  | 'not-redis'
  | 'closed'
  | 'too-large'
  | 'aborted'
  // The server answered; the connection still works.
  | 'auth'
  | 'noauth'
  | 'noperm'
  | 'unavailable'
  | 'denied'
  | 'server-error'
  | 'not-allowed';

const FATAL: ReadonlySet<AuditErrorKind> = new Set(['refused', 'network', 'timeout', 'tls', 'not-redis', 'closed', 'too-large', 'aborted']);

export class AuditError extends Error {
  constructor(
    readonly kind: AuditErrorKind,
    message: string,
    /** The first word of a server error reply (NOAUTH, WRONGPASS, ERR...), when there was one. */
    readonly code?: string,
    /** The server's error text with secrets cut out, when there was one. */
    readonly serverText?: string,
  ) {
    super(message);
    this.name = 'AuditError';
  }

  /** Whether the connection that produced the error is gone. */
  get fatal(): boolean {
    return FATAL.has(this.kind);
  }
}

export interface ErrorContext {
  /** "127.0.0.1:6379", "unix:/run/redis.sock". */
  endpoint: string;
  /** The command in flight ("CONFIG GET"), or undefined while connecting. */
  label?: string;
  tls: boolean;
  stepTimeoutMs: number;
  /** Values that must never appear in a message (the password). */
  secrets: readonly string[];
}

const REDACTED = '<redacted>';

/** `text` with every secret replaced, on one line and at most `max` characters. */
export function scrub(text: string, secrets: readonly string[], max = 200): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join(REDACTED);
  out = out.replace(/[\r\n]+/g, ' ').trim();
  // Cut after redacting, so that a secret cannot be half-shown by the cut.
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}

// Node's names for a certificate chain it could not trust.
const UNTRUSTED_CERT = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REJECTED',
  'INVALID_CA',
]);
const EXPIRED_CERT = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** The AuditError for `err`, thrown by a connection attempt (no label) or a command. */
export function toAuditError(err: unknown, ctx: ErrorContext): AuditError {
  if (err instanceof AuditError) return err;
  const e = (err ?? {}) as { name?: string; code?: string; message?: string };
  // The library's error classes do not set `name`; tell them apart by class.
  const name = libraryErrorName(err) ?? e.name ?? '';
  const code = typeof e.code === 'string' ? e.code : '';
  const raw = String(e.message ?? err);
  const where = ctx.endpoint;
  const what = ctx.label ?? 'the connection';

  if (name === 'ErrorReply') return fromServerReply(raw, ctx);

  if (name === 'AbortError') return new AuditError('aborted', 'The audit was cancelled.');
  if (name === 'ConnectionTimeoutError') {
    return ctx.tls
      ? new AuditError('timeout', `No TLS connection to ${where} within ${ctx.stepTimeoutMs} ms: the address does not answer, drops the traffic, or does not speak TLS.`)
      : new AuditError('timeout', `No connection to ${where} within ${ctx.stepTimeoutMs} ms: the address does not answer or a firewall drops the traffic.`);
  }
  if (name === 'TimeoutError') return timeoutError(ctx);

  if (code === 'ECONNREFUSED') return new AuditError('refused', `${where} refused the connection: nothing listens there, or a firewall rejects it.`);
  if (code === 'ENOENT') return new AuditError('refused', `There is no Unix socket at ${where.replace(/^unix:/, '')}.`);
  if (code === 'EACCES' || code === 'EPERM') return new AuditError('refused', `Permission denied when connecting to ${where}.`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return new AuditError('network', `The host name of ${where} could not be resolved.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return new AuditError('network', `${where} cannot be reached from this machine (${code}).`);
  if (code === 'ETIMEDOUT') return new AuditError('timeout', `The connection to ${where} timed out (ETIMEDOUT).`);

  if (UNTRUSTED_CERT.has(code)) return new AuditError('tls', `The TLS certificate of ${where} is not trusted (${code}): give the CA file that signed it.`);
  if (EXPIRED_CERT.has(code)) return new AuditError('tls', `The TLS certificate of ${where} is outside its validity period (${code}).`);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new AuditError('tls', `The TLS certificate of ${where} is not issued for this host name; set the server name to one the certificate names.`);
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' || code === 'ERR_SSL_RECORD_LAYER_FAILURE') {
    return new AuditError('tls', `${where} did not answer the TLS handshake: this port does not seem to use TLS.`);
  }
  if (/CERTIFICATE_REQUIRED/.test(code)) return new AuditError('tls', `${where} requires a client certificate: give a certificate and key.`);
  if (/^ERR_SSL_.*ALERT/.test(code)) return new AuditError('tls', `${where} rejected the TLS handshake (${code}); check the client certificate and the TLS versions.`);
  if (code.startsWith('ERR_OSSL_')) return new AuditError('tls', `The TLS settings for ${where} could not be used (${code}): check the CA, certificate and key.`);
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return new AuditError('tls', `The TLS connection to ${where} failed (${code}).`);

  if (name === 'SocketClosedUnexpectedlyError' || code === 'ECONNRESET' || code === 'EPIPE') {
    const hint = ctx.tls ? ' It may require a client certificate, or refuse this client.' : ' It may expect TLS (rediss://), or it may refuse this client.';
    return new AuditError('closed', `${where} closed the connection during ${what}.${hint}`);
  }
  if (name === 'ClientClosedError' || name === 'DisconnectsClientError' || name === 'ClientOfflineError') {
    return new AuditError('closed', `The connection to ${where} is closed.`);
  }

  if (isUnsolicitedReply(err)) {
    // Redis sends a reply nobody asked for only to turn a client away, and then as an error line
    // (caught by earlyErrorReply before this point); anything else is not Redis.
    return new AuditError('not-redis', `${where} sent a reply no command asked for; a Redis or Valkey server does so only to turn a client away with an error line, so this is not the Redis protocol.`);
  }
  // The reply decoder meets a byte that does not start a RESP value.
  if (/Unknown RESP type|Invalid array length/.test(raw) || name === 'RangeError') {
    return new AuditError('not-redis', `${where} does not answer like a Redis or Valkey server (its reply is not the Redis protocol).`);
  }

  return new AuditError('closed', `The connection to ${where} failed during ${what}: ${scrub(raw, ctx.secrets, 160)}`);
}

/** A reply arrived while no command waited for one: the library fails on its empty queue. */
export function isUnsolicitedReply(err: unknown): boolean {
  return err instanceof TypeError && /Cannot read properties of undefined \(reading '(resolve|reject)'\)/.test(err.message);
}

/**
 * The error line a server sent on its own right after accepting the connection (`-DENIED ...`,
 * `-ERR max number of clients reached`), read from the first bytes of the connection.
 */
export function earlyErrorReply(firstBytes: Buffer, ctx: ErrorContext): AuditError | undefined {
  const text = firstBytes.toString('latin1');
  const m = /^-([^\r\n]+)\r\n/.exec(text);
  return m ? fromServerReply(m[1], ctx) : undefined;
}

function libraryErrorName(err: unknown): string | undefined {
  if (err instanceof ErrorReply) return 'ErrorReply';
  if (err instanceof AbortError) return 'AbortError';
  if (err instanceof ConnectionTimeoutError) return 'ConnectionTimeoutError';
  if (err instanceof TimeoutError) return 'TimeoutError';
  if (err instanceof SocketClosedUnexpectedlyError) return 'SocketClosedUnexpectedlyError';
  if (err instanceof ClientClosedError) return 'ClientClosedError';
  if (err instanceof ClientOfflineError) return 'ClientOfflineError';
  if (err instanceof DisconnectsClientError) return 'DisconnectsClientError';
  return undefined;
}

export function timeoutError(ctx: ErrorContext): AuditError {
  const what = ctx.label ?? 'the connection';
  return new AuditError('timeout', `${ctx.endpoint} gave no answer to ${what} within ${ctx.stepTimeoutMs} ms; the connection was closed.`);
}

function fromServerReply(raw: string, ctx: ErrorContext): AuditError {
  const e = classifyReply(raw.trim(), ctx);
  return new AuditError(e.kind, e.message, e.code, scrub(raw, ctx.secrets, 160));
}

function classifyReply(text: string, ctx: ErrorContext): AuditError {
  const code = (text.match(/^[A-Z][A-Z_-]*/) ?? [''])[0];
  const what = ctx.label ?? 'the command';
  if (code === 'WRONGPASS' || /^ERR invalid (username-)?password/i.test(text)) {
    return new AuditError('auth', 'The server refused the user name or password.', code || 'ERR');
  }
  if (/called without any password configured/i.test(text)) {
    return new AuditError('auth', 'A password was given, but the server has no password set for the default user.', code);
  }
  if (code === 'NOAUTH') return new AuditError('noauth', `The server requires authentication before ${what} (NOAUTH).`, code);
  if (code === 'NOPERM') return new AuditError('noperm', `The audit user may not run ${what} (NOPERM).`, code);
  if (code === 'DENIED') return new AuditError('denied', 'The server refused the client: protected mode is on and the default user has no password (DENIED).', code);
  if (/^ERR (unknown command|unknown subcommand|Unknown subcommand)/i.test(text)) {
    return new AuditError('unavailable', `The server does not offer ${what}: it is renamed, disabled or not supported there (managed services often do this).`, code);
  }
  if (/max number of clients/i.test(text)) return new AuditError('refused', 'The server refused the connection: it has reached maxclients.', code);
  if (code === 'LOADING') return new AuditError('server-error', `The server is still loading its data and did not run ${what}.`, code);
  return new AuditError('server-error', `The server answered ${what} with an error: ${scrub(text, ctx.secrets, 160)}`, code);
}
