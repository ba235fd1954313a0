/**
 * RCS501 dir-sensitive-path — the data directory sits where a dump file can do harm: an SSH key
 * directory, the cron spool, /etc, a web root, a library directory, or a world-writable /tmp.
 * The well-known takeover writes `authorized_keys` or a crontab through `dir` + `dbfilename`;
 * logs, pid files and sockets in /tmp are open to symlink tricks and to other local users.
 */
import type { Finding, Fix, Rule } from '../types';
import { replaceValues } from '../edits';
import type { SecurityModel, SettingValue } from '../model';
import { baseName, sensitiveDirReason, worldWritableParent } from './paths';

const SAFE_DIR = '/var/lib/redis';

/** Files the server creates at startup, and the directory a fix moves each one to. */
const TEMP_FILES: Array<{ name: string; what: string; home: string; note: string }> = [
  { name: 'logfile', what: 'the log', home: '/var/log/redis', note: 'another local user can read it or pre-create a symlink the server then appends to' },
  { name: 'pidfile', what: 'the pid file', home: '/run/redis', note: 'another local user can replace it, or pre-create a symlink the server then overwrites' },
  { name: 'unixsocket', what: 'the Unix socket', home: '/run/redis', note: 'another local user can race the server for the path or reach the socket' },
];

function moveFix(setting: SettingValue, target: string, title: string): Fix[] {
  return setting.directive ? [{ title, edits: [replaceValues(setting.directive, target)], safe: false }] : [];
}

function dirFinding(model: SecurityModel): Finding[] {
  const setting = model.settings.get('dir');
  const path = setting?.values[0];
  if (!setting?.range || !path) return [];
  const why = sensitiveDirReason(path);
  if (!why) return [];
  return [
    {
      range: setting.range,
      message: `dir ${path} puts the data directory in ${why}. The server writes its dump and AOF files there, so anyone allowed CONFIG SET dbfilename can create a file of any name in it. Use a directory of its own, owned by the service user, such as ${SAFE_DIR}.`,
      fixes: moveFix(setting, SAFE_DIR, `Use ${SAFE_DIR} as the data directory (move the existing dump and AOF files there first)`),
    },
  ];
}

function tempFileFindings(model: SecurityModel): Finding[] {
  const findings: Finding[] = [];
  for (const f of TEMP_FILES) {
    const setting = model.settings.get(f.name);
    const path = setting?.values[0];
    if (!setting?.range || !path) continue;
    const tmp = worldWritableParent(path);
    if (!tmp) continue;
    const target = `${f.home}/${baseName(path) || f.name}`;
    findings.push({
      range: setting.range,
      message: `${f.name} ${path} places ${f.what} in ${tmp}, which every local user may write to: ${f.note}. Move it to a directory owned by the service user, such as ${f.home}.`,
      severity: 'warning',
      fixes: moveFix(setting, target, `Move ${f.what} to ${target} (the directory must exist and be writable by the service user${f.name === 'unixsocket' ? '; clients must use the new path' : ''})`),
    });
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line);
}

export const dirSensitivePath: Rule = {
  id: 'RCS501',
  name: 'dir-sensitive-path',
  severity: 'error',
  summary: 'The data directory (or the log, pid file or socket) lies in a sensitive or world-writable place.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    // Sentinel writes no dump, and its stock file uses `dir /tmp`: only its files are judged.
    return [...(model.kind === 'config' ? dirFinding(model) : []), ...tempFileFindings(model)];
  },
};
