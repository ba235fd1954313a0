/** The authentication rules (RCS1xx), in id order. RCS107 needs file permissions and is not here. */
import type { Rule } from '../types';
import { noAuthentication } from './RCS101-no-authentication';
import { weakPassword } from './RCS102-weak-password';
import { requirepassIgnoredWithAclfile } from './RCS103-requirepass-ignored-with-aclfile';
import { requirepassVsUserDefaultConflict } from './RCS104-requirepass-vs-user-default-conflict';
import { masteruserWithoutMasterauth } from './RCS105-masteruser-without-masterauth';
import { masterauthUsesDefaultUser } from './RCS106-masterauth-uses-default-user';

export const RULES: Rule[] = [
  noAuthentication,
  weakPassword,
  requirepassIgnoredWithAclfile,
  requirepassVsUserDefaultConflict,
  masteruserWithoutMasterauth,
  masterauthUsesDefaultUser,
];
