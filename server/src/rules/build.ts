/** Builds the security model of a document from its text. */
import { getCatalog } from '../catalog';
import { getCommandTable } from '../catalog/commands/commands';
import type { TargetId } from '../catalog/types';
import { parseConfig } from '../parse/document';
import { aclModel, configModel, SecurityModel } from './model';

export interface ModelSource {
  text: string;
  /** 'redis-acl' for ACL files. */
  languageId: 'redis-conf' | 'redis-acl';
  sentinel: boolean;
  target: TargetId;
  uri?: string;
}

export function buildModel(src: ModelSource): SecurityModel {
  const catalog = getCatalog(src.target);
  const commands = getCommandTable(src.target);
  if (src.languageId === 'redis-acl') return aclModel(src.text, catalog, commands, src.uri);
  return configModel(parseConfig(src.text), catalog, commands, src.text, src.sentinel ? 'sentinel' : 'config', src.uri);
}
