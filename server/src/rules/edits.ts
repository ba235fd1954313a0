/**
 * Building blocks for fixes. Every edit touches only the text it must, so the rest of the file
 * stays byte for byte; new lines use the file's own line ending.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ConfigDocument, Directive } from '../parse/document';
import type { SecurityModel, SettingValue } from './model';

/** What the insertion helpers need: the text and its parsed lines (a model, or just a parse). */
export type TextAndDoc = Pick<SecurityModel, 'text' | 'doc'>;

export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Replaces a whole directive line's content (indentation and line ending kept). */
export function replaceDirective(d: Directive, newLine: string): TextEdit {
  const last = d.args.length ? d.args[d.args.length - 1] : d.nameToken;
  return { range: { start: { line: d.line, character: d.nameToken.start }, end: { line: d.line, character: last.end } }, newText: newLine };
}

/** Replaces the values of a directive, keeping its name as written. */
export function replaceValues(d: Directive, values: string): TextEdit {
  if (!d.args.length) return { range: { start: { line: d.line, character: d.nameToken.end }, end: { line: d.line, character: d.nameToken.end } }, newText: ' ' + values };
  const first = d.args[0];
  const last = d.args[d.args.length - 1];
  return { range: { start: { line: d.line, character: first.start }, end: { line: d.line, character: last.end } }, newText: values };
}

/** Deletes a whole line, line ending included. */
export function deleteLine(doc: ConfigDocument, line: number): TextEdit {
  const next = line + 1 < doc.lines.length ? { line: line + 1, character: 0 } : { line, character: doc.lines[line].text.length };
  return { range: { start: { line, character: 0 }, end: next }, newText: '' };
}

/** Inserts whole lines after `line` (or at the top when line is -1). */
export function insertLinesAfter(model: TextAndDoc, line: number, lines: string[]): TextEdit {
  const nl = eol(model.text);
  const docLines = model.doc?.lines ?? [];
  if (line < 0) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: lines.join(nl) + nl };
  const raw = docLines[line]?.text ?? '';
  // The line keeps its own CR (if any); we add after it.
  const end = raw.endsWith('\r') ? raw.length - 1 : raw.length;
  const atEnd = line >= docLines.length - 1;
  const pos = { line, character: atEnd ? raw.length : end };
  return { range: { start: pos, end: pos }, newText: nl + lines.join(nl) };
}

/** The line after which new security settings go: after the last directive of the file's SECURITY section, else at the end. */
export function insertionLine(model: TextAndDoc, section = 'SECURITY'): number {
  const lines = model.doc?.lines ?? [];
  const banner = lines.findIndex((l) => l.banner?.toUpperCase() === section);
  if (banner >= 0) {
    let last = banner;
    for (let i = banner + 1; i < lines.length && !lines[i].banner; i++) if (lines[i].kind === 'directive') last = i;
    return last;
  }
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].kind !== 'blank') return i;
  return -1;
}

/**
 * Sets a directive: rewrites the values of its last occurrence, or inserts `name value` where
 * security settings go when the file does not have it.
 */
export function setDirective(model: SecurityModel, name: string, values: string, section?: string): TextEdit {
  const existing: SettingValue | undefined = model.settings.get(name);
  if (existing?.directive) return replaceValues(existing.directive, values);
  return insertLinesAfter(model, insertionLine(model, section), [`${name} ${values}`]);
}

/** Applies edits to a text (for tests and the CLI). Edits must not overlap. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offsetOf = (p: { line: number; character: number }) => {
    let off = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) off += lines[i].length + 1;
    return Math.min(off + p.character, text.length);
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(e.range.start)) + e.newText + out.slice(offsetOf(e.range.end));
  return out;
}

/** A zero-width range at the start of the document, for findings about something missing. */
export function topOfFile(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/**
 * Where a finding about a missing directive is shown: the first directive line of the file, so
 * it is visible without pointing at an unrelated value.
 */
export function anchorRange(model: SecurityModel): Range {
  const first = model.doc?.lines.find((l) => l.kind === 'directive');
  if (!first) return topOfFile();
  return { start: { line: first.line, character: first.contentStart }, end: { line: first.line, character: first.contentEnd } };
}
