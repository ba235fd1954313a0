// Small helpers for driving the VS Code web workbench (code-server) with playwright-core. They use the DOM the
// workbench renders (status bar items, monaco view lines, hover and action widgets); the selectors are the ones
// VS Code 1.139 uses, so a code-server upgrade may need them adjusted here and nowhere else.

/** Waits until `check` returns a truthy value, retrying every `everyMs`; throws `what` on timeout. */
export async function waitFor(what, check, { timeoutMs = 20_000, everyMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The workbench URL that opens `folder` and then `file` (both absolute paths on the server). */
export function workbenchUrl(server, folder, file) {
  const payload = [['openFile', `vscode-remote://${server.host}:${server.port}${file}`]];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Text of the language item in the status bar ("Plain Text" until the extension host has registered ours). */
export async function statusLanguage(page) {
  const item = page.locator('[id="status.editor.mode"]');
  return (await item.count()) ? (await item.innerText()).trim() : '';
}

/** Error, warning and info counts of the Problems item in the status bar. */
export async function statusProblems(page) {
  const item = page.locator('[id="status.problems"]');
  if (!(await item.count())) return null;
  const label = (await item.getAttribute('aria-label')) ?? (await item.innerText());
  const count = (re) => Number(re.exec(label)?.[1] ?? 0);
  return { label, errors: count(/Errors?:\s*(\d+)/i), warnings: count(/Warnings?:\s*(\d+)/i), infos: count(/Infos?:\s*(\d+)/i) };
}

/** The rendered editor lines as plain text (monaco renders spaces as no-break spaces). */
export async function visibleLines(page) {
  return page.$$eval('.editor-instance .view-lines .view-line', (els) =>
    els
      .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text));
}

/**
 * Screen box of the first occurrence of `word` at the start of a line (a directive name). A DOM Range over the text
 * node is used because the tokens around the word may or may not be split into separate spans.
 */
export async function directiveBox(page, word) {
  return wordBox(page, `${word} `, word);
}

/** Token spans (`mtkN` class) whose text is exactly `word`, with their class and colour. */
export async function tokenSpans(page, word) {
  return page.$$eval('.editor-instance .view-lines .view-line span[class^="mtk"], .editor-instance .view-lines .view-line span[class*=" mtk"]', (els, w) =>
    els
      .filter((el) => el.textContent.replace(/\u00a0/g, ' ') === w)
      .map((el) => ({ className: el.className, color: getComputedStyle(el).color })), word);
}

/** Counts of the squiggle decorations monaco draws for diagnostics in the visible part of the editor. */
export async function squiggles(page) {
  return page.evaluate(() => ({
    error: document.querySelectorAll('.editor-instance .squiggly-error').length,
    warning: document.querySelectorAll('.editor-instance .squiggly-warning').length,
    info: document.querySelectorAll('.editor-instance .squiggly-info').length,
  }));
}

/**
 * Moves the mouse over `word` (a directive name) until a hover with text appears. The first hover often arrives
 * before the language server has started and shows nothing, so it is retried after moving the mouse away.
 */
export async function hoverDirective(page, word, { tries = 12 } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  for (let i = 0; i < tries; i++) {
    const box = await directiveBox(page, word);
    if (!box) throw new Error(`"${word}" is not on a visible editor line`);
    await page.mouse.move(5, 5);
    await sleep(150);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 2500 });
      const text = (await hover.innerText()).trim();
      if (text.includes(word)) return text;
    } catch { /* no hover yet */ }
  }
  throw new Error(`no hover for "${word}" after ${tries} tries`);
}

/**
 * Scrolls the editor so that the first line starting with `word` is in view (centred), using Go to Line: quick open
 * with `:<line>`. The line number comes from `text`, the file's content, because monaco only renders visible lines.
 */
export async function revealDirective(page, text, word) {
  if (await directiveBox(page, word)) return;
  const index = text.split(/\r?\n/).findIndex((l) => l.startsWith(word + ' '));
  if (index < 0) throw new Error(`"${word}" is not in the file`);
  // Quick open works from anywhere in the workbench; the only editor is the one Go to Line acts on.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`:${index + 1}`);
  await sleep(200);
  await page.keyboard.press('Enter');
  await waitFor(`"${word}" to scroll into view`, () => directiveBox(page, word), { timeoutMs: 5000 });
}

