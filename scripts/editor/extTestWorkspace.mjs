// The scratch workspace both extension-host launchers open: a copy of examples/ plus test/vscode/fixtures/ in a
// temp dir, because the tests edit documents and write .vscode/settings.json, which must never touch the repo.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './paths.mjs';

/** @returns {{ tmp: string, workspace: string, report: string }} report: where index.js writes its results. */
export function makeExtTestWorkspace() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-conf-ext-tests-'));
  const workspace = path.join(tmp, 'workspace');
  for (const dir of [path.join(REPO, 'examples'), path.join(REPO, 'test', 'vscode', 'fixtures')]) {
    for (const name of readdirSync(dir)) cpSync(path.join(dir, name), path.join(workspace, name), { recursive: true });
  }
  return { tmp, workspace, report: path.join(tmp, 'report.json') };
}

/** Prints the per-test lines of the report index.js wrote; returns the number of failures (or 1 if none ran). */
export function printExtTestReport(results) {
  for (const r of results) {
    console.log(`${r.ok ? '  ok  ' : '  FAIL'} ${r.name} (${r.ms} ms)`);
    if (!r.ok) console.log(r.error.split('\n').map((l) => `        ${l}`).join('\n'));
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return results.length ? failed : 1;
}
