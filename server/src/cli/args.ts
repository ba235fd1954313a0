/**
 * Command-line parsing for redis-conf-lint. Pure: turns argv into options or a usage error, so
 * every rule can be tested without spawning a process.
 */
import type { TargetId } from '../catalog/types';
import type { LanguageId } from '../service';
import { DEFAULT_SETTINGS, isKnownTarget, targetIds } from '../settings';
import { isLanguageId } from '../documentLanguage';

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  target: TargetId;
  format: OutputFormat;
  /** Forces the language of every file; otherwise it follows the file name. */
  language?: LanguageId;
  quiet: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json'];
const VALUE_OPTIONS = new Set(['--target', '--format', '--language']);

export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = {
    target: DEFAULT_SETTINGS.target,
    format: 'text',
    quiet: false,
    help: false,
    version: false,
    inputs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    // Accept both `--target redis-7.0` and `--target=redis-7.0`.
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (VALUE_OPTIONS.has(name)) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { ok: false, error: `option ${name} needs a value` };
    } else if (eq > 0) {
      return { ok: false, error: `option ${name} takes no value` };
    }
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
        return { ok: false, error: `unknown option '${arg}'` };
    }
  }
  return { ok: true, options };
}

export function usage(): string {
  return [
    'Usage: redis-conf-lint [options] <file|directory|glob>...',
    '',
    'Checks redis.conf, sentinel.conf, valkey.conf and ACL files the way the chosen server version',
    'would load them. Directories are searched for *.conf and *.acl files.',
    '',
    'Options:',
    `  --target <id>        server version to check against (default ${DEFAULT_SETTINGS.target})`,
    `                       one of: ${targetIds().join(', ')}`,
    '  --format text|json   output format (default text)',
    '  --language <id>      read every file as redis-conf or redis-acl (default: .acl files are',
    '                       ACL files, everything else redis-conf)',
    '  -q, --quiet          report errors only, and print nothing when there are none',
    '  -h, --help           show this help',
    '  -v, --version        show the version',
    '',
    'Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.',
  ].join('\n');
}
