/** The files rules, in id order. */
import type { Rule } from '../types';
import { dirSensitivePath } from './RCS501-dir-sensitive-path';
import { dbfilenameSuspicious } from './RCS502-dbfilename-suspicious';
import { logsDiscarded } from './RCS505-logs-discarded';
import { loglevelNothing } from './RCS506-loglevel-nothing';
import { piiInLogs } from './RCS507-pii-in-logs';
import { includeOrdering } from './RCS509-include-ordering';

export const RULES: Rule[] = [dirSensitivePath, dbfilenameSuspicious, logsDiscarded, loglevelNothing, piiInLogs, includeOrdering];
