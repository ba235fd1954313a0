/**
 * The one place the editor command reaches the audit engine (server/src/audit). Everything else in
 * client/src/audit depends on this interface only, so the engine can change behind it (and tests
 * can pass a fake one).
 */
import type { AuditOptions, AuditReport, ConnectionTarget, ProbeResults } from '../../../server/src/audit/types';
import { VERSION } from '../../../server/src/version';

/** The open config the report is placed on (SARIF locations), when there is one. */
export interface ConfigFile {
  /** Path as shown in exports: relative to the workspace folder when inside one. */
  path: string;
  text: string;
  /** The folder `path` is relative to. */
  cwd?: string;
}

export interface AuditEngine {
  runProbes(target: ConnectionTarget, opts: AuditOptions): Promise<ProbeResults>;
  analyze(results: ProbeResults, options?: { configText?: string }): AuditReport;
  renderMarkdown(report: AuditReport): string;
  renderJson(report: AuditReport): string;
  renderSarif(report: AuditReport, config?: ConfigFile): string;
}

// Loaded on first use: the engine brings the rules and the catalog, which the extension does not
// need to start (the bundler keeps these modules in the bundle but runs them only when asked).
const probes = (): typeof import('../../../server/src/audit/probes') => require('../../../server/src/audit/probes');
const analysis = (): typeof import('../../../server/src/audit/analyze') => require('../../../server/src/audit/analyze');
const reports = (): typeof import('../../../server/src/audit/report') => require('../../../server/src/audit/report');

export const engine: AuditEngine = {
  runProbes: (target, opts) => probes().runProbes(target, opts),
  analyze: (results, options) => analysis().analyze(results, options),
  renderMarkdown: (report) => reports().renderMarkdown(report),
  renderJson: (report) => reports().renderJson(report),
  renderSarif: (report, config) =>
    reports().renderSarif(report, { version: VERSION, ...(config ? { configPath: config.path, configText: config.text, cwd: config.cwd ?? '.' } : {}) }),
};
