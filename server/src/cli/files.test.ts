import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from './files';

function makeTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'rcl-files-')).replace(/\\/g, '/');
  for (const f of ['a.conf', 'b.acl', 'notes.txt', 'sub/c.conf', 'sub/deep/d.conf', '.hidden/e.conf', 'node_modules/f.conf']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'port 6379\n');
  }
  return root;
}

test('folders contribute their .conf and .acl files, skipping hidden folders and node_modules', () => {
  const root = makeTree();
  try {
    assert.deepEqual(expandInputs([root]), {
      files: [`${root}/a.conf`, `${root}/b.acl`, `${root}/sub/c.conf`, `${root}/sub/deep/d.conf`],
      problems: [],
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('explicit files are taken whatever their extension, once each', () => {
  const root = makeTree();
  try {
    const notes = `${root}/notes.txt`;
    assert.deepEqual(expandInputs([notes, notes, root + '/a.conf']), { files: [notes, `${root}/a.conf`], problems: [] });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('globs are expanded; missing files and empty globs are problems', () => {
  const root = makeTree();
  try {
    assert.deepEqual(expandInputs([`${root}/**/*.conf`]).files, [`${root}/a.conf`, `${root}/sub/c.conf`, `${root}/sub/deep/d.conf`]);
    assert.deepEqual(expandInputs([`${root}/*.acl`]).files, [`${root}/b.acl`]);
    assert.deepEqual(expandInputs([`${root}/*.yaml`, `${root}/missing.conf`]), {
      files: [],
      problems: [`no files match '${root}/*.yaml'`, `cannot read '${root}/missing.conf': no such file or directory`],
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
