/** The version rules, in id order. */
import type { Rule } from '../types';
import { unsupportedVersion } from './RCS801-unsupported-version';
import { knownCve } from './RCS802-known-cve';

export const RULES: Rule[] = [unsupportedVersion, knownCve];
