import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, CVE_TABLE, CveTable, cvesFor, lineOf, lineStatus } from './cveTable';

const ids = (product: 'redis' | 'valkey', line: string, patch?: string) => cvesFor(product, line, patch).map((m) => m.cve.id).sort();

test('compareVersions orders numerically, treats a missing patch as 0 and pre-releases as earlier', () => {
  assert.equal(compareVersions('8.10.1', '8.8.2'), 1);
  assert.equal(compareVersions('7.2.9', '7.2.10'), -1);
  assert.equal(compareVersions('7.2', '7.2.0'), 0);
  assert.equal(compareVersions('7.2.0-rc1', '7.2.0'), -1);
  assert.equal(compareVersions('7.2.0', '7.2.0-rc1'), 1);
  assert.equal(compareVersions('7.2.0-rc1', '7.2.0-rc2'), -1);
  assert.equal(compareVersions('v6.2.16', '6.2.16'), 0);
  assert.equal(compareVersions('garbage', '6.2.16'), 0);
  assert.equal(lineOf('8.10.1'), '8.10');
  assert.equal(lineOf('7.2'), '7.2');
  assert.equal(lineOf('unstable'), undefined);
});

test('the data file is well formed', () => {
  assert.match(CVE_TABLE.asOf, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(CVE_TABLE.sources.length > 0 && CVE_TABLE.note.length > 0);
  const seen = new Set<string>();
  for (const c of CVE_TABLE.cves) {
    assert.match(c.id, /^CVE-\d{4}-\d{4,}$/, c.id);
    assert.ok(!seen.has(c.id), `${c.id} is listed once`);
    seen.add(c.id);
    assert.ok(['critical', 'high', 'medium', 'low'].includes(c.severity), c.id);
    assert.equal(typeof c.unauthenticated, 'boolean', c.id);
    assert.ok(c.title.length > 10, c.id);
    assert.ok(c.affects.length > 0, c.id);
    const lines = new Set<string>();
    for (const a of c.affects) {
      assert.ok(a.product === 'redis' || a.product === 'valkey', c.id);
      assert.match(a.line, /^\d+\.\d+$/, c.id);
      assert.ok(!lines.has(`${a.product}-${a.line}`), `${c.id}: ${a.product} ${a.line} listed once`);
      lines.add(`${a.product}-${a.line}`);
      if (a.fixedIn !== null) {
        assert.equal(lineOf(a.fixedIn), a.line, `${c.id}: ${a.fixedIn} belongs to ${a.line}`);
        assert.ok(!a.unverified, `${c.id}: a known fix is not unverified`);
      } else if (!a.unverified) {
        // "Never fixed" is only a fact for lines that stopped getting releases.
        assert.ok(lineStatus(a.product, a.line), `${c.id}: ${a.product} ${a.line} has no fix, so it must be listed as end-of-life`);
      }
      const eol = lineStatus(a.product, a.line);
      if (eol && a.fixedIn) assert.ok(compareVersions(a.fixedIn, eol.lastRelease) <= 0, `${c.id}: fix ${a.fixedIn} is not after the last release ${eol.lastRelease}`);
    }
  }
  for (const l of CVE_TABLE.lines) assert.equal(lineOf(l.lastRelease), l.line);
});

test('spot checks against the research table', () => {
  const fix = (id: string, product: 'redis' | 'valkey', line: string) => CVE_TABLE.cves.find((c) => c.id === id)?.affects.find((a) => a.product === product && a.line === line)?.fixedIn;
  assert.equal(fix('CVE-2025-49844', 'redis', '7.2'), '7.2.11');
  assert.equal(fix('CVE-2025-49844', 'redis', '7.0'), null);
  assert.equal(fix('CVE-2025-49844', 'valkey', '8.0'), '8.0.6');
  assert.equal(fix('CVE-2025-49844', 'valkey', '8.1'), '8.1.4');
  assert.equal(fix('CVE-2023-41056', 'redis', '7.0'), '7.0.15');
  assert.equal(fix('CVE-2026-81934', 'redis', '6.2'), '6.2.24');
  assert.equal(fix('CVE-2025-67733', 'valkey', '7.2'), '7.2.12');
  // Selector bugs need 7.x selectors; the 7.2.0+ unblock bug does not reach 6.2 or 7.0.
  assert.equal(fix('CVE-2024-31227', 'redis', '6.2'), undefined);
  assert.equal(fix('CVE-2026-23479', 'redis', '7.0'), undefined);
  assert.equal(lineStatus('redis', '7.0')?.lastRelease, '7.0.15');
  assert.equal(lineStatus('redis', '6.2'), undefined);
});

test('cvesFor a line: never-fixed, fixed in a later patch, and unverified', () => {
  const r70 = cvesFor('redis', '7.0');
  assert.ok(r70.some((m) => m.cve.id === 'CVE-2025-49844' && m.status === 'unfixed'));
  assert.ok(r70.some((m) => m.cve.id === 'CVE-2023-41056' && m.status === 'fixed-later' && m.fixedIn === '7.0.15'));
  // Fixed in 7.0.0 itself: no 7.0 release was affected.
  assert.ok(!r70.some((m) => m.cve.id === 'CVE-2022-24735'));
  const r80 = cvesFor('redis', '8.0');
  assert.ok(!r80.some((m) => m.cve.id === 'CVE-2025-21605'));
  assert.ok(r80.some((m) => m.cve.id === 'CVE-2026-81934' && m.status === 'unverified'));
  assert.deepEqual(ids('valkey', '9.0'), ['CVE-2025-67733', 'CVE-2026-56684', 'CVE-2026-63639']);
  assert.deepEqual(ids('redis', '5.0'), []);
});

test('cvesFor an exact release leaves out what that release already fixes', () => {
  assert.deepEqual(ids('redis', '7.2', '7.2.16'), ['CVE-2026-23479', 'CVE-2026-23631', 'CVE-2026-25243']); // unverified only
  assert.ok(ids('redis', '7.2', '7.2.15').includes('CVE-2026-81934'));
  assert.ok(!ids('redis', '7.2', '7.2.11').includes('CVE-2025-49844'));
  assert.ok(ids('redis', '7.2', '7.2.10').includes('CVE-2025-49844'));
  assert.deepEqual(ids('redis', '8.2', '8.2.9'), []);
  assert.deepEqual(ids('valkey', '9.0', '9.0.2'), ['CVE-2026-56684', 'CVE-2026-63639']);
  // A pre-release of the fixing version is still affected; a fix in x.y.0 spares every release but its pre-releases.
  assert.ok(ids('redis', '8.2', '8.2.9-rc1').includes('CVE-2026-81934'));
  assert.ok(ids('redis', '8.0', '8.0.0-rc1').includes('CVE-2025-21605'));
  assert.ok(!ids('redis', '8.0', '8.0.0').includes('CVE-2025-21605'));
  // Never-fixed lines stay affected whatever the patch.
  assert.ok(ids('redis', '7.0', '7.0.15').includes('CVE-2025-49844'));
  // The exact version wins over a line that does not match it; an unreadable one falls back to the line.
  assert.deepEqual(ids('redis', '6.2', '8.2.9'), []);
  assert.deepEqual(ids('redis', '8.2', 'unknown'), ids('redis', '8.2'));
});

test('cvesFor reads any table of the same shape', () => {
  const data: CveTable = {
    asOf: '2030-01-01',
    sources: ['test'],
    note: 'test',
    lines: [],
    cves: [{ id: 'CVE-2030-0001', title: 'a test entry', severity: 'low', unauthenticated: false, affects: [{ product: 'valkey', line: '9.9', fixedIn: '9.9.3' }] }],
  };
  assert.equal(cvesFor('valkey', '9.9', undefined, data).length, 1);
  assert.equal(cvesFor('valkey', '9.9', '9.9.3', data).length, 0);
  assert.equal(cvesFor('redis', '9.9', undefined, data).length, 0);
});
