/**
 * Runs the real `redis-server` on a config text and turns what it prints into a verdict.
 *
 * Each run gets its own empty temp dir as working directory, so relative paths in a snippet
 * (`dbfilename`, `logfile x.log`, `include missing.conf`) stay inside it. The process is always
 * ended by its own PID and the dir is removed afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Same shape as the oracle sample's expected.json values. */
export type Verdict = 'ACCEPT' | Rejection;

export interface Rejection {
  /** Config line named by the server; 0 when it named none. */
  line: number;
  message: string;
  /** Absent for the FATAL CONFIG FILE ERROR block; set when the server died later. */
  phase?: 'startup' | 'crash';
}

export const DEFAULT_REDIS_BIN = '/usr/bin/redis-server';

/** How long a server that neither failed nor said "ready" must survive to count as ACCEPT. */
export const SETTLE_MS = 1000;
/** Time between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 1500;

export interface RedisInfo {
  bin: string;
  /** e.g. "7.0.15" */
  version: string;
}

/** Locates the server binary (`REDIS_SERVER_BIN` overrides) and reads its version. */
export function detectRedis(bin = process.env.REDIS_SERVER_BIN || DEFAULT_REDIS_BIN): RedisInfo | { error: string } {
  if (!fs.existsSync(bin)) return { error: `${bin} not found` };
  const out = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (out.error) return { error: `${bin} --version failed: ${out.error.message}` };
  const m = /\bv=(\d+\.\d+\.\d+)/.exec(out.stdout ?? '');
  if (!m) return { error: `cannot read version from: ${out.stdout}` };
  return { bin, version: m[1] };
}

/** The lines the harness puts after every snippet: no TCP listener, a socket in the temp dir. */
export function trailer(dir: string): string {
  return `port 0\nunixsocket ${path.join(dir, 's.sock')}\n`;
}

/** Snippet + trailer, exactly as the server reads it. A missing final newline is added first. */
export function withTrailer(snippet: string, dir: string): string {
  const body = snippet === '' || snippet.endsWith('\n') ? snippet : snippet + '\n';
  return body + trailer(dir);
}

/**
 * Reads the FATAL CONFIG FILE ERROR block. Errors found after the line loop (for example the
 * log file test-open) print the block without "at line", which gives line 0.
 */
export function parseFatalBlock(output: string): Rejection | undefined {
  const lines = output.split('\n');
  const start = lines.findIndex(l => l.includes('*** FATAL CONFIG FILE ERROR'));
  if (start < 0) return undefined;
  let line = 0;
  let rest = start + 1;
  const at = /Reading the configuration file, at line (\d+)/.exec(lines[rest] ?? '');
  if (at) {
    line = Number(at[1]);
    rest++;
    if ((lines[rest] ?? '').startsWith('>>> ')) rest++;
  }
  const message = lines.slice(rest).join('\n').trim();
  return { line, message };
}

/** Start-up chatter that never explains a failure (host warnings such as memory overcommit included). */
const BANNER_NOISE = /oO0OoO0OoO0Oo|Redis version=|Configuration loaded|monotonic clock|Running mode=|Server initialized|^WARNING (Memory overcommit|you have Transparent|The TCP backlog|Your kernel)/;

/** Log lines that explain a failed start, without the pid/time prefix. */
function startupMessage(log: string, exit: string): string {
  const cleaned = log
    .split('\n')
    .map(l => l.replace(/^\d+:[A-Z] \d+ \w+ \d+ [\d:.]+ [.\-*#] /, '').trim())
    .filter(l => l !== '' && !BANNER_NOISE.test(l));
  return (cleaned.join(' ') || exit).slice(0, 500);
}

export interface RunResult {
  verdict: Verdict;
  /** Wall time of this run in ms. */
  ms: number;
  /** stdout + stderr, for debugging. */
  output: string;
}

/**
 * Writes `build(dir)` to `<dir>/redis.conf`, starts the server there and judges it.
 * `build` receives the fresh temp dir so the text can name paths inside it.
 */
export async function runServer(bin: string, build: (dir: string) => string): Promise<RunResult> {
  const t0 = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdiff-'));
  try {
    const file = path.join(dir, 'redis.conf');
    fs.writeFileSync(file, build(dir));
    const { verdict, output } = await judge(bin, file, dir);
    return { verdict, ms: Date.now() - t0, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function judge(bin: string, file: string, dir: string): Promise<{ verdict: Verdict; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let verdict: Verdict | undefined;
    let exited = false;
    let killTimer: NodeJS.Timeout | undefined;

    const decide = (v: Verdict) => {
      if (verdict !== undefined) return;
      verdict = v;
      clearTimeout(settleTimer);
      signalChild('SIGTERM');
      killTimer = setTimeout(() => signalChild('SIGKILL'), KILL_GRACE_MS);
    };
    const signalChild = (sig: NodeJS.Signals) => {
      if (exited || child.pid === undefined) return;
      try { process.kill(child.pid, sig); } catch { /* already gone */ }
    };
    const settleTimer = setTimeout(() => decide('ACCEPT'), SETTLE_MS);

    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (/ready to accept connections/i.test(out)) decide('ACCEPT');
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
    child.on('error', e => { clearTimeout(settleTimer); reject(e); });
    child.on('exit', () => { exited = true; });
    child.on('close', (code, signal) => {
      exited = true;
      clearTimeout(killTimer);
      const output = err + out;
      if (verdict === undefined) {
        clearTimeout(settleTimer);
        // A `logfile` line sends the log into the temp dir instead of stdout.
        const log = output + readLogFiles(dir);
        const fatal = parseFatalBlock(log);
        if (fatal) verdict = fatal;
        else if (signal) verdict = { line: 0, message: `server crashed while loading the config: ${signal}`, phase: 'crash' };
        else verdict = { line: 0, message: startupMessage(log, `exited with code ${code}`), phase: 'startup' };
      }
      resolve({ verdict, output });
    });
  });
}

function readLogFiles(dir: string): string {
  let text = '';
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.log')) text += '\n' + fs.readFileSync(path.join(dir, name), 'utf8');
  }
  return text;
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the result. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The repository root (the folder holding test/differential/corpus), found from this file's place. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'differential', 'corpus'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find test/differential/corpus above ' + __dirname);
    dir = up;
  }
}

export const corpusDir = (): string => path.join(repoRoot(), 'test', 'differential', 'corpus');
export const expectedFile = (): string => path.join(repoRoot(), 'test', 'differential', 'expected-redis-7.0.15.json');

export interface Snippet {
  name: string;
  file: string;
  text: string;
}

/** All corpus snippets, sorted by name. */
export function loadCorpus(): Snippet[] {
  const dir = corpusDir();
  return fs.readdirSync(dir)
    .filter(n => n.endsWith('.conf'))
    .sort()
    .map(name => {
      const file = path.join(dir, name);
      return { name, file, text: fs.readFileSync(file, 'utf8') };
    });
}

/** Runs every snippet (with the trailer) on the real server. */
export async function runCorpus(bin: string, snippets: Snippet[], concurrency = 4): Promise<Map<string, RunResult>> {
  const results = await mapLimit(snippets, concurrency, s => runServer(bin, dir => withTrailer(s.text, dir)));
  return new Map(snippets.map((s, i) => [s.name, results[i]]));
}
