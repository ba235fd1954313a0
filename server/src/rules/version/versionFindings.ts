/**
 * Version findings as plain functions of (product, line, exact version?), so the file rules (which
 * only know the minor line the `redisConf.target` setting names) and the live audit (which reads
 * the exact version from INFO server) word and grade them the same way.
 */
import { TARGETS } from '../../catalog';
import type { Product } from '../../catalog/types';
import type { RuleSeverity } from '../types';
import { bySeriousness, compareVersions, CVE_TABLE, CveMatch, cvesFor, lineOf, lineStatus } from './cveTable';

export interface VersionSubject {
  product: Product;
  /** Minor line, e.g. "7.2". */
  line: string;
  /** The exact release when known (live audit); absent for a target setting. */
  patch?: string;
}

export interface VersionFinding {
  severity: RuleSeverity;
  message: string;
}

function productName(p: Product): string {
  return p === 'redis' ? 'Redis' : 'Valkey';
}

/** "the redisConf.target setting names Redis 7.2" or "this server runs Redis 7.2.4". */
function subjectClause(s: VersionSubject): string {
  return s.patch ? `this server runs ${productName(s.product)} ${s.patch}` : `the redisConf.target setting (--target in the CLI) names ${productName(s.product)} ${s.line}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "CVE-2026-81934 (critical, no login needed), CVE-... and 4 more". */
export function cveList(matches: CveMatch[], max = 4): string {
  const sorted = [...matches].sort((a, b) => bySeriousness(a.cve, b.cve));
  // "and 1 more" would take as much room as the id itself.
  const count = sorted.length === max + 1 ? sorted.length : max;
  const shown = sorted.slice(0, count).map((m) => {
    const tags = [m.cve.severity === 'critical' ? 'critical' : '', m.cve.unauthenticated ? 'no login needed' : ''].filter(Boolean);
    return tags.length ? `${m.cve.id} (${tags.join(', ')})` : m.cve.id;
  });
  const rest = sorted.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(shown.length === 2 ? ' and ' : ', ');
}

/** The newest line of the same product the tool knows that is not end-of-life, e.g. "Redis 8.2". */
export function suggestedLine(product: Product): string {
  const lines = TARGETS.filter((t) => t.product === product && !lineStatus(product, `${t.major}.${t.minor}`));
  const newest = lines[lines.length - 1];
  return newest ? newest.label : productName(product);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** RCS801: the line gets no more releases. Error for a known exact version, warning for a target line. */
export function unsupportedFinding(s: VersionSubject): VersionFinding | undefined {
  const eol = lineStatus(s.product, s.line);
  if (!eol) return undefined;
  const missed = cvesFor(s.product, s.line).filter((m) => m.status === 'unfixed').length;
  const since = missed ? `, and ${plural(missed, 'known CVE')} published since then ${missed === 1 ? 'was' : 'were'} never fixed in it (see RCS802)` : '';
  const which = s.patch ? '' : ` Whatever ${s.line}.x release your servers run, the answer is the same.`;
  const retarget = s.patch ? '' : ' If they already run a newer line, set redisConf.target to it.';
  return {
    severity: s.patch ? 'error' : 'warning',
    message: `${capitalized(subjectClause(s))}: that line gets no more releases (the last was ${eol.lastRelease})${since}.${which} Upgrade to a maintained line such as ${suggestedLine(s.product)}.${retarget}`,
  };
}

/**
 * RCS802: known CVEs. For a target line: an error when CVEs exist that no release of the line
 * fixes, otherwise an info naming the patch release to run at least. For an exact version: an
 * error when a critical or login-free CVE applies, a warning otherwise.
 */
export function knownCveFinding(s: VersionSubject): VersionFinding | undefined {
  const matches = cvesFor(s.product, s.line, s.patch);
  if (!matches.length) return undefined;
  const line = s.patch ? (lineOf(s.patch) ?? s.line) : s.line;
  const unfixed = matches.filter((m) => m.status === 'unfixed');
  const later = matches.filter((m) => m.status === 'fixed-later');
  const unverified = matches.filter((m) => m.status === 'unverified');
  const newest = later.map((m) => m.fixedIn!).sort(compareVersions).pop();
  const unknownNote = unverified.length
    ? ` Our CVE table (as of ${CVE_TABLE.asOf}) does not say whether ${line} received fixes for ${cveList(unverified)}; check the release notes.`
    : '';

  if (s.patch) {
    const known = [...unfixed, ...later];
    if (!known.length) return { severity: 'info', message: `${capitalized(subjectClause(s))}.${unknownNote}` };
    const serious = known.some((m) => m.cve.severity === 'critical' || m.cve.unauthenticated);
    const upgrade = unfixed.length
      ? ` No ${line}.x release fixes ${unfixed.length === known.length ? 'them' : `${unfixed.length} of them`}: upgrade to a maintained line such as ${suggestedLine(s.product)}.`
      : ` Upgrade to ${newest} or later.`;
    return {
      severity: serious ? 'error' : 'warning',
      message: `${capitalized(subjectClause(s))}, which is affected by ${plural(known.length, 'known CVE')}: ${cveList(known)}.${upgrade}${unknownNote}`,
    };
  }

  if (unfixed.length) {
    const meanwhile = newest ? ` Until then run at least ${newest}, which fixes ${plural(later.length, 'older one')}.` : '';
    return {
      severity: 'error',
      message: `${capitalized(subjectClause(s))}, and no ${s.line}.x release fixes ${plural(unfixed.length, 'known CVE')}: ${cveList(unfixed)}. Move to a maintained line such as ${suggestedLine(s.product)}.${meanwhile}${unknownNote}`,
    };
  }
  if (newest) {
    return {
      severity: 'info',
      message: `${capitalized(subjectClause(s))}, a line, not a patch release. Make sure your servers run ${newest} or later: older ${s.line}.x releases miss fixes for ${plural(later.length, 'known CVE')}, among them ${cveList(later, 3)}.${unknownNote}`,
    };
  }
  return { severity: 'info', message: `${capitalized(subjectClause(s))}.${unknownNote}` };
}
