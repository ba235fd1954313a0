/**
 * RCS603 output-buffer-pubsub-replica-unlimited — `pubsub 0 0 0` or `replica 0 0 0` removes the
 * limits that protect the server from a slow subscriber or a stalled replica: every message
 * waiting for them stays in memory, without bound.
 */
import type { Finding, Rule } from '../types';
import type { SettingValue } from '../model';
import { BufferClass, ClassLimit, DEFAULT_LIMITS, outputBufferLimits, rewriteGroups } from './outputBuffers';

const WHO: Record<BufferClass, string> = { normal: 'normal clients', replica: 'replicas', pubsub: 'Pub/Sub subscribers' };

export const outputBufferPubsubReplicaUnlimited: Rule = {
  id: 'RCS603',
  name: 'output-buffer-pubsub-replica-unlimited',
  severity: 'warning',
  summary: 'Replica or Pub/Sub clients have no output-buffer limit.',
  appliesTo: ['config'],
  check(model) {
    const limits = outputBufferLimits(model);
    // One finding per line, so one fix restores every class that line unbounds.
    const byLine = new Map<SettingValue, ClassLimit[]>();
    for (const cls of ['replica', 'pubsub'] as const) {
      const l = limits.get(cls);
      if (!l?.unlimited || !l.setting) continue;
      byLine.set(l.setting, [...(byLine.get(l.setting) ?? []), l]);
    }
    const findings: Finding[] = [];
    for (const [setting, classes] of byLine) {
      if (!setting.range) continue;
      const names = classes.map((c) => WHO[c.cls]).join(' and ');
      const defaults = classes.map((c) => `${c.written} ${DEFAULT_LIMITS[c.cls]}`).join(', ');
      const edit = rewriteGroups(setting, new Map(classes.map((c) => [c.group!, DEFAULT_LIMITS[c.cls]])));
      findings.push({
        range: setting.range,
        message: `client-output-buffer-limit leaves ${names} without a limit: a slow or stalled reader makes the server queue its data in memory without bound. Restore the defaults (${defaults}) or set limits that fit your traffic.`,
        fixes: edit ? [{ title: `Restore the default limits: ${defaults}`, edits: [edit], safe: false, preferred: true }] : [],
      });
    }
    return findings;
  },
};
