/**
 * Stable ids of the validity diagnostics (RCV = "Redis Config Validity"). Each has a page in
 * docs/rules/<id>.md. Ids are never reused or renumbered.
 */
export const RCV = {
  unbalancedQuotes: 'RCV001',
  unknownDirective: 'RCV002',
  wrongArgumentCount: 'RCV003',
  notYesNo: 'RCV004',
  notInEnum: 'RCV005',
  notAnInteger: 'RCV006',
  notAMemoryValue: 'RCV007',
  badPercent: 'RCV008',
  notOctal: 'RCV009',
  outOfRange: 'RCV010',
  badSave: 'RCV011',
  badBind: 'RCV012',
  badReplicaof: 'RCV013',
  badClientOutputBufferLimit: 'RCV014',
  badOomScoreAdjValues: 'RCV015',
  badNotifyKeyspaceEvents: 'RCV016',
  badRenameCommand: 'RCV017',
  badAclRule: 'RCV018',
  aclfileWithUsers: 'RCV019',
  sentinelMisplaced: 'RCV020',
  badStringValue: 'RCV021',
  moduleConfigWithoutModule: 'RCV022',
  duplicateUser: 'RCV023',
  badAclFileLine: 'RCV024',
  replicaofInCluster: 'RCV025',
  badLatencyPercentiles: 'RCV026',
  badSentinelDirective: 'RCV027',
  badShutdownFlags: 'RCV028',
  deprecatedName: 'RCV050',
  duplicateDirective: 'RCV051',
  buildDependent: 'RCV052',
  ignoredDirective: 'RCV053',
} as const;

export type RcvCode = (typeof RCV)[keyof typeof RCV];

/** Where a diagnostic's documentation lives (shown as the rule link in the Problems panel). */
export const RULES_DOCS_BASE = 'https://github.com/redis-conf-tools/redis-conf/blob/main/docs/rules/';

export function ruleHref(code: string): string {
  return `${RULES_DOCS_BASE}${code}.md`;
}
