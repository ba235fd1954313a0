/** The TLS rules (RCS4xx), in id order. */
import type { Rule } from '../types';
import { noTls } from './RCS401-no-tls';
import { tlsFilesMissing } from './RCS402-tls-files-missing';
import { tlsAuthClientsOff } from './RCS404-tls-auth-clients-off';
import { legacyTlsProtocol } from './RCS405-legacy-tls-protocol';
import { weakTlsCiphers } from './RCS406-weak-tls-ciphers';
import { tlsPreferClientCiphers } from './RCS407-tls-prefer-client-ciphers';
import { replicationPlaintext } from './RCS408-replication-plaintext';
import { clusterBusPlaintext } from './RCS409-cluster-bus-plaintext';

export const RULES: Rule[] = [noTls, tlsFilesMissing, tlsAuthClientsOff, legacyTlsProtocol, weakTlsCiphers, tlsPreferClientCiphers, replicationPlaintext, clusterBusPlaintext];