/** Puts the cursor inside `word` (a directive name) by clicking it. */
export async function clickDirective(page, word) {
  const box = await directiveBox(page, word);
  if (!box) throw new Error(`"${word}" is not on a visible editor line`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Opens the quick-fix menu (Ctrl+.) at the cursor and returns the labels it offers. Retried because the code-action
 * request may run before the diagnostics for that line have arrived.
 */
export async function openQuickFixMenu(page, { tries = 6 } = {}) {
  const items = page.locator('.action-widget .monaco-list-row.action');
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press('Control+Period');
    try {
      await items.first().waitFor({ state: 'visible', timeout: 3000 });
      return (await items.allInnerTexts()).map((t) => t.trim());
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`the quick-fix menu did not open after ${tries} tries`);
}

/** Applies the quick-fix menu entry whose label contains `text`. */
export async function chooseQuickFix(page, text) {
  const item = page.locator('.action-widget .monaco-list-row.action', { hasText: text }).first();
  await item.hover();
  await item.click();
}

/**
 * Screen box of `word` on the first visible editor line that starts with `lineStart` (e.g. the value of a
 * directive: lineStart "requirepass ", word "foobared"). Same DOM Range approach as directiveBox.
 */
export async function wordBox(page, lineStart, word) {
  return page.evaluate(([start, w]) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      if (!text.startsWith(start) || !text.includes(w)) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.replace(/\u00a0/g, ' ').indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, [lineStart, word]);
}

/** Puts the cursor inside `word` on the line starting with `lineStart`. */
export async function clickWord(page, lineStart, word) {
  const box = await wordBox(page, lineStart, word);
  if (!box) throw new Error(`"${word}" is not on a visible editor line starting with "${lineStart}"`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * The whole text of the editor matched by `editor` (default: the active editor group's), read page by page because
 * monaco only renders the visible lines. Rows are keyed by their line number in the margin, so wrapped lines come
 * back whole. It pages with the keyboard (the mouse wheel moves monaco by a few lines per event, whatever the
 * delta), so it focuses the editor by clicking its line-number gutter, and leaves the cursor on line 1.
 */
export async function editorText(page, { editor = '.editor-group-container.active .editor-instance' } = {}) {
  const root = page.locator(editor).first();
  // Focus: a click on the line numbers, repeated while something else (a closing dialog, a widget) takes it.
  // The margin's box moves with the scroll position like the lines do; the editor's own box is the visible part.
  await waitFor(`the focus in ${editor}`, async () => {
    const [view, gutter] = [await root.boundingBox(), await root.locator('.margin').boundingBox()];
    if (!view || !gutter) throw new Error(`no editor at ${editor}`);
    await page.mouse.click(gutter.x + gutter.width / 2, view.y + Math.min(view.height / 2, 100));
    return root.evaluate((el) => el.contains(document.activeElement));
  }, { timeoutMs: 10_000 });
  const snapshot = () => root.evaluate((el) => {
    const top = (e) => parseFloat(e.style.top) || 0;
    const numbers = new Map();
    for (const m of el.querySelectorAll('.margin-view-overlays > div')) {
      const n = parseInt(m.querySelector('.line-numbers')?.textContent ?? '', 10);
      if (n) numbers.set(top(m), n);
    }
    return [...el.querySelectorAll('.view-lines .view-line')]
      .map((l) => ({ top: top(l), text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => ({ ...l, line: numbers.get(l.top) ?? 0 }));
  });
  const rows = new Map(); // "line:part" -> text
  const collect = (snap) => {
    let line = 0;
    let part = 0;
    let added = 0;
    for (const row of snap) {
      if (row.line) [line, part] = [row.line, 0];
      else if (line) part += 1;
      else continue; // the tail of a wrapped line whose start is above the view: seen on an earlier page
      const key = `${line}:${part}`;
      if (!rows.has(key)) added += 1;
      rows.set(key, row.text);
    }
    return added;
  };
  // Back to line 1, and only return once it is drawn there, so callers never act on a view still scrolling.
  const toTop = async () => {
    await page.keyboard.press('Control+Home');
    await waitFor('line 1 in view', async () => (await snapshot()).some((r) => r.line === 1), { timeoutMs: 5000, everyMs: 50 });
  };
  await toTop();
  for (let idle = 0; idle < 2;) {
    idle = collect(await snapshot()) ? 0 : idle + 1;
    await page.keyboard.press('PageDown');
    await sleep(80);
  }
  await toTop();
  const lines = new Map();
  const order = (key) => key.split(':').map(Number);
  for (const [key, text] of [...rows].sort(([a], [b]) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1])) {
    const line = order(key)[0];
    lines.set(line, (lines.get(line) ?? '') + text);
  }
  return [...lines.values()].join('\n');
}

/**
 * Runs a command from the command palette (F1) by typing its title and picking the row that has it. The palette
 * lists the commands whose `when` clause held when it opened; in the first seconds after the editor shows, a command
 * with a `when` clause (the audit's isWorkspaceTrusted) was seen missing, so such a palette is closed and reopened.
 */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  // The row whose label is the title itself (an ellipsis may follow): "View: Close Editor" must not pick
  // "View: Close Editors in Other Groups".
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}…?$`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await waitFor(`the command palette to offer "${title}"`, async () => {
    if (await input.isVisible()) await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout: 3000 });
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 3000 });
    await input.fill(`>${title}`);
    await row.waitFor({ state: 'visible', timeout: 2000 });
    return true;
  }, { timeoutMs: 20_000 });
  await row.click();
}

/**
 * Waits for the quick input (quick pick or input box) whose title, prompt or rows contain `text`, and returns its
 * visible text. Quick inputs replace one another in the same widget, so the text tells which one is up.
 */
export async function waitForQuickInput(page, text, { timeoutMs = 15_000 } = {}) {
  const widget = page.locator('.quick-input-widget');
  return waitFor(`a quick input with "${text}"`, async () => {
    if (!(await widget.isVisible())) return null;
    const shown = (await widget.innerText()).replace(/\s+/g, ' ');
    return shown.includes(text) ? shown : null;
  }, { timeoutMs });
}

/**
 * Opens the Problems panel, types `filter` into its filter box and returns the texts of the marker rows (file rows
 * left out) once `settled(rows, panelText)` accepts them. A filter is needed because the panel's list only renders
 * the rows in view. The filter is cleared again unless `keepFilter`; the panel stays open (see closePanel).
 */
export async function problemsMatching(page, filter, settled, { timeoutMs = 15_000, keepFilter = false } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 5000 });
  const box = page.locator(PROBLEMS_FILTER).first();
  await box.waitFor({ state: 'visible', timeout: 5000 });
  await box.fill(filter);
  let typedAt = Date.now();
  try {
    return await waitFor(`Problems rows for "${filter}" to settle`, async () => {
      // Right after a page load the panel can miss the first input event and keep showing every row (of which
      // only those in view exist in the DOM); typing the filter again every few seconds gets it applied.
      if (Date.now() - typedAt > 3000) {
        await box.fill('');
        await box.fill(filter);
        typedAt = Date.now();
      }
      const rows = await panel.locator('.monaco-list-row').evaluateAll((els) =>
        els.filter((el) => !el.querySelector('.file-icon, .monaco-icon-label.file-icon')).map((el) => el.innerText.replace(/\s+/g, ' ').trim()));
      const text = (await panel.innerText()).replace(/\s+/g, ' ');
      return settled(rows, text) ? rows : null;
    }, { timeoutMs });
  } finally {
    if (!keepFilter) await box.fill('');
  }
}

const PROBLEMS_FILTER = '.part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input';

/** Empties the Problems filter box (after problemsMatching with keepFilter). */
export async function clearProblemsFilter(page) {
  const box = page.locator(PROBLEMS_FILTER).first();
  if (await box.isVisible()) await box.fill('');
}

/** Closes the bottom panel (Problems) if it is open. */
export async function closePanel(page) {
  const panel = page.locator('.part.panel');
  if (await panel.isVisible()) {
    await page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }
}

/**
 * Makes the editor tab whose label contains `name` the active one (a file opened from the URL is usually active
 * already, but a reload restores the editors of the previous test file too), and waits until it is.
 */
export async function activateEditor(page, name) {
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  await tab.waitFor({ state: 'visible', timeout: 10_000 });
  const active = page.locator('.editor-group-container.active .tab.active', { hasText: name });
  await waitFor(`the editor of ${name} to be active`, async () => {
    if (await active.count()) return true;
    await tab.click();
    return false;
  }, { timeoutMs: 10_000 });
}
