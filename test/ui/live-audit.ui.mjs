// UI test: "Redis: Audit Live Instance…" from the command palette against a real, insecure redis-server (started by
// scripts/editor/ui/run.mjs on a free 127.0.0.1 port: no password, protected mode off), with
// examples/insecure.redis.conf as the active editor. Checks the prompts, the read-only report and the findings
// placed on the open file in the Problems panel.
import assert from 'node:assert/strict';
import {
  activateEditor, clearProblemsFilter, closePanel, editorText, problemsMatching, runCommand, statusLanguage, waitFor, waitForQuickInput, sleep,
} from '../../scripts/editor/ui/workbench.mjs';

export const file = 'insecure.redis.conf';

export const steps = [
  {
    name: 'audit a live server from the command palette and read the report',
    async run({ page, shot, log, redis, redisError }) {
      assert.ok(redis, `the runner has no redis-server for this step: ${redisError}`);
      const endpoint = `${redis.host}:${redis.port}`;
      // The open redis.conf must be the active editor when the command starts: the findings go onto it.
      await activateEditor(page, file);
      await waitFor('the status bar to show "Redis Config"', async () => (await statusLanguage(page)) === 'Redis Config', { timeoutMs: 30_000 });

      await runCommand(page, 'Redis: Audit Live Instance');
      // The server prompt replaces the palette; its title says the audit only reads.
      await waitForQuickInput(page, 'Redis: Audit Live Instance (read-only)');
      const input = page.locator('.quick-input-widget input');
      await input.fill(endpoint);
      // "Connect to redis://127.0.0.1:<port>  plain TCP": the typed address, parsed.
      const connect = page.locator('.quick-input-widget .monaco-list-row', { hasText: new RegExp(`Connect to (redis://)?${escape(endpoint)}`) });
      await connect.first().waitFor({ state: 'visible', timeout: 10_000 });
      await sleep(200);
      await shot('live-audit-prompt');
      await page.keyboard.press('Enter');
      // User name: empty for the default user. Password: empty for none. Each box replaces the previous one.
      await waitForQuickInput(page, 'ACL user to log in as');
      await page.keyboard.press('Enter');
      await waitForQuickInput(page, 'Password of user "default"');
      await page.keyboard.press('Enter');

      // The report opens beside the config, in a tab named after the server (redis-audit-127.0.0.1-<port>-<time>.md).
      const tab = page.locator('.tabs-container .tab', { hasText: `redis-audit-${redis.host}-${redis.port}-` }).first();
      await tab.waitFor({ state: 'visible', timeout: 30_000 });
      const tabLabel = (await tab.innerText()).replace(/\s+/g, '');
      const report = await waitFor('the report text', async () => {
        const t = await editorText(page);
        return /RCS901/.test(t) ? t : null;
      }, { timeoutMs: 15_000 });
      const ids = [...new Set(report.match(/\bRCS\d{3}\b/g))];
      log(`report tab "${tabLabel}", ${report.split('\n').length} lines, rule ids: ${ids.join(' ')}`);
      assert.match(report, new RegExp(`^# Live audit of ${escape(endpoint)}$`, 'm'), 'the report heading does not name the server');
      assert.match(report, new RegExp(`\\| Endpoint \\| ${escape(endpoint)} \\|`), 'the report table does not name the server');
      assert.match(report, /\| Server \| (Redis|Valkey) \d+\.\d+\.\d+ \|/, 'the report does not name the server version');
      // No password and protected mode off: a connection without credentials got in, and protected mode is off.
      assert.match(report, /RCS901\S* unauthenticated-access/, 'no RCS901 unauthenticated-access finding');
      assert.match(report, /RCS002\S* protected-mode-disabled/, 'no RCS002 protected-mode-disabled finding');
      assert.match(report, /\| Findings \| \d+ errors?/, 'no findings count in the report');
      assert.match(report, /\| Mode \| read-only:/, 'the report does not say the audit was read-only');

      await page.mouse.move(5, 5);
      await sleep(400);
      await shot('live-audit-report');

      // The report is a read-only document: typing into it is refused with monaco's message, and nothing changes.
      const reportEditor = page.locator('.editor-group-container.active .editor-instance').first();
      const heading = reportEditor.locator('.view-line', { hasText: 'Live audit of' }).first();
      await heading.click();
      await page.keyboard.type('x');
      const refusal = await waitFor('the read-only message', async () => {
        const msg = page.locator('.monaco-editor-overlaymessage');
        return (await msg.isVisible()) ? (await msg.innerText()).trim() : null;
      }, { timeoutMs: 5000 });
      assert.match(refusal, /read-only/i);
      assert.equal((await heading.innerText()).replace(/\u00a0/g, ' '), `# Live audit of ${endpoint}`, 'the report was edited');
      log(`typing into the report: "${refusal}"`);
      await page.keyboard.press('Escape');

      // The findings also go onto the open insecure.redis.conf, in the Problems panel, with the audit as source.
      const rows = await problemsMatching(page, 'RCS901', (r) => r.length > 0 && r.every((t) => t.includes('RCS901')));
      const placed = rows.find((t) => t.includes('redis-audit'));
      assert.ok(placed, `no RCS901 row from redis-audit in Problems: ${rows.join(' / ')}`);
      log(`Problems: ${placed.slice(0, 140)}…`);
      assert.match(placed, new RegExp(`live audit of ${escape(endpoint)}`));
      const panel = page.locator('.markers-panel');
      const fileRow = panel.locator('.monaco-list-row', { hasText: 'insecure.redis.conf' });
      assert.ok(await fileRow.count(), 'the live finding is not listed under insecure.redis.conf');
      // A view with every live finding for the screenshot: the filter narrows it to the audit's source.
      await problemsMatching(page, 'redis-audit', (r) => r.length > 1 && r.every((t) => t.includes('redis-audit')), { keepFilter: true });
      await sleep(300);
      await shot('live-audit-problems');
      await clearProblemsFilter(page);
      await closePanel(page);
      // The report goes, so the next test file starts with the config alone (a reload restores open editors).
      await tab.click();
      await runCommand(page, 'View: Close Editor');
      await tab.waitFor({ state: 'hidden', timeout: 5000 });
    },
  },
];

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
