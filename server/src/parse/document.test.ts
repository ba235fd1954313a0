import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerTitle, parseConfig } from './document';

test('classifies blank, comment, directive and error lines', () => {
  const doc = parseConfig('# hello\n\nPORT 6379\r\nrequirepass "x\n   # indented comment');
  assert.deepEqual(
    doc.lines.map((l) => l.kind),
    ['comment', 'blank', 'directive', 'error', 'comment'],
  );
  assert.equal(doc.directives[0].name, 'port');
  assert.equal(doc.directives[0].nameToken.value, 'PORT');
  assert.equal(doc.directives[0].args[0].value, '6379');
});

test('recognises section banners', () => {
  assert.equal(bannerTitle('################################## NETWORK #####################################'), 'NETWORK');
  assert.equal(bannerTitle('############################### ADVANCED CONFIG ###############################'), 'ADVANCED CONFIG');
  assert.equal(bannerTitle('# just a comment'), undefined);
});

test('line numbers follow \\n only', () => {
  const doc = parseConfig('a 1\rb 2\nc 3');
  assert.equal(doc.directives.length, 2);
  assert.equal(doc.directives[1].line, 1);
});
