/**
 * The outline: each directive is a symbol, grouped under the `#### SECTION ####` banner it follows
 * (the stock redis.conf is organised that way). ACL files list one symbol per user.
 */
import { DocumentSymbol, SymbolKind, Range } from 'vscode-languageserver-types';
import { ConfigLine, Directive, parseConfig } from '../parse/document';
import type { LanguageId } from '../service';
import { parseAclFile } from '../parse/aclFile';

/** Directives whose value is a secret: their value is left out of the outline. */
const SECRET_DIRECTIVES = new Set(['requirepass', 'masterauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);
const SECRET_SENTINEL_SUBCOMMANDS = new Set(['auth-pass', 'sentinel-pass']);
const DETAIL_MAX = 60;

export function computeDocumentSymbols(text: string, languageId: LanguageId): DocumentSymbol[] {
  return languageId === 'redis-acl' ? aclSymbols(text) : confSymbols(text);
}

function confSymbols(text: string): DocumentSymbol[] {
  const { lines } = parseConfig(text);
  const top: DocumentSymbol[] = [];
  let section: DocumentSymbol | undefined;
  let lastContentLine = -1;

  const closeSection = () => {
    if (!section) return;
    // End the section at its last non-blank line, so it does not swallow the gap before the next banner.
    const end = Math.max(lastContentLine, section.range.start.line);
    section.range = Range.create(section.range.start, { line: end, character: lines[end].text.length });
    section = undefined;
  };

  for (const line of lines) {
    if (line.banner) {
      closeSection();
      section = {
        name: line.banner,
        kind: SymbolKind.Namespace,
        range: contentRange(line),
        selectionRange: contentRange(line),
        children: [],
      };
      top.push(section);
    } else if (line.directive) {
      (section ? section.children! : top).push(directiveSymbol(line, line.directive));
    }
    if (line.kind !== 'blank') lastContentLine = line.line;
  }
  closeSection();
  return top;
}

function directiveSymbol(line: ConfigLine, d: Directive): DocumentSymbol {
  const range = contentRange(line);
  const selectionRange = Range.create(d.line, d.nameToken.start, d.line, d.nameToken.end);
  const values = d.args.map(a => a.value);
  const base = { range, selectionRange };

  if (d.name === 'user' && d.args.length > 0) {
    const name = d.args[0];
    return {
      ...base,
      name: name.value || '""',
      kind: SymbolKind.Object,
      detail: shorten(['user', ...maskAclPasswords(values.slice(1))].join(' ')),
      selectionRange: Range.create(d.line, name.start, d.line, name.end),
    };
  }
  if (d.name === 'sentinel' && values.length > 0) {
    const sub = values[0].toLowerCase();
    if (sub === 'monitor' && d.args.length > 1) {
      const master = d.args[1];
      return {
        ...base,
        name: master.value || '""',
        kind: SymbolKind.Module,
        detail: shorten(['sentinel monitor', ...values.slice(2)].join(' ')),
        selectionRange: Range.create(d.line, master.start, d.line, master.end),
      };
    }
    const rest = SECRET_SENTINEL_SUBCOMMANDS.has(sub) ? values.slice(1, 2) : values.slice(1);
    return { ...base, name: `sentinel ${sub}`, kind: SymbolKind.Property, detail: shorten(rest.join(' ')) };
  }
  const kind = d.name === 'include' || d.name === 'loadmodule' ? SymbolKind.File : SymbolKind.Property;
  const detail = SECRET_DIRECTIVES.has(d.name) ? '' : shorten(values.join(' '));
  return { ...base, name: d.nameToken.value || d.nameToken.raw, kind, detail };
}

function aclSymbols(text: string): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const line of parseAclFile(text)) {
    // Empty words (two spaces in a row) are no-ops for the server; the outline skips them.
    const [keyword, name, ...rules] = line.words.filter(w => w.text.length > 0);
    if (keyword?.text !== 'user' || !name) continue;
    symbols.push({
      name: name.text,
      kind: SymbolKind.Object,
      detail: shorten(maskAclPasswords(rules.map(r => r.text)).join(' ')),
      range: Range.create(line.line, line.start, line.line, line.end),
      selectionRange: Range.create(line.line, name.start, line.line, name.end),
    });
  }
  return symbols;
}

/** `>secret` / `<secret` rules carry clear-text passwords; hashes (`#...`) are harmless. */
function maskAclPasswords(rules: string[]): string[] {
  return rules.map(r => (r.startsWith('>') || r.startsWith('<') ? `${r[0]}***` : r));
}

function contentRange(line: ConfigLine): Range {
  return Range.create(line.line, line.contentStart, line.line, line.contentEnd);
}

function shorten(s: string): string {
  return s.length > DETAIL_MAX ? `${s.slice(0, DETAIL_MAX - 1)}…` : s;
}
