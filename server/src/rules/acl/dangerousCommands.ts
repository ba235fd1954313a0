/**
 * The command lists RCS204 and RCS205 check, as `[command, subcommands?]`. Subcommands narrow a
 * container to the forms that do harm (CLIENT KILL, not CLIENT SETNAME); without a list every
 * subcommand but HELP counts. Names missing from a target's command table are skipped.
 */
export type CommandEntry = readonly [command: string, subcommands?: readonly string[]];
export type CommandList = readonly CommandEntry[];

/** Commands that reconfigure, wipe, copy out or stop the server (checks.md RCS204). */
export const DANGEROUS_COMMANDS: CommandList = [
  ['config'],
  ['debug'],
  ['module'],
  ['slaveof'],
  ['replicaof'],
  ['failover'],
  ['psync'],
  ['sync'],
  ['migrate'],
  ['restore'],
  ['flushall'],
  ['flushdb'],
  ['swapdb'],
  ['keys'],
  ['sort'],
  ['shutdown'],
  ['monitor'],
  ['save'],
  ['bgsave'],
  ['bgrewriteaof'],
  ['client', ['kill', 'pause']],
  ['acl', ['setuser', 'deluser', 'load', 'save', 'getuser', 'list', 'log']],
  ['cluster', ['meet', 'forget', 'reset', 'failover', 'replicate', 'setslot', 'addslots', 'addslotsrange', 'delslots', 'delslotsrange', 'flushslots', 'saveconfig', 'set-config-epoch']],
];

/** Commands that compile or run Lua (checks.md RCS205); SCRIPT KILL / FLUSH run no code. */
export const SCRIPTING_COMMANDS: CommandList = [
  ['eval'],
  ['evalsha'],
  ['eval_ro'],
  ['evalsha_ro'],
  ['fcall'],
  ['fcall_ro'],
  ['function', ['load', 'restore']],
  ['script', ['load', 'debug']],
];

/**
 * The documented shapes of service users, which need a few dangerous commands and no keys: a
 * replica (`+psync +replconf +ping`) and Sentinel (`+slaveof +config|rewrite +client|kill ...`).
 */
export const SERVICE_USER_SHAPES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['PSYNC', 'SYNC']),
  new Set(['SLAVEOF', 'REPLICAOF', 'CONFIG REWRITE', 'CLIENT KILL']),
];
