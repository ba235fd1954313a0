/**
 * The grammar over real files: every line of the stock configs shipped by Redis, Valkey and
 * Debian is scoped as a comment, a banner or a directive, and the committed grammars are what
 * scripts/build-grammars.mjs produces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..', '..');
const STOCK = join(ROOT, '..', 'shared', 'stock-configs');

async function loadGrammar(scope: string): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (name: string) => {
      const file = name === 'source.redis-conf' ? 'redis-conf.tmLanguage.json' : 'redis-acl.tmLanguage.json';
      return textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', file), 'utf8'), file);
    },
  });
  return (await registry.loadGrammar(scope))!;
}

test('every line of the stock configs starts with a comment or directive scope', { skip: !existsSync(STOCK) && 'shared/stock-configs not present' }, async () => {
  const grammar = await loadGrammar('source.redis-conf');
  let lines = 0;
  for (const file of readdirSync(STOCK).filter((f) => f.endsWith('.conf'))) {
    let state = textmate.INITIAL;
    for (const line of readFileSync(join(STOCK, file), 'utf8').split('\n')) {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      const trimmed = line.trim();
      if (!trimmed) continue;
      lines++;
      const first = r.tokens.find((t) => t.endIndex > line.length - line.trimStart().length)!;
      const scopes = first.scopes.join(' ');
      if (trimmed.startsWith('#')) assert.match(scopes, /comment\.line/, `${file}: ${line}`);
      else assert.match(scopes, /keyword\.(other|control)\.directive/, `${file}: ${line}`);
    }
  }
  assert.ok(lines > 100);
});

test('the committed grammars are the generated ones', () => {
  const out = mkdtempSync(join(tmpdir(), 'grammars-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-grammars.mjs'), '--out', out]);
  for (const f of ['redis-conf.tmLanguage.json', 'redis-acl.tmLanguage.json']) {
    assert.equal(readFileSync(join(out, f), 'utf8'), readFileSync(join(ROOT, 'syntaxes', f), 'utf8'), `${f} is stale: run npm run build:grammars`);
  }
});
