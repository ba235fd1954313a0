/**
 * RCS509 include-ordering — an `include` below security settings is read after them, and the
 * last value read wins: the included file can quietly reopen `bind`, drop a password or re-enable
 * commands. Sometimes that is the intent (local overrides); often nobody checked.
 */
import type { Finding, Fix, Rule } from '../types';
import type { Directive } from '../../parse/document';
import { deleteLine, eol } from '../edits';
import type { SecurityModel } from '../model';

/** Directives an included file could weaken by setting them again. */
const SECURITY = new Set([
  'bind',
  'protected-mode',
  'unixsocketperm',
  'requirepass',
  'masterauth',
  'masteruser',
  'primaryauth',
  'primaryuser',
  'user',
  'aclfile',
  'acl-pubsub-default',
  'rename-command',
  'enable-debug-command',
  'enable-module-command',
  'enable-protected-configs',
  'tls-port',
  'tls-auth-clients',
  'tls-replication',
  'tls-cluster',
  'tls-protocols',
  'dir',
  'dbfilename',
]);

function moveFix(model: SecurityModel, include: Directive, first: Directive): Fix[] {
  const doc = model.doc;
  if (!doc) return [];
  const raw = doc.lines[include.line].text.replace(/\r$/, '');
  const at = { line: first.line, character: 0 };
  return [
    {
      title: `Move this include above line ${first.line + 1}, so the settings of this file win`,
      edits: [{ range: { start: at, end: at }, newText: raw + eol(model.text) }, deleteLine(doc, include.line)],
      safe: false,
    },
  ];
}

export const includeOrdering: Rule = {
  id: 'RCS509',
  name: 'include-ordering',
  severity: 'info',
  summary: 'An include comes after security settings and may override them.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const directives = model.doc?.directives ?? [];
    let first: Directive | undefined;
    const findings: Finding[] = [];
    for (const d of directives) {
      if (SECURITY.has(d.name)) {
        first ??= d;
        continue;
      }
      if (d.name !== 'include' || !first || !d.args.length) continue;
      const last = d.args[d.args.length - 1];
      findings.push({
        range: { start: { line: d.line, character: d.nameToken.start }, end: { line: d.line, character: last.end } },
        message: `include ${d.args[0].value} is read after "${first.name}" on line ${first.line + 1}; whatever the included file sets last wins, so it can undo security settings above it. Put includes at the top unless they are meant to override, and lint the included files too.`,
        fixes: moveFix(model, d, first),
      });
    }
    return findings;
  },
};
