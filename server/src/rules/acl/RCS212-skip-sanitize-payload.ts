/**
 * RCS212 skip-sanitize-payload — RESTORE payloads that nobody checks. A crafted DUMP payload can
 * corrupt memory (CVE-2026-25243/25588/25589), so either a user's `skip-sanitize-payload` flag or
 * `sanitize-dump-payload no` together with users who can RESTORE leaves that door open.
 */
import { canRun } from '../aclEval';
import { setDirective } from '../edits';
import type { Finding, Rule } from '../types';
import { activeUsers, declaredUsers, lastRule, removeRule, who } from './aclUsers';

export const skipSanitizePayload: Rule = {
  id: 'RCS212',
  name: 'skip-sanitize-payload',
  severity: 'warning',
  summary: 'RESTORE payloads are not checked: skip-sanitize-payload, or sanitize-dump-payload no while users can RESTORE.',
  appliesTo: ['config', 'acl'],
  check(model) {
    if (!model.catalog.acl.keywords.includes('skip-sanitize-payload')) return [];
    const findings: Finding[] = [];
    const setting = (model.value('sanitize-dump-payload') ?? 'no').toLowerCase();
    // With "yes" every payload is checked and the flag has no effect; with "no" nothing is
    // checked anyway, which the setting finding below covers.
    if (model.kind === 'acl' || setting === 'clients') {
      for (const user of declaredUsers(model)) {
        if (!user.effective.skipSanitizePayload) continue;
        const flag = lastRule(user, 'skip-sanitize-payload');
        if (!flag?.range) continue;
        const edit = removeRule(user, flag);
        const when = model.kind === 'acl' ? ' when sanitize-dump-payload is "clients"' : '';
        findings.push({
          range: flag.range,
          message: `${who(user)} has skip-sanitize-payload: RESTORE payloads it sends are not checked${when}, and a crafted payload can corrupt memory. Remove the flag unless the user is a trusted migration tool.`,
          fixes: edit ? [{ title: 'Remove skip-sanitize-payload', edits: [edit], safe: true }] : [],
        });
      }
    }
    const line = model.settings.get('sanitize-dump-payload');
    if (model.kind === 'config' && line?.range && setting === 'no') {
      const restorers = activeUsers(model).filter((u) => u.effective.enabled && canRun(u.effective, 'restore'));
      if (restorers.length) {
        const names = restorers.map((u) => (u.name === 'default' ? 'the default user' : `"${u.name}"`)).join(', ');
        findings.push({
          range: line.range,
          message: `sanitize-dump-payload no: RESTORE payloads are never checked, and ${names} can run RESTORE. A crafted payload can corrupt memory; use "yes" (or "clients" to check only client connections).`,
          fixes: [
            { title: 'Check every RESTORE payload: sanitize-dump-payload yes', edits: [setDirective(model, 'sanitize-dump-payload', 'yes')], safe: false, preferred: true },
            { title: 'Check payloads from clients: sanitize-dump-payload clients', edits: [setDirective(model, 'sanitize-dump-payload', 'clients')], safe: false },
          ],
        });
      }
    }
    return findings;
  },
};
