/**
 * RCS302 enable-debug-command — the DEBUG command can crash the server on purpose, stall it, or
 * reload and reshape its data. Nothing an application needs; from 7.0 it is off unless enabled.
 */
import { enableSwitchRule } from './enableSwitch';

export const enableDebugCommand = enableSwitchRule({
  id: 'RCS302',
  name: 'enable-debug-command',
  directive: 'enable-debug-command',
  summary: 'The DEBUG command is enabled.',
  risk: 'DEBUG can crash the server (DEBUG SEGFAULT), freeze it (DEBUG SLEEP) or reload and alter its data',
});
