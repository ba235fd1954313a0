/**
 * RCS505 logs-discarded — `daemonize yes` with no log file and syslog off: a daemonised server
 * sends its standard output to /dev/null, so warnings about attacks, failed starts and
 * replication trouble vanish. Keep the log somewhere.
 */
import type { Fix, Rule } from '../types';
import { setDirective } from '../edits';

const LOGFILE = '/var/log/redis/redis.log';

export const logsDiscarded: Rule = {
  id: 'RCS505',
  name: 'logs-discarded',
  severity: 'warning',
  summary: 'The server daemonises with no log file and no syslog: every log line is lost.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const daemonize = model.settings.get('daemonize');
    if (!daemonize?.range || (daemonize.values[0] ?? '').toLowerCase() !== 'yes') return [];
    if ((model.value('logfile') ?? '') !== '') return [];
    if ((model.value('syslog-enabled') ?? 'no').toLowerCase() === 'yes') return [];
    const fixes: Fix[] = [
      { title: 'Send the log to syslog: syslog-enabled yes', edits: [setDirective(model, 'syslog-enabled', 'yes', 'GENERAL')], safe: true, preferred: true },
      {
        title: `Write the log to ${LOGFILE} (the directory must exist and be writable, or the server will not start)`,
        edits: [setDirective(model, 'logfile', LOGFILE, 'GENERAL')],
        safe: false,
      },
    ];
    return [
      {
        range: daemonize.range,
        message: 'daemonize yes with logfile "" and syslog off: a daemonised server writes its log to /dev/null, so security warnings and start-up errors are lost. Set a logfile or syslog-enabled yes.',
        fixes,
      },
    ];
  },
};
