/**
 * Command-line parsing for redis-conf-lint. Pure: turns argv into options or a usage error, so
 * every rule can be tested without spawning a process.
 */
import { optionWords } from './optionWords';
import type { TargetId } from '../catalog/types';
import type { LanguageId } from '../service';
import { DEFAULT_SETTINGS, RuleLevel, isKnownTarget, targetIds } from '../settings';
import { isLanguageId } from '../documentLanguage';
import { DEFAULT_ADMIN_USERS } from '../rules/engine';
import { findSecurityRule, isValidityCode } from './rules';

export type OutputFormat = 'text' | 'json' | 'sarif';
/** The lowest level that makes the run fail; hints never do. */
export type FailLevel = 'error' | 'warning' | 'info';

export interface CliOptions {
  target: TargetId;
  format: OutputFormat;
  /** Forces the language of every file; otherwise it follows the file name. */
  language?: LanguageId;
  failOn: FailLevel;
  /** Show only findings at or above `failOn`; print nothing when there are none. */
  quiet: boolean;
  /** Run the RCS rules; without them only what the server would reject is reported. */
  security: boolean;
  /** Severity overrides keyed by RCS id (names are turned into ids here). */
  rules: Record<string, RuleLevel>;
  /** Users that may hold admin rights; undefined keeps the engine's default. */
  adminUsers?: string[];
  /** Honour `# redis-conf-lint: ignore` comments. */
  inlineIgnores: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'info'];
const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info', 'hint'];
const VALUE_OPTIONS = new Set(['--target', '--format', '--language', '--fail-on', '--rule', '--admin-user']);

/** `--rule RCS003=off`: the rule's id and level, or why not. */
function parseRule(value: string): { id: string; level: RuleLevel } | string {
  const eq = value.indexOf('=');
  if (eq <= 0) return `--rule expects <id-or-name>=<level>, got '${value}'`;
  const key = value.slice(0, eq).trim();
  const level = value.slice(eq + 1).trim() as RuleLevel;
  if (!RULE_LEVELS.includes(level)) return `unknown level '${level}' for rule ${key} (known: ${RULE_LEVELS.join(', ')})`;
  const rule = findSecurityRule(key);
  if (rule) return { id: rule.id, level };
  // The server's own verdicts cannot be re-levelled: the editor does not do it either.
  if (isValidityCode(key)) return `rule ${key} reports what the server would reject and cannot be changed with --rule`;
  return `unknown rule '${key}'`;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = {
    target: DEFAULT_SETTINGS.target,
    format: 'text',
    failOn: 'error',
    quiet: false,
    security: true,
    rules: {},
    inlineIgnores: true,
    help: false,
    version: false,
    inputs: [],
  };
  const cut = optionWords(argv, VALUE_OPTIONS);
  if ('error' in cut) return { ok: false, error: cut.error };
  for (const word of cut.words) {
    if (word.kind === 'positional') {
      options.inputs.push(word.value);
      continue;
    }
    const { name, value } = word;
    switch (name) {
      case '--target':
        if (!isKnownTarget(value)) {
          return { ok: false, error: `unknown target '${value}' (known: ${targetIds().join(', ')})` };
        }
        options.target = value;
        break;
      case '--format':
        if (!FORMATS.includes(value as OutputFormat)) {
          return { ok: false, error: `unknown format '${value}' (known: ${FORMATS.join(', ')})` };
        }
        options.format = value as OutputFormat;
        break;
      case '--language':
        if (!isLanguageId(value)) return { ok: false, error: `unknown language '${value}' (known: redis-conf, redis-acl)` };
        options.language = value;
        break;
      case '--fail-on':
        if (!FAIL_LEVELS.includes(value as FailLevel)) {
          return { ok: false, error: `unknown level '${value}' for --fail-on (known: ${FAIL_LEVELS.join(', ')})` };
        }
        options.failOn = value as FailLevel;
        break;
      case '--rule': {
        const rule = parseRule(value);
        if (typeof rule === 'string') return { ok: false, error: rule };
        options.rules[rule.id] = rule.level;
        break;
      }
      case '--admin-user':
        // Repeated options add up; the first one replaces the default list. An empty name
        // allows nobody.
        options.adminUsers = [...(options.adminUsers ?? []), ...(value === '' ? [] : [value])];
        break;
      case '--no-security':
        options.security = false;
        break;
      case '--no-inline-ignores':
        options.inlineIgnores = false;
        break;
      case '--quiet':
      case '-q':
        options.quiet = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--version':
      case '-v':
        options.version = true;
        break;
      default:
        return { ok: false, error: `unknown option '${name}'` };
    }
  }
  return { ok: true, options };
}

export function usage(): string {
  return [
    'Usage: redis-conf-lint [options] <file|directory|glob>...',
    '       redis-conf-lint audit <server> [options]   (a running server; see audit --help)',
    '',
    'Checks redis.conf, sentinel.conf, valkey.conf and ACL files the way the chosen server version',
    'would load them (RCV codes) and for risky settings (RCS security rules). Directories are',
    'searched for *.conf and *.acl files.',
    '',
    'Options:',
    `  --target <id>             server version to check against (default ${DEFAULT_SETTINGS.target})`,
    `                            one of: ${targetIds().join(', ')}`,
    '  --format text|json|sarif  output format (default text); sarif is SARIF 2.1.0 for code scanning',
    '  --fail-on error|warning|info',
    '                            exit 1 when a finding at this level or above exists (default error);',
    '                            hints never fail the run',
    '  --no-security             skip the security rules: report only what the server would reject',
    '  --rule <id-or-name>=<level>',
    '                            set a security rule to off, error, warning, info or hint,',
    '                            e.g. --rule RCS601=off or --rule bind-all-interfaces=warning',
    '                            (repeatable)',
    '  --admin-user <name>       ACL user that may hold admin rights without a finding (repeatable;',
    `                            replaces the default: ${DEFAULT_ADMIN_USERS.join(', ')}; '' allows nobody)`,
    '  --no-inline-ignores       report findings even where a "# redis-conf-lint: ignore" comment',
    '                            silences them',
    '  --language <id>           read every file as redis-conf or redis-acl (default: .acl files are',
    '                            ACL files, everything else redis-conf)',
    '  -q, --quiet               show only the findings that fail the run (see --fail-on), and print',
    '                            nothing when there are none',
    '  -h, --help                show this help',
    '  -v, --version             show the version',
    '',
    'Exit status: 0 nothing at or above the --fail-on level, 1 such findings, 2 usage error or',
    'unreadable file.',
  ].join('\n');
}
