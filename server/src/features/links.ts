/**
 * Clickable paths: `include <file>`, `aclfile <file>` and the module path of `loadmodule`.
 *
 * The server resolves relative paths from its working directory, which the editor cannot know;
 * the config file's own folder is the usual choice and the best guess. Glob patterns (accepted by
 * `include` since 7.0) name several files, so they get no link.
 */
import { DocumentLink, Range } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import { parseConfig } from '../parse/document';
import type { Token } from '../parse/tokenize';
import type { LanguageId } from '../service';

const PATH_DIRECTIVES = new Set(['include', 'aclfile', 'loadmodule']);
const GLOB_CHARS = /[*?[]/;

export function computeDocumentLinks(text: string, documentUri: string, languageId: LanguageId): DocumentLink[] {
  if (languageId === 'redis-acl') return [];
  const base = parseUri(documentUri);
  const links: DocumentLink[] = [];
  for (const d of parseConfig(text).directives) {
    if (!PATH_DIRECTIVES.has(d.name) || d.args.length === 0) continue;
    const token = d.args[0];
    const target = resolvePath(token.value, base);
    if (!target) continue;
    const link: DocumentLink = { range: rangeOf(d.line, innerColumns(token)), target: target.toString() };
    if (!token.value.startsWith('/')) link.tooltip = 'Relative to the folder of this file (the server uses its working directory)';
    links.push(link);
  }
  return links;
}

function parseUri(uri: string): URI | undefined {
  try {
    return URI.parse(uri);
  } catch {
    return undefined;
  }
}

function resolvePath(path: string, base: URI | undefined): URI | undefined {
  if (path === '' || GLOB_CHARS.test(path)) return undefined;
  if (path.startsWith('/')) {
    // Keep the document's scheme and authority so links work in remote workspaces too.
    return base && base.scheme !== 'untitled' ? base.with({ path, query: '', fragment: '' }) : URI.file(path);
  }
  // An untitled document has no folder to resolve against.
  if (!base || base.scheme === 'untitled' || !base.path.includes('/')) return undefined;
  return Utils.resolvePath(Utils.dirname(base), path);
}

/** The columns of the path itself: inside the quotes when the whole token is one quoted string. */
function innerColumns(token: Token): [number, number] {
  const q = token.raw[0];
  const wholeQuoted = (q === '"' || q === "'") && token.raw.length >= 2 && token.raw.endsWith(q)
    && token.raw.slice(1, -1) === token.value;
  return wholeQuoted ? [token.start + 1, token.end - 1] : [token.start, token.end];
}

function rangeOf(line: number, [start, end]: [number, number]): Range {
  return Range.create(line, start, line, end);
}
