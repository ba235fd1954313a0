/** The acl rules, in id order. */
import type { Rule } from '../types';
import { defaultUserNopass } from './RCS201-default-user-nopass';
import { userNopass } from './RCS202-user-nopass';
import { overprivilegedUser } from './RCS203-overprivileged-user';
import { dangerousCommandsGranted } from './RCS204-dangerous-commands-granted';
import { scriptingGranted } from './RCS205-scripting-granted';
import { aclRuleOrderNegationLost } from './RCS206-acl-rule-order-negation-lost';
import { plaintextAclPassword } from './RCS207-plaintext-acl-password';
import { skipSanitizePayload } from './RCS212-skip-sanitize-payload';
import { aclPubsubAllchannels } from './RCS213-acl-pubsub-allchannels';
import { userUnusable } from './RCS214-user-unusable';
import { deprecatedFirstArgRule } from './RCS215-deprecated-first-arg-rule';
import { oversizedAclPattern } from './RCS217-oversized-acl-pattern';
import { acllogDisabled } from './RCS218-acllog-disabled';

export const RULES: Rule[] = [
  defaultUserNopass,
  userNopass,
  overprivilegedUser,
  dangerousCommandsGranted,
  scriptingGranted,
  aclRuleOrderNegationLost,
  plaintextAclPassword,
  skipSanitizePayload,
  aclPubsubAllchannels,
  userUnusable,
  deprecatedFirstArgRule,
  oversizedAclPattern,
  acllogDisabled,
];
