/**
 * One audit from target to rendered texts, without the editor: probes, analysis, the three
 * renderings, each passed through the redactor. Kept free of `vscode` so its error handling
 * (thrown errors, partial results, a cancel the engine does not honour) is unit-tested.
 */
import type { AuditReport, ConnectionTarget } from '../../../server/src/audit/types';
import type { AuditEngine, ConfigFile } from './engine';
import { errorMessage, redact } from './redact';

export interface RunOptions {
  stepTimeoutMs: number;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** The open redis.conf, for drift and placing findings. */
  config?: ConfigFile;
}

export interface RenderedReport {
  markdown: string;
  json: string;
  sarif: string;
}

export interface AuditOutcome {
  /** Present when probes returned, even partially. */
  report?: AuditReport;
  rendered?: RenderedReport;
  /** Why the audit failed or stopped early; already redacted. */
  error?: string;
  /** The engine's classification of a thrown error (AuditError.kind: refused, timeout, tls, auth...). */
  errorKind?: string;
  cancelled: boolean;
}

/** Resolves with `work`, or rejects once the signal fired and `graceMs` went by without an answer. */
export function boundAfterAbort<T>(work: Promise<T>, signal: AbortSignal | undefined, graceMs: number): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      timer = setTimeout(() => reject(new Error('The audit was cancelled.')), graceMs);
    };
    const done = (): void => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error) => {
        done();
        reject(error);
      },
    );
  });
}

export async function runAudit(engine: AuditEngine, target: ConnectionTarget, opts: RunOptions): Promise<AuditOutcome> {
  const secrets = [target.password];
  const clean = (text: string): string => redact(text, secrets);
  const cancelled = (): boolean => opts.signal?.aborted === true;
  let results;
  try {
    const probing = engine.runProbes(target, {
      stepTimeoutMs: opts.stepTimeoutMs,
      signal: opts.signal,
      onProgress: opts.onProgress ? (m) => opts.onProgress?.(clean(m)) : undefined,
    });
    // A cancelled engine gets one step's time to hand back what it has.
    results = await boundAfterAbort(probing, opts.signal, opts.stepTimeoutMs);
  } catch (error) {
    const kind = (error as { kind?: unknown } | null)?.kind;
    return { error: clean(errorMessage(error)), ...(typeof kind === 'string' ? { errorKind: kind } : {}), cancelled: cancelled() };
  }
  let report: AuditReport;
  let rendered: RenderedReport;
  try {
    report = engine.analyze(results, opts.config ? { configText: opts.config.text } : {});
    rendered = {
      markdown: clean(engine.renderMarkdown(report)),
      json: clean(engine.renderJson(report)),
      sarif: clean(engine.renderSarif(report, opts.config)),
    };
  } catch (error) {
    return { error: clean(`The results could not be analysed: ${errorMessage(error)}`), cancelled: cancelled() };
  }
  const stopped = report.aborted ?? results.aborted;
  return { report: redactReport(report, secrets), rendered, ...(stopped ? { error: clean(stopped) } : {}), cancelled: cancelled() };
}

/** The report with every free-text field passed through the redactor (it feeds the Problems panel). */
export function redactReport(report: AuditReport, secrets: Array<string | undefined>): AuditReport {
  const r = (text: string): string => redact(text, secrets);
  return {
    ...report,
    endpoint: r(report.endpoint),
    findings: report.findings.map((f) => ({ ...f, message: r(f.message) })),
    notVerified: report.notVerified.map((n) => ({ check: r(n.check), reason: r(n.reason) })),
    ...(report.drift ? { drift: report.drift.map((d) => ({ ...d, file: r(d.file), running: r(d.running) })) } : {}),
    ...(report.aborted !== undefined ? { aborted: r(report.aborted) } : {}),
  };
}
