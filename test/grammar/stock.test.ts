/**
 * The grammars over real files:
 * - every line of the stock configs shipped by Redis, Valkey and Debian is scoped as a comment,
 *   a banner or a directive, and none is marked invalid;
 * - in the oracle sample (configs and ACL files with verdicts recorded from real servers) the
 *   grammar marks a line invalid exactly where a server stops on a tokenizer-level error;
 * - the committed grammars are what scripts/build-grammars.mjs produces.
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
const ORACLE = join(ROOT, '..', 'shared', 'research', 'oracle-sample');

let registry: textmate.Registry | undefined;
async function loadGrammar(scope: string): Promise<textmate.IGrammar> {
  if (!registry) {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (name: string) => {
        const file = name === 'source.redis-conf' ? 'redis-conf.tmLanguage.json' : 'redis-acl.tmLanguage.json';
        return textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', file), 'utf8'), file);
      },
    });
  }
  return (await registry.loadGrammar(scope))!;
}

/** Tokenizes a file the way the editor does: one line at a time, without line terminators. */
function tokenizeFile(grammar: textmate.IGrammar, text: string): { line: string; tokens: textmate.IToken[] }[] {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return { line, tokens: r.tokens };
  });
}

/** 1-based numbers of the lines holding a token with an invalid.* scope. */
function invalidLines(grammar: textmate.IGrammar, text: string): number[] {
  return tokenizeFile(grammar, text)
    .map((l, i) => (l.tokens.some((t) => t.scopes.some((s) => s.startsWith('invalid.'))) ? i + 1 : 0))
    .filter((n) => n > 0);
}

test('every line of the stock configs starts with a comment or directive scope and none is invalid', { skip: !existsSync(STOCK) && 'shared/stock-configs not present' }, async () => {
  const grammar = await loadGrammar('source.redis-conf');
  let lines = 0;
  for (const file of readdirSync(STOCK).filter((f) => f.endsWith('.conf'))) {
    for (const { line, tokens } of tokenizeFile(grammar, readFileSync(join(STOCK, file), 'utf8'))) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      lines++;
      const first = tokens.find((t) => t.endIndex > line.length - line.trimStart().length)!;
      const scopes = first.scopes.join(' ');
      if (trimmed.startsWith('#')) assert.match(scopes, /comment\.line/, `${file}: ${line}`);
      else assert.match(scopes, /keyword\.(other|control)\.directive/, `${file}: ${line}`);
      for (const t of tokens) assert.ok(!t.scopes.some((s) => s.startsWith('invalid.')), `${file}: ${line}`);
    }
  }
  assert.ok(lines > 100);
});

// Server errors that come from how a line is split into tokens, which is all a grammar can see.
const TOKEN_LEVEL_ERRORS = /Unbalanced quotes|Unmatched parenthesis|should start with user keyword|password hash must be exactly/;

interface Verdict {
  line: number;
  message: string;
  phase?: string;
}

test('invalid scopes in the oracle sample fall on the lines real servers reject for tokenizer-level errors', { skip: !existsSync(ORACLE) && 'shared/research/oracle-sample not present' }, async () => {
  const expected: Record<string, Record<string, Verdict | 'ACCEPT'>> = JSON.parse(readFileSync(join(ORACLE, 'expected.json'), 'utf8'));
  const conf = await loadGrammar('source.redis-conf');
  const acl = await loadGrammar('source.redis-acl');
  let marked = 0;
  for (const [name, verdicts] of Object.entries(expected)) {
    const grammar = name.endsWith('.acl') ? acl : conf;
    const got = invalidLines(grammar, readFileSync(join(ORACLE, name), 'utf8'));
    const rejected = Object.values(verdicts).filter((v): v is Verdict => v !== 'ACCEPT');
    const mustMark = [...new Set(rejected.filter((v) => TOKEN_LEVEL_ERRORS.test(v.message)).map((v) => v.line))].sort();
    // A crash gives no line number; any line of that file may be marked.
    const crashed = rejected.some((v) => v.phase === 'crash');
    for (const n of mustMark) assert.ok(got.includes(n), `${name}:${n} is rejected by a server but not marked invalid`);
    for (const n of got) {
      assert.ok(crashed || rejected.some((v) => v.line === n), `${name}:${n} is marked invalid but every server accepts it`);
    }
    marked += got.length;
  }
  assert.ok(marked >= 4, `only ${marked} invalid lines in the oracle sample`);
});

test('the committed grammars are the generated ones', () => {
  const out = mkdtempSync(join(tmpdir(), 'grammars-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-grammars.mjs'), '--out', out]);
  for (const f of ['redis-conf.tmLanguage.json', 'redis-acl.tmLanguage.json']) {
    assert.equal(readFileSync(join(out, f), 'utf8'), readFileSync(join(ROOT, 'syntaxes', f), 'utf8'), `${f} is stale: run npm run build:grammars`);
  }
});
