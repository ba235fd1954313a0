// Entry point VS Code loads through `extensionTestsPath`: it runs inside the real extension host, where
// `require('vscode')` works. A minimal loop instead of mocha: each *.ext-test.js file exports
// `tests`, a list of { name, fn }; they run in file order, one at a time, because they share one window.
// (Not named *.test.js so that the repo's node:test runs, which have no `vscode` module, never pick them up.)
const fs = require('node:fs');
const path = require('node:path');

const PER_TEST_TIMEOUT_MS = 30_000;

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function run() {
  const only = process.env.REDIS_CONF_EXT_TEST_GREP;
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.ext-test.js')).sort();
  const results = [];
  for (const file of files) {
    const { tests } = require(path.join(__dirname, file));
    for (const { name, fn } of tests) {
      const full = `${file.replace('.ext-test.js', '')} › ${name}`;
      if (only && !full.includes(only)) continue;
      const start = Date.now();
      try {
        await withTimeout(Promise.resolve().then(fn), PER_TEST_TIMEOUT_MS, full);
        results.push({ name: full, ok: true, ms: Date.now() - start });
        console.log(`ok   ${full} (${Date.now() - start} ms)`);
      } catch (err) {
        results.push({ name: full, ok: false, ms: Date.now() - start, error: String(err && err.stack || err) });
        console.error(`FAIL ${full} (${Date.now() - start} ms)\n${err && err.stack || err}`);
      }
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  // The launcher reads this file for its summary; the browser-side log forwarding is only best effort.
  if (process.env.REDIS_CONF_EXT_TEST_REPORT) {
    fs.writeFileSync(process.env.REDIS_CONF_EXT_TEST_REPORT, JSON.stringify(results, null, 2));
  }
  if (failed) throw new Error(`${failed} extension-host test(s) failed`);
}

module.exports = { run };
