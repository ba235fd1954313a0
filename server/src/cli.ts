/**
 * redis-conf-lint: checks config and ACL files from the command line with the same service the
 * editor uses. Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, usage } from './cli/args';
import { expandInputs } from './cli/files';
import { FileReport, countErrors, formatJson, formatText, makeReport } from './cli/format';
import { languageFromPath, validateText } from './service';
import { VERSION } from './version';

const NAME = 'redis-conf-lint';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
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
      const diagnostics = validateText(text, { uri: file, languageId: language }, { target: options.target });
      reports.push(makeReport(file, language, options.target, diagnostics, options.quiet));
    } catch (error) {
      problems.push(`internal error while checking '${file}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  io.out(options.format === 'json' ? formatJson(reports) : formatText(reports, options.quiet));
  for (const problem of problems) io.err(`${NAME}: ${problem}\n`);
  if (problems.length > 0) return 2;
  return countErrors(reports) > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
  });
}
