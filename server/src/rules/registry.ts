/** Every security rule, by area (folder), in id order. */
import type { Rule } from './types';
import { RULES as network } from './network';
import { RULES as auth } from './auth';
import { RULES as acl } from './acl';
import { RULES as commands } from './commands';
import { RULES as tls } from './tls';
import { RULES as files } from './files';
import { RULES as resources } from './resources';
import { RULES as replication } from './replication';
import { RULES as version } from './version';

export const ALL_RULES: Rule[] = [...network, ...auth, ...acl, ...commands, ...tls, ...files, ...resources, ...replication, ...version];

export function findRule(idOrName: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
