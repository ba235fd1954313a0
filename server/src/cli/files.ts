/**
 * Turns the command-line inputs (files, folders, glob patterns) into the list of files to check.
 * Folders and globs are walked without following hidden folders or node_modules.
 */
import { readdirSync, statSync } from 'node:fs';
import { globBase, globToRegExp, hasGlob } from './glob';

/** What a folder contributes: the file types the tool understands. */
export const CHECKED_EXTENSIONS = /\.(conf|acl)$/i;

export interface ExpandResult {
  files: string[];
  /** One message per input that could not be used. */
  problems: string[];
}

function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Every file below `dir`, as `dir/sub/file` paths with `/` separators, sorted. */
function walk(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // unreadable folders below the one asked for are skipped
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`;
      const kind = entry.isSymbolicLink() ? kindOf(path) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'dir') {
        if (!isSkippedFolder(entry.name)) visit(path);
      } else if (kind === 'file') {
        found.push(path);
      }
    }
  };
  visit(dir);
  return found;
}

export function expandInputs(inputs: readonly string[]): ExpandResult {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };

  for (const input of inputs) {
    const pattern = input.replace(/\\/g, '/');
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      walk(pattern).filter(f => CHECKED_EXTENSIONS.test(f)).forEach(add);
    } else if (stat) {
      add(input); // named explicitly: checked whatever its extension
    } else if (hasGlob(pattern)) {
      const base = globBase(pattern);
      const matcher = globToRegExp(pattern.startsWith('./') ? pattern.slice(2) : pattern);
      const matches = walk(base).filter(f => matcher.test(f));
      if (matches.length === 0) problems.push(`no files match '${input}'`);
      matches.forEach(add);
    } else {
      problems.push(`cannot read '${input}': no such file or directory`);
    }
  }
  return { files, problems };
}

/** Follows a symbolic link; links that point nowhere count as neither. */
function kindOf(path: string): 'dir' | 'file' | 'other' {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}
