import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { atLeast, countAtLeast, countErrors, findingSource, formatJson, formatText, makeReport, toCliDiagnostic } from './format';

const diag = (line: number, col: number, severity: DiagnosticSeverity | undefined, message: string, code?: string): Diagnostic => ({
  range: { start: { line, character: col }, end: { line, character: col + 4 } },
  severity,
  message,
  ...(code ? { code } : {}),
});

test('positions become 1-based, severities get names, codes tell the source', () => {
  assert.deepEqual(toCliDiagnostic(diag(0, 0, DiagnosticSeverity.Warning, 'w', 'RCS001')), {
    code: 'RCS001', source: 'security', severity: 'warning', message: 'w', line: 1, column: 1, endLine: 1, endColumn: 5,
  });
  assert.equal(toCliDiagnostic(diag(0, 0, undefined, 'x')).severity, 'error');
  assert.equal(toCliDiagnostic(diag(0, 0, undefined, 'x')).code, null);
  assert.equal(findingSource('RCV003'), 'validity');
  assert.equal(findingSource(null), 'validity');
});

test('severity order: error > warning > info > hint', () => {
  assert.ok(atLeast('error', 'warning'));
  assert.ok(atLeast('warning', 'warning'));
  assert.ok(!atLeast('info', 'warning'));
  assert.ok(atLeast('hint', 'hint'));
  assert.ok(!atLeast('hint', 'info'));
});

test('reports are sorted by position; a minimum level filters', () => {
  const list = [diag(3, 0, DiagnosticSeverity.Hint, 'h'), diag(2, 0, DiagnosticSeverity.Warning, 'w'), diag(1, 2, DiagnosticSeverity.Error, 'e')];
  assert.deepEqual(makeReport('a.conf', 'redis-conf', 'redis-7.0', list).diagnostics.map(d => d.message), ['e', 'w', 'h']);
  assert.deepEqual(makeReport('a.conf', 'redis-conf', 'redis-7.0', list, 'error').diagnostics.map(d => d.message), ['e']);
  assert.deepEqual(makeReport('a.conf', 'redis-conf', 'redis-7.0', list, 'warning').diagnostics.map(d => d.message), ['e', 'w']);
});

test('counting at or above a level', () => {
  const reports = [makeReport('a.conf', 'redis-conf', 'redis-7.0', [
    diag(0, 0, DiagnosticSeverity.Warning, 'w'), diag(1, 0, DiagnosticSeverity.Information, 'i'), diag(2, 0, DiagnosticSeverity.Hint, 'h'),
  ])];
  assert.equal(countErrors(reports), 0);
  assert.equal(countAtLeast(reports, 'warning'), 1);
  assert.equal(countAtLeast(reports, 'info'), 2);
});

test('text output: one line per finding and a summary', () => {
  const reports = [
    makeReport('a.conf', 'redis-conf', 'redis-7.0', [
      diag(0, 4, DiagnosticSeverity.Error, 'Bad directive or wrong number of arguments', 'RCV001'),
      diag(2, 0, DiagnosticSeverity.Warning, 'two\n  lines'),
    ]),
    makeReport('users.acl', 'redis-acl', 'redis-7.0', [diag(1, 0, DiagnosticSeverity.Information, 'note', 'RCS201')]),
  ];
  assert.equal(formatText(reports, false), [
    'a.conf:1:5  error    Bad directive or wrong number of arguments  [RCV001]',
    'a.conf:3:1  warning  two lines',
    'users.acl:2:1  info     note  [RCS201]',
    '',
    '3 problems (1 error, 1 warning, 1 info) in 2 files.',
    '',
  ].join('\n'));
  assert.equal(countErrors(reports), 1);
});

test('text output without findings', () => {
  const clean = [makeReport('a.conf', 'redis-conf', 'redis-7.0', [])];
  assert.equal(formatText(clean, false), 'No problems in 1 file.\n');
  assert.equal(formatText(clean, true), '');
});

test('the verdict counts RCV errors only, and a line error beats a start-up error', () => {
  const startup = { ...diag(0, 0, DiagnosticSeverity.Error, 's', 'RCV022'), data: { phase: 'startup' } };
  assert.deepEqual(makeReport('a.conf', 'redis-conf', 'redis-7.0', [diag(0, 0, DiagnosticSeverity.Error, 'x', 'RCS001')]).verdict, { accepted: true });
  assert.deepEqual(makeReport('a.conf', 'redis-conf', 'redis-7.0', [startup]).verdict, { accepted: false, line: 1, code: 'RCV022', message: 's', phase: 'startup' });
  assert.equal((makeReport('a.conf', 'redis-conf', 'redis-7.0', [startup, diag(4, 0, DiagnosticSeverity.Error, 'l', 'RCV006')]).verdict as { line: number }).line, 5);
});

test('json output is an array of file reports', () => {
  const reports = [makeReport('a.conf', 'redis-conf', 'redis-7.0', [diag(0, 0, DiagnosticSeverity.Error, 'e', 'RCV001')])];
  assert.deepEqual(JSON.parse(formatJson(reports)), [{
    file: 'a.conf', language: 'redis-conf', target: 'redis-7.0',
    verdict: { accepted: false, line: 1, code: 'RCV001', message: 'e' },
    diagnostics: [{ code: 'RCV001', source: 'validity', severity: 'error', message: 'e', line: 1, column: 1, endLine: 1, endColumn: 5 }],
  }]);
});
