/**
 * Which of the two languages a document is. Editors other than VS Code often send their own
 * language ids (`conf`, `redis`, or none), so the file name decides whenever the id is not ours.
 */
import { LanguageId, languageFromPath } from './service';

export function isLanguageId(value: unknown): value is LanguageId {
  return value === 'redis-conf' || value === 'redis-acl';
}

export function documentLanguage(languageId: string | undefined, pathOrUri: string): LanguageId {
  return isLanguageId(languageId) ? languageId : languageFromPath(pathOrUri);
}
