// UI test: examples/insecure.redis.conf in a real VS Code (code-server) with the packaged extension installed.
// The steps share one workbench page and run in order; each one leaves a screenshot in test-results/ui/.
// Run with `npm run test:ui` (scripts/editor/ui/run.mjs starts the server and the browser).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  chooseQuickFix, clickDirective, hoverDirective, openQuickFixMenu, revealDirective, squiggles, statusLanguage, statusProblems,
  tokenSpans, visibleLines, waitFor, sleep,
} from '../../scripts/editor/ui/workbench.mjs';

export const file = 'insecure.redis.conf';
const text = readFileSync(new URL('../../examples/insecure.redis.conf', import.meta.url), 'utf8');

export const steps = [
  {
    name: 'language mode, highlighting, squiggles and the Problems count',
    async run({ page, shot, log }) {
      // The file first opens as Plain Text; the mode switches once the extension host has registered the language.
      await waitFor('the status bar to show "Redis Config"', async () => (await statusLanguage(page)) === 'Redis Config', { timeoutMs: 30_000 });

      // The grammar gives directive names their own token, so `protected-mode` is a span of its own with a colour
      // different from plain text (mtk1).
      const spans = await waitFor('a token span for protected-mode', async () => {
        const found = await tokenSpans(page, 'protected-mode');
        return found.length ? found : null;
      });
      assert.ok(spans.some((s) => !/\bmtk1\b/.test(s.className)), `protected-mode is not coloured: ${JSON.stringify(spans)}`);

      const marks = await waitFor('squiggles from the language server', async () => {
        const s = await squiggles(page);
        return s.error + s.warning + s.info > 0 ? s : null;
      }, { timeoutMs: 30_000 });
      const problems = await waitFor('a Problems count above 0 in the status bar', async () => {
        const p = await statusProblems(page);
        return p && p.errors + p.warnings + p.infos > 0 ? p : null;
      });
      log(`language Redis Config; protected-mode token ${spans[0].className}; squiggles ${JSON.stringify(marks)}; status bar "${problems.label}"`);
      assert.ok(problems.errors > 0, `no errors in the status bar: ${problems.label}`);
      await sleep(300); // let the squiggle and status bar paint settle
      await shot('editor-diagnostics');

      // The Problems panel lists the findings with their rule ids; closed again (Ctrl+J) so the editor keeps its room.
      await page.keyboard.press('Control+Shift+M');
      const rows = await waitFor('rows in the Problems panel', async () => {
        const texts = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
        return texts.some((t) => /RCS\d{3}/.test(t)) ? texts : null;
      });
      log(`Problems panel shows ${rows.length} rows, first: ${rows[0].replace(/\s+/g, ' ').slice(0, 100)}`);
      await sleep(300);
      await shot('problems-panel');
      await page.keyboard.press('Control+J');
      await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 5000 });
    },
  },
  {
    name: 'hover on maxmemory shows our docs',
    async run({ page, shot, log }) {
      await revealDirective(page, text, 'maxmemory');
      const hover = await hoverDirective(page, 'maxmemory');
      log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 140)}…`);
      // Our hover: a heading with the name, a sentence of our own, and the facts table of the target version.
      assert.match(hover, /maxmemory/);
      assert.match(hover, /Memory ceiling/i);
      assert.match(hover, /Default/);
      assert.match(hover, /Range/);
      await sleep(600); // the hover fades in; an early screenshot catches it half transparent
      await shot('hover');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'quick fix turns protected mode back on',
    async run({ page, shot, log }) {
      await revealDirective(page, text, 'protected-mode');
      await clickDirective(page, 'protected-mode');
      const before = await statusProblems(page);
      const labels = await openQuickFixMenu(page);
      log(`quick fixes offered: ${labels.join(' | ')}`);
      const wanted = 'protected-mode yes';
      assert.ok(labels.some((l) => l.includes(wanted)), `no "${wanted}" fix among: ${labels.join(' | ')}`);
      await page.locator('.action-widget .monaco-list-row.action', { hasText: wanted }).first().hover();
      await sleep(400);
      await shot('quick-fix');
      await chooseQuickFix(page, wanted);
      const lines = await waitFor('the line to read "protected-mode yes"', async () => {
        const l = await visibleLines(page);
        return l.includes('protected-mode yes') ? l : null;
      }, { timeoutMs: 10_000 });
      assert.ok(!lines.includes('protected-mode no'), 'protected-mode no is still there');
      // The language server re-checks the edited text: the RCS002 warning (and findings that needed protected mode
      // off) go away.
      const after = await waitFor('fewer problems in the status bar', async () => {
        const p = await statusProblems(page);
        return p && p.errors + p.warnings < before.errors + before.warnings ? p : null;
      }, { timeoutMs: 10_000 });
      log(`status bar before "${before.label}", after "${after.label}"`);
      await sleep(300);
      await shot('quick-fix-applied');
    },
  },
];
