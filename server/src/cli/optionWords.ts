/**
 * The command line, cut into positional words and options the same way for every subcommand:
 * `--name value` and `--name=value` for options that take a value, `--` ends the options, and a
 * lone `-` is a positional word.
 */
export type OptionWord = { kind: 'positional'; value: string } | { kind: 'option'; name: string; value: string };

export function optionWords(argv: readonly string[], valueOptions: ReadonlySet<string>): { words: OptionWord[] } | { error: string } {
  const words: OptionWord[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) words.push({ kind: 'positional', value: rest });
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push({ kind: 'positional', value: arg });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value = '';
    if (valueOptions.has(name)) {
      const next = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (next === undefined) return { error: `option ${name} needs a value` };
      value = next;
    } else if (eq > 0) {
      return { error: `option ${name} takes no value` };
    }
    words.push({ kind: 'option', name, value });
  }
  return { words };
}
