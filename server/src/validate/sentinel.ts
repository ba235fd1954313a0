/**
 * `sentinel <sub-directive> ...` lines of a Sentinel config. The server queues them while reading
 * the file and applies them afterwards (7.0+: `monitor` lines first), reporting the line of the
 * first one it cannot apply.
 */
import type { Directive } from '../parse/document';
import { RCV } from './codes';
import { ValidationContext, directiveRange, rejection, report, tokenRange } from './context';
import { string2ll } from './numbers';
import primaryDirectives from './sentinel-primary-directives.json';

/** Sub-directives that name a monitored primary in their first value. */
const NEEDS_MASTER = new Set(primaryDirectives.names);

const YES_NO = new Set(['deny-scripts-reconfig', 'resolve-hostnames', 'announce-hostnames']);

export function validateSentinelDirectives(ctx: ValidationContext, lines: Directive[]): void {
  const masters = new Set<string>();
  const monitorsFirst = ctx.family === '7';
  if (monitorsFirst) {
    for (const d of lines) if (d.args[0].value.toLowerCase() === 'monitor' && d.args.length === 5) masters.add(d.args[1].value);
  }
  for (const d of lines) {
    const sub = d.args[0].value.toLowerCase();
    const spec = ctx.catalog.sentinel[sub];
    const n = d.args.length - 1;
    if (!spec || n < spec.argsMin || n > spec.argsMax) {
      report(
        ctx,
        RCV.badSentinelDirective,
        directiveRange(d),
        rejection(ctx, spec ? `sentinel ${sub} takes ${spec.argsMin === spec.argsMax ? spec.argsMin : `${spec.argsMin} to ${spec.argsMax}`} values, not ${n}.` : `"${d.args[0].value}" is not a Sentinel setting.`, 'Unrecognized sentinel configuration statement.'),
      );
      continue;
    }
    if (sub === 'monitor') {
      const quorum = Number(d.args[4].value.match(/^-?\d+/)?.[0] ?? '0');
      if (quorum <= 0) {
        report(ctx, RCV.badSentinelDirective, tokenRange(d.line, d.args[4]), rejection(ctx, 'The quorum is the number of Sentinels that must agree; use 1 or more.', 'Quorum must be 1 or greater.'));
      }
      masters.add(d.args[1].value);
      continue;
    }
    if (NEEDS_MASTER.has(sub) && !masters.has(d.args[1].value)) {
      report(ctx, RCV.badSentinelDirective, tokenRange(d.line, d.args[1]), rejection(ctx, `No "sentinel monitor ${d.args[1].value} ..." line declares this primary${monitorsFirst ? '' : ' before this line'}.`, 'No such master with specified name.'));
      continue;
    }
    if ((sub === 'down-after-milliseconds' || sub === 'failover-timeout') && !(Number(d.args[2].value.match(/^-?\d+/)?.[0] ?? '0') > 0)) {
      report(ctx, RCV.badSentinelDirective, tokenRange(d.line, d.args[2]), rejection(ctx, 'Use a time in milliseconds greater than zero.', 'negative or zero time parameter.'));
      continue;
    }
    if (sub === 'myid' && d.args[1].value.length !== 40) {
      report(ctx, RCV.badSentinelDirective, tokenRange(d.line, d.args[1]), rejection(ctx, 'A Sentinel id is 40 hexadecimal characters.', 'Malformed Sentinel id in myid option.'));
      continue;
    }
    if (YES_NO.has(sub) && !['yes', 'no'].includes(d.args[1].value.toLowerCase())) {
      report(ctx, RCV.badSentinelDirective, tokenRange(d.line, d.args[1]), rejection(ctx, 'Expected yes or no.', `Please specify yes or no for the ${sub} option.`));
      continue;
    }
    if (sub === 'announce-port' && string2ll(d.args[1].value) === undefined && !/^\d+$/.test(d.args[1].value)) {
      continue;
    }
  }
  ctx.state.sentinelMasters = masters;
}
