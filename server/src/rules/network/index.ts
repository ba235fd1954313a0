/** The network exposure rules (RCS0xx), in id order. */
import type { Rule } from '../types';
import { bindAllInterfaces } from './RCS001-bind-all-interfaces';
import { protectedModeDisabled } from './RCS002-protected-mode-disabled';
import { defaultPort } from './RCS003-default-port';
import { noListener } from './RCS004-no-listener';
import { plaintextPortAlongsideTls } from './RCS005-plaintext-port-alongside-tls';
import { unixsocketPermTooOpen } from './RCS006-unixsocket-perm-too-open';
import { unixsocketInSharedDir } from './RCS007-unixsocket-in-shared-dir';
import { clusterBusExposed } from './RCS008-cluster-bus-exposed';

export const RULES: Rule[] = [
  bindAllInterfaces,
  protectedModeDisabled,
  defaultPort,
  noListener,
  plaintextPortAlongsideTls,
  unixsocketPermTooOpen,
  unixsocketInSharedDir,
  clusterBusExposed,
];
