/**
 * The edit of the "generate a strong password" fix. The secret is made by the client (a CSPRNG in
 * the extension host) and never reaches the language server: the client calls this pure function
 * itself with the document text, then shows the password once.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { parseConfig } from '../parse/document';
import { insertionLine, insertLinesAfter, replaceDirective } from '../rules/edits';

export type PasswordMode = 'acl-default' | 'requirepass';

/** The command the server puts on password code actions; the client implements it. */
export const GENERATE_PASSWORD_COMMAND = 'redisConf.generatePassword';

export interface PasswordFixArgs {
  mode: PasswordMode;
  /** Zero-based line of the directive to replace (requirepass or user default), or -1 to insert. */
  line: number;
  /** 6.2+: channel rules exist (`&*`). */
  channels?: boolean;
}

/** 32 random bytes as hex: 64 characters that never need quoting, like ACL GENPASS. */
export function encodeSecret(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The line to write. For the ACL form only the SHA-256 of the secret goes into the file; the
 * permissions are those of the built-in default user, so nothing else changes for clients.
 */
export function passwordLine(mode: PasswordMode, secretOrHash: string, channels = true): string {
  if (mode === 'requirepass') return `requirepass ${secretOrHash}`;
  return `user default on #${secretOrHash} ~*${channels ? ' &*' : ''} +@all`;
}

export function passwordEdits(text: string, args: PasswordFixArgs, secretOrHash: string): TextEdit[] {
  const doc = parseConfig(text);
  const line = passwordLine(args.mode, secretOrHash, args.channels !== false);
  const target = args.line >= 0 ? doc.lines[args.line]?.directive : undefined;
  if (target) return [replaceDirective(target, line)];
  return [insertLinesAfter({ text, doc }, insertionLine({ text, doc }), [line])];
}

/**
 * Where `Redis: Insert Strong Password Hash` writes `#<sha256>` on one line, given the selection's
 * start and end characters: the whole `#<hex>` rule the selection or cursor sits in (a snippet's
 * `#000…` placeholder, or an old hash), else the selection itself (or the cursor).
 */
export function hashTarget(lineText: string, start: number, end: number): { start: number; end: number } {
  for (const m of lineText.matchAll(/#[0-9a-fA-F]*/g)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    // A hash rule is a whole token: it starts the line or follows a space (a `#` inside a word is not one).
    if (s > 0 && lineText[s - 1] !== ' ' && lineText[s - 1] !== '\t') continue;
    if (s <= start && end <= e) return { start: s, end: e };
  }
  return { start, end };
}
