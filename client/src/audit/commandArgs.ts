/**
 * `Redis: Audit Live Instance…` can be given the server instead of asking for it, so that a task,
 * a keybinding or a test can start an audit without the prompts:
 *
 *   vscode.commands.executeCommand('redisConf.auditLiveInstance', {
 *     connection: 'rediss://admin@10.0.0.5:6380',
 *     tls: { caFile: '/etc/ssl/redis-ca.pem' },
 *   })
 *
 * `connection` takes what the first prompt takes. The password comes from the URL (used for this
 * audit only, as when typed), else from SecretStorage, else none: no box is shown. TLS files are
 * paths, as the recent list keeps them. Pure, so the checks are unit-tested.
 */
import { ParsedConnection, RememberedTls, cleanRecord, parseConnectionInput } from './connectionSpec';

export interface AuditCommandArgs {
  connection: string;
  tls?: RememberedTls;
}

export type ArgsResult = { ok: true; value: ParsedConnection } | { ok: false; error: string };

/** Reads the command's argument; messages never repeat the input, which may hold a password. */
export function parseAuditArgs(raw: unknown): ArgsResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'The command expects an object such as { "connection": "redis://127.0.0.1:6379" }.' };
  }
  const args = raw as Record<string, unknown>;
  if (typeof args.connection !== 'string') {
    return { ok: false, error: 'The "connection" field must be a host:port, a redis:// or rediss:// URL, or a Unix socket path.' };
  }
  const parsed = parseConnectionInput(args.connection);
  if (!parsed.ok) return parsed;
  const { remembered, password } = parsed.value;
  if (args.tls !== undefined) {
    if (typeof args.tls !== 'object' || args.tls === null) return { ok: false, error: 'The "tls" field must be an object of file paths.' };
    if (!remembered.tls) return { ok: false, error: 'TLS settings were given for an address without TLS; use a rediss:// URL.' };
    // cleanRecord keeps only the known, non-secret TLS fields.
    const tls = cleanRecord({ host: 'x', tls: args.tls }).tls ?? {};
    if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
      return { ok: false, error: 'A client certificate needs its key file, and a key its certificate.' };
    }
    remembered.tls = tls;
  }
  return { ok: true, value: password ? { remembered, password } : { remembered } };
}
