/** The network exposure rules (RCS0xx), in id order. */
import type { Rule } from '../types';
import { bindAllInterfaces } from './RCS001-bind-all-interfaces';

export const RULES: Rule[] = [bindAllInterfaces];
