/**
 * Reads `client-output-buffer-limit`: every line, every class on it (7.0+ lines may carry several
 * `class hard soft seconds` groups), last value per class wins, defaults for classes never set.
 * Kept apart so RCS602 and RCS603 read the limits the same way.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { replaceValues } from '../edits';
import type { SecurityModel, SettingValue } from '../model';
import { memtoull } from '../../validate/numbers';

export type BufferClass = 'normal' | 'replica' | 'pubsub';

/** The server's built-in limits (hard, soft, soft seconds). */
export const DEFAULT_LIMITS: Record<BufferClass, string> = {
  normal: '0 0 0',
  replica: '256mb 64mb 60',
  pubsub: '32mb 8mb 60',
};

export interface ClassLimit {
  cls: BufferClass;
  /** The class name as written (`slave` for the replica class, say). */
  written: string;
  unlimited: boolean;
  /** The line that set it; absent when the default applies. */
  setting?: SettingValue;
  /** Index of the `class hard soft seconds` group on that line. */
  group?: number;
}

function classOf(name: string): BufferClass | undefined {
  const n = name.toLowerCase();
  if (n === 'normal' || n === 'pubsub') return n;
  if (n === 'replica' || n === 'slave') return 'replica';
  return undefined;
}

/** The limits in force for the three classes the server accepts. */
export function outputBufferLimits(model: SecurityModel): Map<BufferClass, ClassLimit> {
  const out = new Map<BufferClass, ClassLimit>();
  for (const cls of ['normal', 'replica', 'pubsub'] as const) out.set(cls, { cls, written: cls, unlimited: cls === 'normal' });
  const several = model.catalog.directives['client-output-buffer-limit']?.multiArg ?? false;
  for (const setting of model.occurrences.get('client-output-buffer-limit') ?? []) {
    const v = setting.values;
    // The server refuses the whole line when the groups are incomplete or a value is bad.
    if (v.length === 0 || v.length % 4 !== 0 || (!several && v.length !== 4)) continue;
    const groups: ClassLimit[] = [];
    let valid = true;
    for (let g = 0; g < v.length / 4; g++) {
      const cls = classOf(v[g * 4]);
      const hard = memtoull(v[g * 4 + 1]);
      const soft = memtoull(v[g * 4 + 2]);
      if (!cls || hard === undefined || soft === undefined) {
        valid = false;
        break;
      }
      groups.push({ cls, written: v[g * 4], unlimited: hard === 0n && soft === 0n, setting, group: g });
    }
    if (valid) for (const l of groups) out.set(l.cls, l);
  }
  return out;
}

/** Rewrites the limits of some groups of one line; the class names stay as written. */
export function rewriteGroups(setting: SettingValue, limits: Map<number, string>): TextEdit | undefined {
  if (!setting.directive) return undefined;
  const v = [...setting.values];
  for (const [g, value] of limits) v.splice(g * 4 + 1, 3, ...value.split(' '));
  return replaceValues(setting.directive, v.join(' '));
}
