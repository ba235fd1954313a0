/**
 * Small readers shared by the TLS and network rules: is TLS switched on, is a path set, which
 * placeholder files a template block names, and how to set several directives in one edit (so
 * new lines come out in the order we list them, whatever client applies the edit).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { insertLinesAfter, insertionLine, replaceValues } from '../edits';
import type { SecurityModel } from '../model';

/** The TLS section banner of the stock redis.conf / valkey.conf. */
export const TLS_SECTION = 'TLS/SSL';

/** A port value as a number; undefined when it is not a plain number. */
export function portNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value.trim());
}

/** The effective plaintext port (sentinels default to 26379, not the server's 6379). */
export function plainPort(model: SecurityModel): number | undefined {
  if (model.kind === 'sentinel' && !model.has('port')) return 26379;
  return portNumber(model.value('port'));
}

export function tlsPort(model: SecurityModel): number {
  return portNumber(model.value('tls-port')) ?? 0;
}

/** A TLS listener is configured. */
export function tlsListening(model: SecurityModel): boolean {
  return tlsPort(model) > 0;
}

export function isYes(model: SecurityModel, name: string): boolean {
  return (model.value(name) ?? '').toLowerCase() === 'yes';
}

/** The server loads its TLS context at start-up (listener, replication or cluster bus over TLS). */
export function tlsInUse(model: SecurityModel): boolean {
  return tlsListening(model) || isYes(model, 'tls-replication') || isYes(model, 'tls-cluster');
}

/** The file sets the directive to a non-empty value (an empty string means "unset" for paths). */
export function isSet(model: SecurityModel, name: string): boolean {
  const s = model.settings.get(name);
  return !!s && s.values.length > 0 && s.values.some((v) => v !== '');
}

/** Placeholder certificate paths for a template block; the user must replace them. */
export function placeholderFiles(model: SecurityModel): { cert: string; key: string; ca: string } {
  const product = model.target.product;
  const dir = `/etc/${product}/tls`;
  return { cert: `${dir}/${product}.crt`, key: `${dir}/${product}.key`, ca: `${dir}/ca.crt` };
}

/** The certificate directives that are missing, as `name value` pairs with placeholder paths. */
export function missingFileLines(model: SecurityModel, needCa: boolean): [string, string][] {
  const files = placeholderFiles(model);
  const out: [string, string][] = [];
  if (!isSet(model, 'tls-cert-file')) out.push(['tls-cert-file', files.cert]);
  if (!isSet(model, 'tls-key-file')) out.push(['tls-key-file', files.key]);
  if (needCa && !isSet(model, 'tls-ca-cert-file') && !isSet(model, 'tls-ca-cert-dir')) out.push(['tls-ca-cert-file', files.ca]);
  return out;
}

/**
 * The server needs a CA file or directory: Redis 6.0 always did; later versions when client
 * certificates are checked or replication / the cluster bus use TLS.
 */
export function caRequired(model: SecurityModel): boolean {
  if (model.target.product === 'redis' && model.target.major === 6 && model.target.minor === 0) return true;
  return (model.value('tls-auth-clients') ?? 'yes').toLowerCase() !== 'no' || isYes(model, 'tls-replication') || isYes(model, 'tls-cluster');
}

/**
 * Sets several directives: the ones the file has get their values rewritten in place, the
 * others are inserted together, in order, as one edit after the last line of `section`.
 */
export function setDirectives(model: SecurityModel, pairs: [string, string][], section = TLS_SECTION): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const [name, value] of pairs) {
    const existing = model.settings.get(name);
    if (existing?.directive) edits.push(replaceValues(existing.directive, value));
    else missing.push(`${name} ${value}`);
  }
  if (missing.length) edits.push(insertLinesAfter(model, insertionLine(model, section), missing));
  return edits;
}
