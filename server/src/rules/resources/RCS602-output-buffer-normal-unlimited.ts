/**
 * RCS602 output-buffer-normal-unlimited — ordinary clients have no output-buffer limit by
 * default, so one client that asks for huge replies and reads slowly can make the server hold
 * them all in memory. On lines without the CVE-2025-21605 fix even unauthenticated clients can
 * grow that buffer with error replies.
 */
import type { Rule, RuleSeverity } from '../types';
import { anchorRange, insertLinesAfter, insertionLine } from '../edits';
import type { SecurityModel } from '../model';
import type { TargetId } from '../../catalog/types';
import { outputBufferLimits, rewriteGroups } from './outputBuffers';

const SUGGESTED = '256mb 64mb 60';

/** The first release of each Redis line with the CVE-2025-21605 fix; null for lines that never got it. */
const FIXED_IN: Partial<Record<TargetId, string | null>> = {
  'redis-6.0': null,
  'redis-6.2': '6.2.18',
  'redis-7.0': null,
  'redis-7.2': '7.2.8',
  'redis-7.4': '7.4.3',
};

/** What the CVE means for this target, in a sentence (empty when the target line is fixed from the start). */
function cveNote(model: SecurityModel, exposed: boolean): { note: string; unpatched: boolean } {
  const t = model.target;
  if (t.product === 'valkey') return { note: ' Builds without the fix for CVE-2025-21605 also let clients that have not logged in grow it.', unpatched: false };
  const fixed = FIXED_IN[t.id];
  if (fixed === undefined) return { note: '', unpatched: false };
  if (fixed === null) {
    const where = exposed ? ', and this instance listens beyond loopback' : '';
    return { note: ` ${t.label} never got the fix for CVE-2025-21605${where}: clients that have not even logged in can grow the buffer.`, unpatched: true };
  }
  return { note: ` Before ${fixed}, clients that have not logged in can grow it too (CVE-2025-21605).`, unpatched: false };
}

export const outputBufferNormalUnlimited: Rule = {
  id: 'RCS602',
  name: 'output-buffer-normal-unlimited',
  severity: 'info',
  summary: 'Normal clients have no output-buffer limit (client-output-buffer-limit normal 0 0 0).',
  appliesTo: ['config'],
  check(model, ctx) {
    const normal = outputBufferLimits(model).get('normal');
    if (!normal?.unlimited) return [];
    const { note, unpatched } = cveNote(model, ctx.exposure.beyondLoopback);
    const severity: RuleSeverity | undefined = unpatched && ctx.exposure.beyondLoopback ? 'warning' : undefined;
    const edit =
      normal.setting && normal.group !== undefined
        ? rewriteGroups(normal.setting, new Map([[normal.group, SUGGESTED]]))
        : insertLinesAfter(model, insertionLine(model, 'ADVANCED CONFIG'), [`client-output-buffer-limit normal ${SUGGESTED}`]);
    return [
      {
        range: normal.setting?.range ?? anchorRange(model),
        message: `Normal clients have no output-buffer limit${normal.setting ? '' : ' (the default)'}: a client that requests large replies and reads them slowly makes the server keep them all in memory.${note} A limit such as "normal ${SUGGESTED}" disconnects such clients; check that no legitimate client needs larger replies.`,
        severity,
        fixes: edit ? [{ title: `Limit normal clients: client-output-buffer-limit normal ${SUGGESTED} (clients with larger replies get disconnected)`, edits: [edit], safe: false }] : [],
      },
    ];
  },
};
