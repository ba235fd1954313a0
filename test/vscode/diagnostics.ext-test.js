const assert = require('node:assert/strict');
const { codeOf, diagnosticsMatching, openFixture } = require('./helpers');

suite('diagnostics', () => {
  test('typos.redis.conf: the startup errors come back as RCV diagnostics on their lines', async () => {
    const doc = await openFixture('typos.redis.conf');
    const rcv = await diagnosticsMatching(doc.uri, (d) => codeOf(d).startsWith('RCV'));
    const lineOf = (text) => doc.getText().split('\n').findIndex((l) => l.startsWith(text));
    const misspelled = rcv.find((d) => d.range.start.line === lineOf('maxmemmory'));
    assert.ok(misspelled, 'no RCV diagnostic on the "maxmemmory" line');
    assert.equal(codeOf(misspelled), 'RCV002');
    assert.match(misspelled.message, /maxmemory/);
    assert.ok(rcv.some((d) => d.range.start.line === lineOf('appendonly yess') && codeOf(d) === 'RCV004'),
      'no RCV004 on "appendonly yess"');
  });

  test('insecure.redis.conf: bind 0.0.0.0 gives RCS001', async () => {
    const doc = await openFixture('insecure.redis.conf');
    const [rcs001] = await diagnosticsMatching(doc.uri, (d) => codeOf(d) === 'RCS001');
    assert.match(doc.lineAt(rcs001.range.start.line).text, /^bind 0\.0\.0\.0/);
  });
});
