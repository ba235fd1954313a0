/** The verdict logic of the differential tests, checked without starting any server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { agrees, failures, makeRow, ourVerdict } from './compare';
import { parseFatalBlock, withTrailer } from './harness';

function diag(line: number, code: string, severity: 1 | 2 = 1, message = 'x'): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, code, message };
}

test('our verdict: first RCV error, warnings and foreign codes ignored', () => {
  assert.equal(ourVerdict([]), 'ACCEPT');
  assert.equal(ourVerdict([diag(0, 'RCV050', 2), diag(1, 'XYZ001')]), 'ACCEPT');
  assert.deepEqual(ourVerdict([diag(4, 'RCV002'), diag(2, 'RCV005')]), { line: 3, code: 'RCV005', message: 'x' });
});

test('our verdict: a line error beats an earlier start-up error', () => {
  const startup = { ...diag(1, 'RCV022'), data: { phase: 'startup' } };
  assert.deepEqual(ourVerdict([startup, diag(4, 'RCV002')]), { line: 5, code: 'RCV002', message: 'x' });
  assert.deepEqual(ourVerdict([startup]), { line: 2, code: 'RCV022', message: 'x', phase: 'startup' });
});

test('agreement: verdicts and lines, server line 0 matches any rejection', () => {
  assert.ok(agrees('ACCEPT', 'ACCEPT'));
  assert.ok(!agrees('ACCEPT', { line: 1, code: 'RCV002', message: '' }));
  assert.ok(!agrees({ line: 2, message: 'm' }, 'ACCEPT'));
  assert.ok(agrees({ line: 2, message: 'm' }, { line: 2, code: 'RCV002', message: '' }));
  assert.ok(!agrees({ line: 2, message: 'm' }, { line: 3, code: 'RCV002', message: '' }));
  assert.ok(agrees({ line: 0, message: 'm', phase: 'startup' }, { line: 7, code: 'RCV018', message: '' }));
  assert.ok(!agrees('ACCEPT', { threw: 'boom' }));
});

test('tolerated rows are listed but are not failures', () => {
  const rows = [
    makeRow('a.conf', 'redis-7.0', { line: 0, message: 'm' }, 'ACCEPT', { 'a.conf': 'file system' }),
    makeRow('b.conf', 'redis-7.0', { line: 0, message: 'm' }, 'ACCEPT', {}),
  ];
  assert.deepEqual(failures(rows).map(r => r.file), ['b.conf']);
});

test('FATAL block: line and message; no "at line" gives line 0', () => {
  const out = '\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 3\n>>> \'loglevel loud\'\nargument(s) must be one of the following: debug\n';
  assert.deepEqual(parseFatalBlock(out), { line: 3, message: 'argument(s) must be one of the following: debug' });
  assert.deepEqual(parseFatalBlock('*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nCan\'t open the log file: x\n'), { line: 0, message: 'Can\'t open the log file: x' });
  assert.equal(parseFatalBlock('Ready to accept connections'), undefined);
});

test('trailer comes after the snippet, whose line numbers stay as written', () => {
  assert.equal(withTrailer('timeout 0', '/t'), 'timeout 0\nport 0\nunixsocket /t/s.sock\n');
  assert.equal(withTrailer('a\r\n', '/t'), 'a\r\nport 0\nunixsocket /t/s.sock\n');
});
