// Entry point VS Code loads through `extensionTestsPath`: it runs inside the real extension host, where
// `require('vscode')` works, and hands every *.ext-test.js file to mocha (TDD interface: suite/test). The same
// entry serves both launchers: code-server here (scripts/editor/run-ext-tests.mjs) and a downloaded VS Code
// build through @vscode/test-electron (scripts/editor/run-test-electron.mjs). Tests run one at a time, in file
// order, because they share one window. (Not named *.test.js so that the repo's node:test runs, which have no
// `vscode` module, never pick them up.)
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const PER_TEST_TIMEOUT_MS = 30_000;

function run() {
  const grep = process.env.REDIS_CONF_EXT_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', timeout: PER_TEST_TIMEOUT_MS, color: false, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.ext-test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The launchers read this file for their summary; log forwarding from the extension host is best effort.
      if (process.env.REDIS_CONF_EXT_TEST_REPORT) {
        fs.writeFileSync(process.env.REDIS_CONF_EXT_TEST_REPORT, JSON.stringify(results, null, 2));
      }
      if (failures) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ name: t.fullTitle(), ok: true, ms: t.duration ?? 0 }));
    runner.on('fail', (t, err) => results.push({ name: t.fullTitle(), ok: false, ms: t.duration ?? 0, error: String((err && err.stack) || err) }));
  });
}

module.exports = { run };
