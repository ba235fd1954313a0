import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCatalog, TARGETS } from '../index';
import { directiveDoc, documentedDirectives, sentinelDoc, aclRuleDoc } from './index';

/** Names documented under an old name as well as under the canonical one count once. */
function undocumented(target: (typeof TARGETS)[number]['id']): string[] {
  const catalog = getCatalog(target);
  return Object.values(catalog.directives)
    .filter((spec) => !directiveDoc(spec.name) && !spec.aliases.some((a) => directiveDoc(a)))
    .map((spec) => spec.name);
}

test('every directive of every target has a hover text', () => {
  const report: string[] = [];
  for (const t of TARGETS) {
    const total = Object.keys(getCatalog(t.id).directives).length;
    const missing = undocumented(t.id);
    report.push(`${t.id}: ${total - missing.length}/${total}`);
    assert.deepEqual(missing, [], `${t.id} lacks docs for ${missing.join(', ')}`);
  }
  console.log('# hover coverage ' + report.join(', '));
});

test('every sentinel sub-directive of every target has a hover text', () => {
  for (const t of TARGETS) {
    const missing = Object.keys(getCatalog(t.id).sentinel).filter((s) => !sentinelDoc(s));
    assert.deepEqual(missing, [], `${t.id}: ${missing.join(', ')}`);
  }
});

test('every ACL category has a hover text', () => {
  for (const t of TARGETS) {
    const missing = getCatalog(t.id).acl.categories.filter((c) => !aclRuleDoc('@' + c));
    assert.deepEqual(missing, [], `${t.id}: ${missing.join(', ')}`);
  }
});

test('docs keys are lower case and have a summary', () => {
  for (const name of documentedDirectives()) {
    assert.equal(name, name.toLowerCase());
    assert.ok(directiveDoc(name)!.summary.length > 10, name);
  }
});
