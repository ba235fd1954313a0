/** The security-rule table of docs/rules/README.md, made from the registry. */
import { ALL_RULES } from './registry';

const SEVERITY: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Information', hint: 'Hint' };

export function rulesIndexMarkdown(): string {
  const rows = ALL_RULES.map((r) => `| [${r.id}](${r.id}.md) | \`${r.name}\` | ${SEVERITY[r.severity]} | ${r.summary.replace(/\|/g, '\\|')} |`);
  return [
    '## Security rules (RCS)',
    '',
    'Findings about configurations the server accepts but that are unsafe. Ids follow the catalogue of checks',
    '(network 0xx, authentication 1xx, ACL 2xx, command hardening 3xx, TLS 4xx, files and process 5xx, resources',
    '6xx, replication and Sentinel 7xx, version and CVEs 8xx). The severity shown is the default; several rules',
    'raise or lower it with context (an instance reachable from the network, no password, the target version),',
    'and the `redisConf.rules` setting (or `--rule` in the CLI) overrides it. Checks of the catalogue that need',
    'the file system or a running server are listed on their pages where they exist, or left to the live audit.',
    '',
    '| Id | Name | Default | What it catches |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
