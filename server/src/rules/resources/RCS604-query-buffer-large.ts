/**
 * RCS604 query-buffer-large — `client-query-buffer-limit` above 1gb or `proto-max-bulk-len` above
 * 512mb lets a single client send a request the server must buffer whole: a few connections
 * pushing oversized or never-finished requests exhaust memory.
 */
import type { Finding, Rule } from '../types';
import { replaceValues } from '../edits';
import type { SecurityModel } from '../model';
import { memtoull } from '../../validate/numbers';

const LIMITS: Array<{ name: string; max: bigint; fallback: string; what: string }> = [
  { name: 'client-query-buffer-limit', max: 1n << 30n, fallback: '1gb', what: 'the request data one client may have buffered' },
  { name: 'proto-max-bulk-len', max: 512n << 20n, fallback: '512mb', what: 'the size of a single string in a request' },
];

function check(model: SecurityModel, l: (typeof LIMITS)[number]): Finding[] {
  const setting = model.settings.get(l.name);
  if (!setting?.range) return [];
  const bytes = memtoull(setting.values[0] ?? '');
  if (bytes === undefined || bytes <= l.max) return [];
  return [
    {
      range: setting.range,
      message: `${l.name} ${setting.values[0]} raises ${l.what} above the default ${l.fallback}: a handful of clients sending huge or unfinished requests can exhaust memory. Keep the default unless you store values that large.`,
      fixes: setting.directive ? [{ title: `Restore the default: ${l.name} ${l.fallback}`, edits: [replaceValues(setting.directive, l.fallback)], safe: false, preferred: true }] : [],
    },
  ];
}

export const queryBufferLarge: Rule = {
  id: 'RCS604',
  name: 'query-buffer-large',
  severity: 'warning',
  summary: 'client-query-buffer-limit above 1gb or proto-max-bulk-len above 512mb.',
  appliesTo: ['config'],
  check(model) {
    return LIMITS.flatMap((l) => check(model, l));
  },
};
