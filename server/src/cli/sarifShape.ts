/**
 * Test support: the SARIF 2.1.0 schema constraints our output touches, plus the extra ones
 * GitHub code scanning enforces on upload, as a check that lists every violation. There is no
 * schema validator among the dependencies (and no network in the tests), so the rules are
 * written out here; the key lists are the schema's `properties` of each object, which all
 * forbid other keys.
 */

const KEYS: Record<string, readonly string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
    'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
    'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
    'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
    'specialLocations', 'properties'],
  tool: ['driver', 'extensions', 'properties'],
  toolComponent: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription',
    'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri',
    'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive',
    'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent',
    'translationMetadata', 'supportedTaxonomies', 'properties'],
  reportingDescriptor: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription',
    'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  multiformatMessageString: ['text', 'markdown', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid',
    'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs',
    'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri',
    'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength',
    'snippet', 'message', 'sourceLanguage', 'properties'],
};

const LEVELS = ['none', 'note', 'warning', 'error'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every way `log` breaks the constraints; empty when it is fine. */
export function sarifShapeProblems(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const object = (v: unknown, kind: string, where: string): v is Json => {
    if (!isObject(v)) {
      fail(where, `not an object (${kind})`);
      return false;
    }
    for (const key of Object.keys(v)) if (!KEYS[kind].includes(key)) fail(where, `${kind} has no property '${key}'`);
    return true;
  };
  const text = (v: unknown, where: string) => {
    if (object(v, 'multiformatMessageString', where) && (typeof v.text !== 'string' || v.text === '')) fail(where, 'text missing');
  };
  const uri = (v: unknown, where: string) => {
    if (typeof v !== 'string' || !/^https?:\/\/[^\s]+$/.test(v)) fail(where, `not an absolute http(s) URI: ${String(v)}`);
  };
  const positive = (v: unknown, where: string) => {
    if (!Number.isInteger(v) || (v as number) < 1) fail(where, `not an integer >= 1: ${String(v)}`);
  };

  if (!object(log, 'log', '$')) return problems;
  if (log.version !== '2.1.0') fail('$.version', 'must be "2.1.0"');
  if (log.$schema !== 'https://json.schemastore.org/sarif-2.1.0.json') fail('$.$schema', 'unexpected schema URI');
  if (!Array.isArray(log.runs) || log.runs.length === 0) return [...problems, '$.runs: not a non-empty array'];

  log.runs.forEach((run, r) => {
    const at = `$.runs[${r}]`;
    if (!object(run, 'run', at)) return;
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string)) fail(`${at}.columnKind`, 'bad value');
    if (!object(run.tool, 'tool', `${at}.tool`)) return;
    const driver = run.tool.driver;
    if (!object(driver, 'toolComponent', `${at}.tool.driver`)) return;
    if (typeof driver.name !== 'string' || !driver.name) fail(`${at}.tool.driver.name`, 'missing');
    if (driver.informationUri !== undefined) uri(driver.informationUri, `${at}.tool.driver.informationUri`);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    const ids: string[] = [];
    rules.forEach((rule, i) => {
      const where = `${at}.tool.driver.rules[${i}]`;
      if (!object(rule, 'reportingDescriptor', where)) return;
      if (typeof rule.id !== 'string' || !rule.id) fail(where, 'id missing');
      ids.push(rule.id as string);
      if (rule.shortDescription !== undefined) text(rule.shortDescription, `${where}.shortDescription`);
      if (rule.fullDescription !== undefined) text(rule.fullDescription, `${where}.fullDescription`);
      if (rule.help !== undefined) text(rule.help, `${where}.help`);
      if (rule.helpUri !== undefined) uri(rule.helpUri, `${where}.helpUri`);
      const config = rule.defaultConfiguration;
      if (config !== undefined && object(config, 'reportingConfiguration', `${where}.defaultConfiguration`)) {
        if (config.level !== undefined && !LEVELS.includes(config.level as string)) fail(`${where}.defaultConfiguration.level`, 'bad level');
      }
      const props = rule.properties;
      if (props !== undefined) {
        if (!isObject(props)) fail(`${where}.properties`, 'not an object');
        else {
          const tags = props.tags;
          if (tags !== undefined && (!Array.isArray(tags) || new Set(tags).size !== tags.length || tags.some((t) => typeof t !== 'string'))) {
            fail(`${where}.properties.tags`, 'not distinct strings');
          }
          // GitHub: a number from 0.0 to 10.0, written as a string.
          const sev = props['security-severity'];
          if (sev !== undefined && (typeof sev !== 'string' || !(Number(sev) >= 0 && Number(sev) <= 10))) fail(`${where}.properties.security-severity`, 'not "0.0".."10.0"');
        }
      }
    });
    if (new Set(ids).size !== ids.length) fail(`${at}.tool.driver.rules`, 'rule ids are not unique');

    const results = run.results;
    if (results === undefined) return;
    if (!Array.isArray(results)) return void fail(`${at}.results`, 'not an array');
    results.forEach((result, i) => {
      const where = `${at}.results[${i}]`;
      if (!object(result, 'result', where)) return;
      if (!object(result.message, 'message', `${where}.message`) || typeof result.message.text !== 'string' || !result.message.text) fail(`${where}.message`, 'text missing');
      // GitHub needs the rule id; the index, when given, must point at the same rule.
      if (typeof result.ruleId !== 'string' || !ids.includes(result.ruleId)) fail(`${where}.ruleId`, `not among driver.rules: ${String(result.ruleId)}`);
      if (result.ruleIndex !== undefined && ids[result.ruleIndex as number] !== result.ruleId) fail(`${where}.ruleIndex`, 'does not point at ruleId');
      if (result.level !== undefined && !LEVELS.includes(result.level as string)) fail(`${where}.level`, `bad level ${String(result.level)}`);
      if (!Array.isArray(result.locations) || result.locations.length === 0) return void fail(`${where}.locations`, 'missing');
      result.locations.forEach((location, l) => {
        const lw = `${where}.locations[${l}]`;
        if (!object(location, 'location', lw)) return;
        const physical = location.physicalLocation;
        if (!object(physical, 'physicalLocation', `${lw}.physicalLocation`)) return;
        const artifact = physical.artifactLocation;
        if (object(artifact, 'artifactLocation', `${lw}.physicalLocation.artifactLocation`)) {
          const u = artifact.uri;
          if (typeof u !== 'string' || !u) fail(`${lw}.artifactLocation.uri`, 'missing');
          else if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('/') || u.includes('\\')) fail(`${lw}.artifactLocation.uri`, `not a relative path: ${u}`);
          else if (/\s|%(?![0-9A-F]{2})/i.test(u)) fail(`${lw}.artifactLocation.uri`, `not a URI reference: ${u}`);
          if (artifact.uriBaseId !== '%SRCROOT%') fail(`${lw}.artifactLocation.uriBaseId`, 'not %SRCROOT%');
        }
        const region = physical.region;
        if (object(region, 'region', `${lw}.physicalLocation.region`)) {
          positive(region.startLine, `${lw}.region.startLine`);
          for (const key of ['startColumn', 'endLine', 'endColumn'] as const) if (region[key] !== undefined) positive(region[key], `${lw}.region.${key}`);
          const sl = region.startLine as number, el = (region.endLine ?? sl) as number;
          const sc = (region.startColumn ?? 1) as number, ec = (region.endColumn ?? sc) as number;
          if (el < sl || (el === sl && ec < sc)) fail(`${lw}.region`, 'ends before it starts');
        }
      });
    });
  });
  return problems;
}
