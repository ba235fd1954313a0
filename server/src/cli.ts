/**
 * redis-conf-lint: checks config and ACL files from the command line with the same service the
 * editor uses: what the server would reject (RCV) and what is unsafe (RCS). Exit status: 0
 * nothing at or above the --fail-on level, 1 such findings, 2 usage error or unreadable input.
 * `redis-conf-lint audit <server>` audits a running server instead (cli/audit.ts).
 */
import { readFileSync } from 'node:fs';
import { CliOptions, parseArgs, usage } from './cli/args';
import { AuditIo, runAuditCli } from './cli/audit';
import { expandInputs } from './cli/files';
import { FileReport, SeverityName, countAtLeast, formatJson, formatText, makeReport } from './cli/format';
import { formatSarif } from './cli/sarif';
import { AnalysisSettings, languageFromPath, lintText } from './service';
import { VERSION } from './version';

const NAME = 'redis-conf-lint';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The folder SARIF paths are relative to. */
  cwd?: string;
}

function analysisSettings(options: CliOptions): AnalysisSettings {
  return {
    target: options.target,
    security: { enable: options.security, adminUsers: options.adminUsers, allowInlineIgnores: options.inlineIgnores },
    rules: options.rules,
  };
}

function render(reports: FileReport[], options: CliOptions, cwd: string): string {
  switch (options.format) {
    case 'json': return formatJson(reports);
    case 'sarif': return formatSarif(reports, { version: VERSION, cwd });
    default: return formatText(reports, options.quiet);
  }
}

export function run(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${NAME}: ${parsed.error}\nTry '${NAME} --help'.\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.out(usage() + '\n');
    return 0;
  }
  if (options.version) {
    io.out(VERSION + '\n');
    return 0;
  }
  if (options.inputs.length === 0) {
    io.err(`${NAME}: no files given\nTry '${NAME} --help'.\n`);
    return 2;
  }

  const { files, problems } = expandInputs(options.inputs);
  if (files.length === 0 && problems.length === 0) problems.push('no .conf or .acl files found');
  const settings = analysisSettings(options);
  // --quiet shows exactly what fails the run.
  const shown: SeverityName = options.quiet ? options.failOn : 'hint';
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    const language = options.language ?? languageFromPath(file);
    try {
      const diagnostics = lintText(text, { uri: file, languageId: language }, settings);
      reports.push(makeReport(file, language, options.target, diagnostics, shown));
    } catch (error) {
      problems.push(`internal error while checking '${file}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  io.out(render(reports, options, io.cwd ?? process.cwd()));
  for (const problem of problems) io.err(`${NAME}: ${problem}\n`);
  if (problems.length > 0) return 2;
  return countAtLeast(reports, options.failOn) > 0 ? 1 : 0;
}

/** Both commands: `audit ...` runs the live audit, anything else lints files. */
export async function main(argv: readonly string[], io: Io & Omit<AuditIo, 'out' | 'err' | 'cwd'>): Promise<number> {
  if (argv[0] === 'audit') return runAuditCli(argv.slice(1), io);
  return run(argv, io);
}

if (require.main === module) {
  const controller = new AbortController();
  if (process.argv[2] === 'audit') {
    // The first Ctrl-C cancels the audit and prints what it has; a second one ends the process.
    process.once('SIGINT', () => {
      controller.abort();
      process.once('SIGINT', () => process.exit(130));
    });
  }
  main(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    signal: controller.signal,
  }).then(
    code => { process.exitCode = code; },
    error => {
      process.stderr.write(`${NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
