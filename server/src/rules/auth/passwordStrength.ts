/**
 * A rough, offline strength estimate for passwords written in config files (RCS102). The server
 * side of Redis stores `>password` as an unsalted SHA-256 and answers up to about a million AUTH
 * attempts per second, so the bar is high: 128 bits for a pass, 64 bits as the floor.
 *
 * The estimate is the usual "character pool × length" figure, made less naive in three ways that
 * matter for hand-written secrets: runs and counting sequences (`aaaa`, `1234`, `abcd`) count as
 * one character, a value that repeats a shorter unit counts as that unit, and a well-known password
 * inside the value counts as one dictionary pick. It never looks at anything but the value.
 */
import { COMMON_PASSWORDS, COMMON_PASSWORD_SET } from './commonPasswords';

export type WeaknessLevel = 'error' | 'warning';

export interface PasswordVerdict {
  /** Undefined when the value is strong enough. */
  level?: WeaknessLevel;
  /** Why, in words that never repeat the value ("it is shorter than 16 characters"). */
  reason: string;
  /** The estimate, rounded down. */
  bits: number;
}

export const MIN_LENGTH = 16;
export const ERROR_BITS = 64;
export const WARNING_BITS = 128;

/** Size of the alphabet the value seems to be drawn from. */
export function poolSize(chars: string[]): number {
  const s = chars.join('');
  if (/^[0-9]+$/.test(s)) return 10;
  // Hex strings (digits and one case of a-f) are what generators print: 16 symbols.
  if (/[0-9]/.test(s) && (/^[0-9a-f]+$/.test(s) || /^[0-9A-F]+$/.test(s))) return 16;
  let pool = 0;
  if (/[a-z]/.test(s)) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (/[0-9]/.test(s)) pool += 10;
  if (/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(s)) pool += 33;
  if (/[^\x20-\x7e]/.test(s)) pool += 100;
  return Math.max(pool, 2);
}

/**
 * Characters that carry information: a segment of 4 or more characters that repeats one
 * character or counts up or down by one (`aaaa`, `6789`, `dcba`) counts as 2. Shorter runs count
 * in full, so random values are not penalised for the odd `aa`.
 */
export function effectiveLength(chars: string[]): number {
  const cps = chars.map((c) => c.codePointAt(0)!);
  let count = 0;
  let i = 0;
  while (i < cps.length) {
    let j = i + 1;
    if (j < cps.length) {
      const step = cps[j] - cps[i];
      if (Math.abs(step) <= 1) while (j < cps.length && cps[j] - cps[j - 1] === step) j++;
      else j = i + 1;
    }
    const len = j - i;
    count += len >= 4 ? 2 : len;
    i = j;
  }
  return count;
}

/** The shortest unit the value repeats (at least twice), or the value itself. */
export function repeatedUnit(chars: string[]): string[] {
  for (let p = 1; p * 2 <= chars.length; p++) {
    if (chars.every((c, i) => c === chars[i % p])) return chars.slice(0, p);
  }
  return chars;
}

/** `password123!` -> `password`: letters with the digits and symbols around them removed. */
function core(lower: string): string {
  return lower.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
}

/** Whether the value is, or is built around, a well-known password. */
export function isCommonPassword(value: string): boolean {
  const lower = value.toLowerCase();
  const unit = repeatedUnit([...lower]).join('');
  return [lower, unit, core(lower), core(unit)].some((c) => c.length > 0 && COMMON_PASSWORD_SET.has(c));
}

/** The longest well-known password (5+ characters) inside the value, if any. */
function embeddedWord(lower: string): string | undefined {
  let best: string | undefined;
  for (const w of COMMON_PASSWORDS) if (w.length >= 5 && lower.includes(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** Estimated entropy in bits. */
export function estimateBits(value: string): number {
  const chars = [...value];
  if (!chars.length) return 0;
  const perChar = Math.log2(poolSize(chars));
  const unit = repeatedUnit(chars);
  const repeats = chars.length / unit.length;
  const lower = unit.join('').toLowerCase();
  const word = embeddedWord(lower);
  let bits: number;
  if (word) {
    const at = lower.indexOf(word);
    const before = unit.slice(0, at);
    const after = unit.slice(at + [...word].length);
    // One pick out of the list, plus one bit for its capitalisation.
    bits = (effectiveLength(before) + effectiveLength(after)) * perChar + Math.log2(COMMON_PASSWORDS.length) + 1;
  } else {
    bits = effectiveLength(unit) * perChar;
  }
  return Math.floor(bits + (repeats > 1 ? Math.log2(repeats) : 0));
}

/** RCS102's verdict on one password. */
export function judgePassword(value: string): PasswordVerdict {
  const bits = estimateBits(value);
  const length = [...value].length;
  if (isCommonPassword(value)) return { level: 'error', reason: 'it is a well-known password (or one with digits or symbols added)', bits };
  if (length < MIN_LENGTH) return { level: 'error', reason: `it is shorter than ${MIN_LENGTH} characters`, bits };
  if (bits < ERROR_BITS) return { level: 'error', reason: `it has about ${bits} bits of entropy (at least ${WARNING_BITS} are recommended)`, bits };
  if (bits < WARNING_BITS) return { level: 'warning', reason: `it has about ${bits} bits of entropy, below the ${WARNING_BITS} bits of a 32-hex-character random value`, bits };
  return { reason: 'strong enough', bits };
}

/**
 * Values that are not the password itself but a slot a deployment tool fills in
 * (`${REDIS_PASSWORD}`, `{{ redis_password }}`): judging them would only produce noise.
 */
export function isTemplatePlaceholder(value: string): boolean {
  return /^\$\{[^}]+\}$/.test(value) || /^\{\{.*\}\}$/.test(value) || /^\$[A-Z_][A-Z0-9_]*$/.test(value);
}
