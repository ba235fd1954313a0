/**
 * RCS301 enable-protected-configs — lets clients change protected settings such as `dir` and
 * `dbfilename` at runtime. Those two are how an attacker with CONFIG turns a Redis dump into an
 * SSH key, a cron job or a web shell on the host.
 */
import { enableSwitchRule } from './enableSwitch';

export const enableProtectedConfigs = enableSwitchRule({
  id: 'RCS301',
  name: 'enable-protected-configs',
  directive: 'enable-protected-configs',
  summary: 'CONFIG SET may change protected settings such as dir and dbfilename.',
  risk: 'CONFIG SET may change dir and dbfilename, which is how a dump gets written as an SSH key, a cron job or a web page',
});
