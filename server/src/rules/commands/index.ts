/**
 * The command-hardening rules (RCS3xx), in id order. RCS308 (Sentinel renames) needs redis.conf
 * and sentinel.conf side by side and is not here.
 */
import type { Rule } from '../types';
import { enableProtectedConfigs } from './RCS301-enable-protected-configs';
import { enableDebugCommand } from './RCS302-enable-debug-command';
import { enableModuleCommand } from './RCS303-enable-module-command';
import { pre7NoBuiltinProtection } from './RCS304-pre7-no-builtin-protection';
import { renameCommandDeprecated } from './RCS305-rename-command-deprecated';
import { renameCommandReplicationHazard } from './RCS306-rename-command-replication-hazard';
import { renameCommandGuessable } from './RCS307-rename-command-guessable';
import { dangerousCommandsUnprotected } from './RCS309-dangerous-commands-unprotected';
import { loadmoduleUntrustedPath } from './RCS310-loadmodule-untrusted-path';

export const RULES: Rule[] = [
  enableProtectedConfigs,
  enableDebugCommand,
  enableModuleCommand,
  pre7NoBuiltinProtection,
  renameCommandDeprecated,
  renameCommandReplicationHazard,
  renameCommandGuessable,
  dangerousCommandsUnprotected,
  loadmoduleUntrustedPath,
];
