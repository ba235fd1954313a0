/**
 * The CVE table (data/cves.json at the repository root): which known vulnerabilities hit which
 * minor line of Redis or Valkey, and from which patch release on they are fixed. The facts live
 * in the JSON because they change every few weeks; this file only reads and compares them. The
 * JSON is imported statically so esbuild bundles it and nothing is read from disk at run time.
 */
import type { Product } from '../../catalog/types';
import table from '../../../../data/cves.json';

export type CveSeverity = 'critical' | 'high' | 'medium' | 'low';

export interface CveAffect {
  product: Product;
  /** Minor line, e.g. "7.2" or "8.10". */
  line: string;
  /** First release of the line with the fix; null = the line never got one (or, with `unverified`, we do not know). */
  fixedIn: string | null;
  /** Our sources do not say whether or when this line was fixed: treat as affected until checked. */
  unverified?: boolean;
}

export interface CveEntry {
  id: string;
  title: string;
  severity: CveSeverity;
  /** Exploitable by a client that has not logged in. */
  unauthenticated: boolean;
  note?: string;
  affects: CveAffect[];
}

export interface LineStatus {
  product: Product;
  line: string;
  status: 'eol';
  lastRelease: string;
  note?: string;
}

export interface CveTable {
  asOf: string;
  sources: string[];
  note: string;
  lines: LineStatus[];
  cves: CveEntry[];
}

// The inferred JSON type widens literals (product: string), hence the cast to the declared shape.
export const CVE_TABLE: CveTable = table as unknown as CveTable;

/**
 * How a CVE stands for the version asked about:
 * - unfixed: the line is affected and no release of it carries a fix;
 * - fixed-later: releases of the line before `fixedIn` are affected (with an exact version: that version is);
 * - unverified: our sources do not say whether the line was fixed.
 */
export type CveStatus = 'unfixed' | 'fixed-later' | 'unverified';

export interface CveMatch {
  cve: CveEntry;
  status: CveStatus;
  fixedIn: string | null;
}

interface ParsedVersion {
  parts: [number, number, number];
  /** Anything after the numbers ("-rc1", "-m01"): an earlier build than the bare numbers. */
  pre: string;
}

function parseVersion(v: string): ParsedVersion | undefined {
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?(.*?)\s*$/.exec(v);
  if (!m) return undefined;
  return { parts: [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)], pre: m[4].replace(/^[-.+]/, '') };
}

/**
 * Compares two versions: numbers part by part ("8.10.1" > "8.8.2"), a missing patch counts as 0,
 * and a pre-release ("7.2.0-rc1") comes before its release. Unparsable input compares as equal.
 */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return 0;
  for (let i = 0; i < 3; i++) if (x.parts[i] !== y.parts[i]) return x.parts[i] < y.parts[i] ? -1 : 1;
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The minor line of a version ("7.2.11" -> "7.2"), or undefined when it does not look like one. */
export function lineOf(version: string): string | undefined {
  const p = parseVersion(version);
  return p ? `${p.parts[0]}.${p.parts[1]}` : undefined;
}

/** A fix in the line's first release ("7.0.0") means no released version of the line is affected. */
function fixedFromStart(fixedIn: string): boolean {
  const p = parseVersion(fixedIn);
  return !!p && p.parts[2] === 0 && !p.pre;
}

/**
 * The known CVEs that may affect a product line. Without `patch` the answer is about the line as a
 * whole ("some 7.2.x"): CVEs fixed in a later patch come back as fixed-later with the release to
 * reach. With an exact `patch` (the live audit reads it from INFO server) CVEs already fixed in
 * that release are left out; a patch outside `line` is judged by its own line.
 */
export function cvesFor(product: Product, line: string, patch?: string, data: CveTable = CVE_TABLE): CveMatch[] {
  const exact = patch !== undefined && parseVersion(patch) ? patch : undefined;
  const wanted = exact ? lineOf(exact)! : line;
  const out: CveMatch[] = [];
  for (const cve of data.cves) {
    const a = cve.affects.find((x) => x.product === product && x.line === wanted);
    if (!a) continue;
    if (a.fixedIn === null) {
      out.push({ cve, status: a.unverified ? 'unverified' : 'unfixed', fixedIn: null });
      continue;
    }
    const affected = exact ? compareVersions(exact, a.fixedIn) < 0 : !fixedFromStart(a.fixedIn);
    if (affected) out.push({ cve, status: 'fixed-later', fixedIn: a.fixedIn });
  }
  return out;
}

/** End-of-life record of a line, if the table has one. */
export function lineStatus(product: Product, line: string, data: CveTable = CVE_TABLE): LineStatus | undefined {
  return data.lines.find((l) => l.product === product && l.line === line);
}

const RANK: Record<CveSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Most serious first: severity, then exploitable without a password, then newest id. */
export function bySeriousness(a: CveEntry, b: CveEntry): number {
  return RANK[a.severity] - RANK[b.severity] || Number(b.unauthenticated) - Number(a.unauthenticated) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
