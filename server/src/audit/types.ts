/**
 * The live audit's contract: how to reach a server, what the read-only probes bring back, and the
 * report. The probes (probes.ts) fill `ProbeResults`; the analysis (analyze.ts) turns it into
 * findings with the same rule engine and rule ids as the file checks; reports render it.
 *
 * Secrets (passwords, TLS key passphrases, the values of sensitive settings) are used in memory
 * only: no type below that leaves the audit may carry them.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface TlsOptions {
  /** CA bundle (PEM text, already read by the caller). */
  ca?: string;
  /** Client certificate and key (PEM text). */
  cert?: string;
  key?: string;
  /** SNI / name to verify; defaults to the host. */
  servername?: string;
  /** The explicit "do not verify" switch; the report flags it. */
  insecureSkipVerify?: boolean;
}

export interface ConnectionTarget {
  /** Host and port, or a Unix socket path. */
  host?: string;
  port?: number;
  socket?: string;
  /** Use TLS (rediss://). */
  tls?: TlsOptions;
  username?: string;
  /** Kept in memory for the duration of the audit only. */
  password?: string;
}

export interface AuditOptions {
  /** Per network step (connect, each command), milliseconds. */
  stepTimeoutMs: number;
  /** Cancels the whole audit; partial results are kept. */
  signal?: AbortSignal;
  /** Progress messages for the UI ("Reading CONFIG GET *"). Never contain secrets. */
  onProgress?: (message: string) => void;
}

/** A probe that could not run or answer: reported as "not verified", never as passed. */
export interface NotVerified {
  check: string;
  reason: string;
}

export interface ProbeResults {
  /** How the target was described, without secrets (e.g. "127.0.0.1:6379", "unix:/run/redis.sock"). */
  endpoint: string;
  tls: boolean;
  tlsVerified: boolean;
  /** A fresh connection without credentials: what PING answered ("PONG", "NOAUTH", "DENIED", an error). */
  unauthenticated?: { ping: string; hello?: string };
  /** INFO server / replication / clients / stats / memory, parsed as key -> value. */
  info: Record<string, Record<string, string>>;
  /** Server product and version from INFO server (valkey_version wins over redis_version). */
  product?: 'redis' | 'valkey';
  version?: string;
  /** CONFIG GET * as name -> value, when allowed. Sensitive values are replaced by a marker. */
  config?: Record<string, string>;
  /** Which sensitive settings are set (non-empty), judged in memory; their values never leave. */
  sensitiveSet?: Record<string, boolean>;
  /** Weak-password verdicts for sensitive values, judged in memory (name -> reason or null). */
  weakSecrets?: Record<string, string | null>;
  /** ACL LIST lines (passwords are hashes in this output). */
  aclList?: string[];
  /** ACL DRYRUN verdicts: user -> "COMMAND args" -> allowed. */
  dryRun?: Record<string, Record<string, boolean>>;
  /** Commands that COMMAND INFO does not know under their own name (renamed or removed). */
  missingCommands?: string[];
  modules?: Array<{ name: string; path?: string; version?: string }>;
  /** CLIENT LIST summary: counts by address kind and by user, without names or commands. */
  clients?: { total: number; byUser: Record<string, number>; external: number };
  /** Commands sent, for the read-only proof and the round-trip count. */
  commandsSent: string[];
  roundTrips: number;
  wallTimeMs: number;
  notVerified: NotVerified[];
  /** Set when the audit stopped early (cancelled, timed out, refused...). */
  aborted?: string;
}

export interface AuditFinding {
  /** RCS id, the same as the file rules (live-only checks use RCS9xx). */
  id: string;
  name: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** Settings involved, to place the finding on the matching line of an open config. */
  settings?: string[];
}

export interface AuditReport {
  endpoint: string;
  product?: string;
  version?: string;
  /** Which catalog's rules judged the server and why, e.g. "Redis 7.0 rules (the line of Redis 7.0.15)". */
  target?: string;
  startedAt: string;
  wallTimeMs: number;
  roundTrips: number;
  findings: AuditFinding[];
  notVerified: NotVerified[];
  /** Differences between an open redis.conf and the running values (`line` 0-based, absent when the file does not set it). */
  drift?: Array<{ setting: string; file: string; running: string; line?: number }>;
  aborted?: string;
}

/** Findings placed on an open config file, for the Problems panel. */
export type PlacedFindings = Diagnostic[];
