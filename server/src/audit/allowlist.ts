/**
 * The only commands the live audit may send. Every one of them reads state or authenticates the
 * audit's own connection; none changes data, configuration, ACLs or other clients. The list is
 * data so that tests can check a server's `INFO commandstats` against it, and `send` refuses
 * anything else before a byte leaves (defense in depth: a bug in the probes cannot turn into a
 * write).
 */

export interface AllowedCommand {
  /** Upper-case command name. */
  command: string;
  /** Upper-case subcommands allowed for a container command; absent for plain commands. */
  subcommands?: readonly string[];
}

export const READ_ONLY_COMMANDS: readonly AllowedCommand[] = [
  { command: 'PING' },
  // HELLO without SETNAME only switches the protocol of the audit's own connection (see isAllowed).
  { command: 'HELLO' },
  { command: 'AUTH' },
  { command: 'INFO' },
  { command: 'CONFIG', subcommands: ['GET'] },
  { command: 'ACL', subcommands: ['LIST', 'GETUSER', 'USERS', 'WHOAMI', 'DRYRUN', 'CAT'] },
  { command: 'COMMAND', subcommands: ['INFO', 'COUNT', 'LIST', 'DOCS'] },
  { command: 'MODULE', subcommands: ['LIST'] },
  { command: 'CLIENT', subcommands: ['LIST'] },
  { command: 'ROLE' },
  { command: 'SLOWLOG', subcommands: ['GET'] },
  { command: 'QUIT' },
];

const BY_NAME = new Map(READ_ONLY_COMMANDS.map((c) => [c.command, c]));

/** Whether `argv` (command, subcommand, arguments) is on the read-only list. */
export function isAllowed(argv: readonly string[]): boolean {
  if (argv.length === 0) return false;
  const spec = BY_NAME.get(String(argv[0]).toUpperCase());
  if (!spec) return false;
  if (spec.command === 'HELLO') {
    // SETNAME would rename the connection for everyone who lists clients.
    return !argv.slice(1).some((a) => String(a).toUpperCase() === 'SETNAME');
  }
  if (!spec.subcommands) return true;
  return argv.length >= 2 && spec.subcommands.includes(String(argv[1]).toUpperCase());
}

/**
 * Whether a name from `INFO commandstats` (`cmdstat_` stripped: `ping`, `config|get`) is one the
 * audit may have caused.
 */
export function isAllowedStatName(name: string): boolean {
  return isAllowed(name.split('|'));
}

/**
 * How a command is written in `commandsSent`: AUTH, and HELLO's AUTH option, lose their
 * arguments, so a password is never recorded.
 */
export function describeCommand(argv: readonly string[]): string {
  const name = String(argv[0] ?? '').toUpperCase();
  if (name === 'AUTH') return 'AUTH';
  if (name === 'HELLO') {
    const at = argv.findIndex((a, i) => i > 0 && String(a).toUpperCase() === 'AUTH');
    if (at >= 0) return ['HELLO', ...argv.slice(1, at), 'AUTH'].join(' ');
  }
  const sub = BY_NAME.get(name)?.subcommands ? [String(argv[1] ?? '').toUpperCase()] : [];
  const args = argv.slice(1 + sub.length).map((a) => (/\s/.test(a) ? `"${a}"` : a));
  return [name, ...sub, ...args].join(' ');
}

export class CommandNotAllowedError extends Error {
  constructor(readonly commandName: string) {
    super(`The audit refused to send ${commandName}: it is not on the read-only list.`);
    this.name = 'CommandNotAllowedError';
  }
}

/** The part of a Redis client `send` needs. */
export interface CommandSender<O = unknown> {
  sendCommand(args: string[], options?: O): Promise<unknown>;
}

/** Sends `argv` through `client`, or throws (synchronously, before sending) if it is not allowed. */
export function send<O>(client: CommandSender<O>, argv: readonly string[], options?: O): Promise<unknown> {
  if (!isAllowed(argv)) {
    const name = String(argv[0] ?? '').toUpperCase();
    const sub = argv.length > 1 && BY_NAME.get(name)?.subcommands ? ` ${String(argv[1]).toUpperCase()}` : '';
    throw new CommandNotAllowedError(name + sub);
  }
  return client.sendCommand([...argv], options);
}
