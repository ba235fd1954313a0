/**
 * The language service: pure functions from (text, settings) to LSP types. No connection, no
 * `vscode`, no file system. `server.ts`, the CLI and the live audit all call these.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TargetId } from './catalog/types';

export type LanguageId = 'redis-conf' | 'redis-acl';

export interface AnalysisSettings {
  target: TargetId;
}

export interface DocumentInfo {
  /** The document's URI or file path, used to tell sentinel configs (name contains "sentinel"). */
  uri?: string;
  languageId: LanguageId;
}

/** Every problem the target server would raise (RCV codes) plus hints. STUB until validate/ lands. */
export function validateText(text: string, doc: DocumentInfo, settings: AnalysisSettings): Diagnostic[] {
  void text; void doc; void settings;
  return [];
}
