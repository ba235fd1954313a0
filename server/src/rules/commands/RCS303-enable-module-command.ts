/**
 * RCS303 enable-module-command — MODULE LOAD runs native code inside the server. It is the last
 * step of the rogue-master attack: make the server a replica of a host you control, ship a shared
 * library as the "dump", then load it as a module and run shell commands.
 */
import { enableSwitchRule } from './enableSwitch';

export const enableModuleCommand = enableSwitchRule({
  id: 'RCS303',
  name: 'enable-module-command',
  directive: 'enable-module-command',
  summary: 'MODULE LOAD/UNLOAD may be used at runtime.',
  risk: 'MODULE LOAD runs native code inside the server, the last step of the rogue-master attack',
});
