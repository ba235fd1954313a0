import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { renameCommandGuessable } from './RCS307-rename-command-guessable';

test('RCS307 catches short, obvious and derived new names; ignores random names and disabled commands', () => {
  spec('RCS307', {
    catches: ['rename-command CONFIG CONFIG_ADMIN', 'rename-command CONFIG abc123', 'rename-command FLUSHALL myflushallcommand2024', 'rename-command KEYS foobaredfoobared'],
    ignores: ['rename-command CONFIG ""', 'rename-command CONFIG b840fc02d524045429941cc15f59e41cb7be6c52', 'rename-command FLUSHALL Xk9mP2vL7qR4tY8wZ3nB6hQ1', 'port 6379'],
  });
});

test('RCS307 points at the new name and its fix disables the command', () => {
  const [r] = lintWith(renameCommandGuessable, 'rename-command CONFIG CONFIG_ADMIN');
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 34 } });
  assert.match(r.finding.message, /contains the original name CONFIG/);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixedBy(renameCommandGuessable, 'rename-command CONFIG "cfg"\n', 'Disable'), 'rename-command CONFIG ""\n');
});
