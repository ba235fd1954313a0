/**
 * The last guard between a password and anything shown or written: the output channel, the report
 * and its exports. The audit is built so the password never reaches them; this removes it anyway
 * should a library error message or a future report field ever echo it.
 */

export const REDACTED = '«redacted»';

/**
 * Shorter values are left alone: replacing every "a" in a report would destroy it, and a
 * one- or two-character password is reported as weak regardless.
 */
export const MIN_REDACTED_LENGTH = 3;

function forms(secret: string): string[] {
  // The plain text, its JSON-escaped form (exports are JSON) and its URL-encoded form (URLs).
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_REDACTED_LENGTH) continue;
    for (const form of forms(secret)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** A readable message from anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'unknown error';
}

/**
 * The server refused the credentials (as opposed to a network or TLS failure): by the engine's
 * error kind when it threw, else by the text (partial results carry a text only).
 */
export function isAuthFailure(message: string, kind?: string): boolean {
  if (kind) return kind === 'auth' || kind === 'noauth';
  return /WRONGPASS|NOAUTH|invalid username-password|refused the user name or password|requires authentication|no password set/i.test(message);
}
