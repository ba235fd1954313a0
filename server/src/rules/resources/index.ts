/** The resources rules, in id order. */
import type { Rule } from '../types';

export const RULES: Rule[] = [];
