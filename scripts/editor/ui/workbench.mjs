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
  return page.evaluate((w) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      if (!text.startsWith(w + ' ')) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, word);
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
