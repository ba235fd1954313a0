/**
 * Number parsing exactly as the server's C helpers do it, with BigInt so that 64-bit limits,
 * saturation and wrap-around behave like the real thing.
 */

const U64 = 1n << 64n;
export const LLONG_MAX = (1n << 63n) - 1n;
export const LLONG_MIN = -(1n << 63n);
export const ULLONG_MAX = U64 - 1n;

/** Two's complement view of a 64-bit pattern as a signed `long long`. */
export function toSigned64(v: bigint): bigint {
  const m = ((v % U64) + U64) % U64;
  return m > LLONG_MAX ? m - U64 : m;
}

/** The unsigned view of a signed `long long` (a C cast to `unsigned long long`). */
export function toUnsigned64(v: bigint): bigint {
  return ((v % U64) + U64) % U64;
}

/**
 * `string2ll`: strict decimal. Optional `-`, then `0` alone or a digit 1-9 followed by digits;
 * no `+`, no spaces, no leading zeros, fewer than 21 characters, must fit in a long long.
 */
export function string2ll(s: string): bigint | undefined {
  if (s.length === 0 || s.length >= 21) return undefined;
  if (s === '0') return 0n;
  let i = 0;
  let negative = false;
  if (s[0] === '-') {
    negative = true;
    i = 1;
    if (s.length === 1) return undefined;
  }
  if (!(s[i] >= '1' && s[i] <= '9')) return undefined;
  if (!/^[0-9]*$/.test(s.slice(i))) return undefined;
  const v = BigInt(s.slice(i));
  if (v > ULLONG_MAX) return undefined;
  if (negative) return v > LLONG_MAX + 1n ? undefined : -v;
  return v > LLONG_MAX ? undefined : v;
}

/**
 * glibc `strtoll`/`strtoull` in base 10 or 8 over the whole string: leading whitespace, an optional
 * sign, digits; returns the value (saturated like glibc on overflow) and whether the whole string
 * was consumed. With no digits at all, the value is 0 and nothing is consumed.
 */
export function cStrtol(s: string, base: 8 | 10, unsigned: boolean): { value: bigint; complete: boolean; overflow: boolean; digits: number } {
  let i = 0;
  while (i < s.length && ' \t\n\v\f\r'.includes(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  const digitRe = base === 8 ? /[0-7]/ : /[0-9]/;
  const start = i;
  while (i < s.length && digitRe.test(s[i])) i++;
  const digits = i - start;
  if (digits === 0) return { value: 0n, complete: s.length === 0, overflow: false, digits };
  let v = base === 8 ? BigInt('0o' + s.slice(start, i)) : BigInt(s.slice(start, i));
  let overflow = false;
  if (unsigned) {
    if (v > ULLONG_MAX) {
      v = ULLONG_MAX;
      overflow = true;
    } else if (negative) {
      v = toUnsigned64(-v);
    }
  } else {
    if (negative) {
      v = -v;
      if (v < LLONG_MIN) {
        v = LLONG_MIN;
        overflow = true;
      }
    } else if (v > LLONG_MAX) {
      v = LLONG_MAX;
      overflow = true;
    }
  }
  return { value: v, complete: i === s.length, overflow, digits };
}

const UNITS: Record<string, bigint> = {
  '': 1n,
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n * 1000n,
  mb: 1024n * 1024n,
  g: 1000n * 1000n * 1000n,
  gb: 1024n * 1024n * 1024n,
};

/** Multiplier of a memory unit suffix (case-insensitive), or undefined. */
export function memoryUnit(suffix: string): bigint | undefined {
  return UNITS[suffix.toLowerCase()];
}

/**
 * `memtoull` (7.0+): digits then an optional unit; a leading `-` is an error; an empty digit run
 * counts as 0; overflow saturates and then wraps when multiplied, like the C code.
 * Returns the 64-bit result as the signed long long the caller stores it in.
 */
export function memtoull(s: string): bigint | undefined {
  if (s.startsWith('-')) return undefined;
  const m = /^([0-9]*)(.*)$/s.exec(s)!;
  const mul = memoryUnit(m[2]);
  if (mul === undefined) return undefined;
  if (m[1].length >= 128) return undefined;
  let v = m[1].length ? BigInt(m[1]) : 0n;
  if (v > ULLONG_MAX) v = ULLONG_MAX;
  return toSigned64(v * mul);
}

/**
 * `memtoll` (6.x): like memtoull but a leading `-` is allowed (and the caller then rejects
 * negative results); strtoll saturation and signed wrap-around on multiplication.
 */
export function memtoll(s: string): bigint | undefined {
  const m = /^(-?)([0-9]*)(.*)$/s.exec(s)!;
  const mul = memoryUnit(m[3]);
  if (mul === undefined) return undefined;
  const digits = m[1] + m[2];
  if (digits.length >= 128) return undefined;
  const parsed = cStrtol(digits, 10, false);
  // strtoll must consume the whole digit run: a lone "-" converts nothing and is an error.
  if (!parsed.complete) return undefined;
  return toSigned64(parsed.value * mul);
}

/** Formats a byte count the way people read it: 1073741824 -> "1 GiB". */
export function humanBytes(bytes: bigint): string {
  const units: Array<[bigint, string]> = [
    [1024n ** 4n, 'TiB'],
    [1024n ** 3n, 'GiB'],
    [1024n ** 2n, 'MiB'],
    [1024n, 'KiB'],
  ];
  for (const [size, name] of units) {
    if (bytes >= size && bytes % size === 0n) return `${bytes / size} ${name}`;
  }
  for (const [size, name] of units) {
    if (bytes >= size) return `${(Number(bytes) / Number(size)).toFixed(2)} ${name}`;
  }
  return `${bytes} bytes`;
}
