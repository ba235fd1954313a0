/**
 * RCS801 unsupported-version — the server line the file is judged for gets no more releases, so
 * every vulnerability found in it from now on stays open. For a file the line comes from the
 * `redisConf.target` setting, which names a minor line, hence a warning rather than an error.
 */
import { anchorRange } from '../edits';
import type { Rule } from '../types';
import { unsupportedFinding } from './versionFindings';

export const unsupportedVersion: Rule = {
  id: 'RCS801',
  name: 'unsupported-version',
  severity: 'error',
  summary: 'The target server line no longer receives releases, security fixes included.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const t = model.target;
    const found = unsupportedFinding({ product: t.product, line: `${t.major}.${t.minor}` });
    return found ? [{ range: anchorRange(model), message: found.message, severity: found.severity }] : [];
  },
};
