/**
 * RCS802 known-cve — the target server line is hit by published vulnerabilities (data/cves.json).
 * When no release of the line fixes some of them the finding is an error; when later patch
 * releases do, it is an info naming the release to run at least, since the target setting does
 * not say which patch release is deployed.
 */
import { anchorRange } from '../edits';
import type { Rule } from '../types';
import { knownCveFinding } from './versionFindings';

export const knownCve: Rule = {
  id: 'RCS802',
  name: 'known-cve',
  severity: 'error',
  summary: 'Published CVEs affect the target server line; some may need a newer patch release or line.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const t = model.target;
    const found = knownCveFinding({ product: t.product, line: `${t.major}.${t.minor}` });
    return found ? [{ range: anchorRange(model), message: found.message, severity: found.severity }] : [];
  },
};
