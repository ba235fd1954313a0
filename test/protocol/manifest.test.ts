/**
 * The VS Code manifest and the client code must agree; VS Code itself only notices a mismatch
 * at run time (a command that does nothing, an extension that never activates).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness';

const root = repoRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const clientSource = ['client/src', 'client/src/audit']
  .flatMap(dir => readdirSync(join(root, dir)).filter(f => f.endsWith('.ts') && !f.endsWith('.test.ts')).map(f => join(root, dir, f)))
  .map(f => readFileSync(f, 'utf8'))
  .join('\n');

test('every contributed command is registered by the client, under the Redis category', () => {
  const contributed: { command: string; category: string }[] = pkg.contributes.commands;
  assert.deepEqual(contributed.map(c => c.command).sort(), [
    'redisConf.auditClearProblems',
    'redisConf.auditExportJson',
    'redisConf.auditExportMarkdown',
    'redisConf.auditExportSarif',
    'redisConf.auditLiveInstance',
    'redisConf.insertPasswordHash',
    'redisConf.restartServer',
    'redisConf.selectTarget',
    'redisConf.showOutput',
  ]);
  for (const c of contributed) {
    assert.equal(c.category, 'Redis');
    assert.ok(clientSource.includes(`registerCommand('${c.command}'`), `${c.command} is not registered in client/src`);
  }
});

test('the extension activates for both languages and its entry point is the bundled client', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:redis-conf', 'onLanguage:redis-acl']);
  assert.equal(pkg.main, './dist/extension.js');
  const languages = pkg.contributes.languages.map((l: { id: string }) => l.id);
  assert.deepEqual(languages, ['redis-conf', 'redis-acl']);
});

test('the client trace setting exists for the client id', () => {
  // LanguageClient reads `<id>.trace.server`; the id is the settings section.
  assert.ok(clientSource.includes('new LanguageClient(SECTION,'));
  assert.ok('redisConf.trace.server' in pkg.contributes.configuration.properties);
});

test('every file the manifest names exists and is shipped in the .vsix', () => {
  const named: string[] = [
    pkg.main,
    pkg.icon,
    ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
    ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration),
    ...pkg.contributes.snippets.map((s: { path: string }) => s.path),
    ...pkg.contributes.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown?: string; image?: string } }> }) =>
      w.steps.map((s) => s.media.markdown ?? s.media.image)),
  ].map((p) => p.replace(/^\.\//, ''));
  // .vscodeignore excludes everything ("**") and lets files back in with "!pattern" lines.
  const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => new RegExp(`^${l.slice(1).trim().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`));
  for (const file of named) {
    if (!file.startsWith('dist/')) assert.ok(existsSync(join(root, file)), `${file} does not exist`);
    assert.ok(shipped.some((re) => re.test(file)), `${file} is not let back in by .vscodeignore`);
  }
});
