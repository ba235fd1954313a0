/**
 * Folding for redis.conf: each `#### SECTION ####` banner folds down to the last non-blank line
 * before the next banner, and runs of two or more comment lines fold as comments (the stock file
 * explains every directive in such a block). ACL files have neither, so they get no ranges.
 */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { ConfigLine, parseConfig } from '../parse/document';
import type { LanguageId } from '../service';

export function computeFoldingRanges(text: string, languageId: LanguageId): FoldingRange[] {
  if (languageId === 'redis-acl') return [];
  const { lines } = parseConfig(text);
  return [...sectionRanges(lines), ...commentRuns(lines)].sort((a, b) => a.startLine - b.startLine);
}

function sectionRanges(lines: ConfigLine[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const banners = lines.filter(l => l.banner !== undefined).map(l => l.line);
  banners.forEach((start, i) => {
    let end = (i + 1 < banners.length ? banners[i + 1] : lines.length) - 1;
    while (end > start && lines[end].kind === 'blank') end--;
    if (end > start) ranges.push(FoldingRange.create(start, end));
  });
  return ranges;
}

function commentRuns(lines: ConfigLine[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  let runStart = -1;
  const flush = (endExclusive: number) => {
    if (runStart >= 0 && endExclusive - runStart >= 2) {
      ranges.push(FoldingRange.create(runStart, endExclusive - 1, undefined, undefined, FoldingRangeKind.Comment));
    }
    runStart = -1;
  };
  for (const line of lines) {
    // A banner starts a section range already; two ranges on one start line would collide.
    const isPlainComment = line.kind === 'comment' && line.banner === undefined;
    if (isPlainComment && runStart < 0) runStart = line.line;
    if (!isPlainComment) flush(line.line);
  }
  flush(lines.length);
  return ranges;
}
