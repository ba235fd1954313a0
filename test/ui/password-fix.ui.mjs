// UI test: the "Generate a strong password" quick fix on the weak `requirepass foobared` of
// examples/insecure.redis.conf, in a real VS Code (code-server) with the packaged extension installed.
// The generated secret is read from the dialog only to check what went into the file; it is never logged, and the
// screenshot of the dialog covers it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  activateEditor, clickWord, closePanel, editorText, openQuickFixMenu, problemsMatching, revealDirective, statusLanguage, waitFor, sleep,
} from '../../scripts/editor/ui/workbench.mjs';

export const file = 'insecure.redis.conf';
const text = readFileSync(new URL('../../examples/insecure.redis.conf', import.meta.url), 'utf8');

// The ACL form is the preferred fix: only the SHA-256 of the secret goes into the file.
const ACL_FIX = 'Generate a strong password as `user default on #<sha256>';
const GENERATED_LINE = /^user default on #([0-9a-f]{64}) ~\* &\* \+@all$/;
const isPasswordFinding = (row) => /RCS10[12]\b/.test(row);

export const steps = [
  {
    name: 'generate a strong password: the file gets only its SHA-256',
    async run({ page, shot, log }) {
      await activateEditor(page, file);
      await waitFor('the status bar to show "Redis Config"', async () => (await statusLanguage(page)) === 'Redis Config', { timeoutMs: 30_000 });
      // The weak-password finding (RCS102) is there before the fix.
      const before = await problemsMatching(page, 'RCS102', (rows) => rows.some(isPasswordFinding));
      log(`before: ${before.length} RCS102 row(s), first: ${before[0].slice(0, 90)}…`);
      await closePanel(page);

      // The text as the editor has it (a reload may restore edits of earlier test files), to compare with afterwards.
      const original = (await editorText(page)).split('\n');
      assert.ok(original.includes('requirepass foobared'), 'the file has no "requirepass foobared" line');

      await revealDirective(page, text, 'requirepass');
      // The finding sits on the value, so the cursor goes there for the quick-fix menu to list its fixes.
      await clickWord(page, 'requirepass ', 'foobared');
      const labels = await waitFor('the password fixes in the quick-fix menu', async () => {
        const offered = await openQuickFixMenu(page);
        if (offered.some((l) => l.includes(ACL_FIX))) return offered;
        await page.keyboard.press('Escape');
        return null;
      }, { timeoutMs: 20_000 });
      log(`quick fixes offered: ${labels.join(' | ')}`);
      assert.ok(labels.some((l) => l.includes('Generate a strong password as requirepass')), 'the requirepass form is not offered');
      const item = page.locator('.action-widget .monaco-list-row.action', { hasText: ACL_FIX }).first();
      await item.hover();
      await sleep(400);
      await shot('password-fix-menu');
      await item.click();

      // The secret is shown once, in a modal dialog, with buttons to copy it or keep it in secret storage.
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      const message = (await dialog.locator('.dialog-message-text').innerText()).trim();
      assert.match(message, /Only its SHA-256 was written to the file/);
      const secret = (await dialog.locator('.dialog-message-detail').innerText()).trim();
      assert.ok(/^[0-9a-f]{64}$/.test(secret), 'the dialog detail is not a 64-hex secret'); // no value in the message
      const buttons = (await dialog.locator('.dialog-buttons .monaco-button').allInnerTexts()).map((t) => t.trim());
      log(`dialog: "${message}" buttons: ${buttons.join(' | ')}`);
      await sleep(300);
      await shot('password-dialog', { mask: [dialog.locator('.dialog-message-detail')], maskColor: '#5a5a5a' });
      await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Keep in VS Code secret storage' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });

      // The file: one `user default on #<sha256(secret)> ...` line in place of requirepass, the secret nowhere.
      const doc = await waitFor('the generated user default line', async () => {
        const t = await editorText(page);
        return t.split('\n').some((l) => GENERATED_LINE.test(l)) ? t : null;
      }, { timeoutMs: 10_000 });
      const docLines = doc.split('\n');
      const hash = docLines.map((l) => GENERATED_LINE.exec(l)?.[1]).find(Boolean);
      assert.equal(hash, createHash('sha256').update(secret, 'utf8').digest('hex'), 'the hash in the file is not the SHA-256 of the secret shown');
      assert.ok(!doc.includes(secret), 'the plaintext secret is in the document');
      assert.ok(!docLines.some((l) => l.startsWith('requirepass')), 'requirepass is still in the document');
      // Every other line is as it was: the fix replaced the requirepass line and nothing else.
      const expected = original.map((l) => (l === 'requirepass foobared' ? '<generated>' : l));
      const got = docLines.map((l) => (GENERATED_LINE.test(l) ? '<generated>' : l));
      assert.deepEqual(got, expected, 'the document differs from the original in more than the password line');
      // Nor anywhere else in the workbench once the dialog is closed (notifications, hovers, Problems).
      assert.ok(!(await page.evaluate((s) => document.body.innerText.includes(s), secret)), 'the secret is still on screen');

      // The language server re-checks the edited text: no weak or missing password finding remains.
      // The panel says "No results found" once the filter has run and matched nothing.
      const after = await problemsMatching(page, 'RCS10', (rows, panelText) =>
        !rows.some(isPasswordFinding) && (rows.length > 0 || /No results found/i.test(panelText)));
      log(`after: ${after.length} RCS10x row(s) left: ${after.map((r) => r.match(/RCS\d+/)?.[0]).join(', ') || 'none'}`);
      await closePanel(page);
      await revealDirective(page, doc, 'user'); // the first user line is the generated one
      await sleep(300);
      await shot('password-fix-applied');
    },
  },
];
