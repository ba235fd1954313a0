/**
 * RCS605 no-client-eviction — `maxmemory-clients 0` (the default, 7.0+) puts no cap on the memory
 * all client connections use together. Many clients with large buffers can then push the server
 * past maxmemory and into evicting or refusing data, instead of the greediest clients being dropped.
 */
import type { Rule } from '../types';
import { anchorRange, setDirective } from '../edits';
import { memtoull } from '../../validate/numbers';

const SUGGESTED = '5%';

/** 0, 0%, 0mb...: no cap. Unparsable values are left to the validator. */
function isZero(value: string): boolean {
  const pct = /^(\d+)%$/.exec(value);
  if (pct) return BigInt(pct[1]) === 0n;
  return memtoull(value) === 0n;
}

export const noClientEviction: Rule = {
  id: 'RCS605',
  name: 'no-client-eviction',
  severity: 'info',
  summary: 'maxmemory-clients 0: the memory used by client connections has no cap.',
  appliesTo: ['config'],
  check(model) {
    if (!model.catalog.directives['maxmemory-clients']) return [];
    const setting = model.settings.get('maxmemory-clients');
    if (!isZero(model.value('maxmemory-clients') ?? '0')) return [];
    const maxmemory = memtoull(model.value('maxmemory') ?? '0');
    const needsMaxmemory = maxmemory === 0n ? ' A percentage is a share of maxmemory, so set maxmemory as well.' : '';
    return [
      {
        range: setting?.range ?? anchorRange(model),
        message: `${setting ? 'maxmemory-clients 0' : 'maxmemory-clients is not set (0)'}: client connections may use any amount of memory together. A cap such as ${SUGGESTED} makes the server drop the clients using the most memory first.${needsMaxmemory}`,
        fixes: [{ title: `Cap client memory: maxmemory-clients ${SUGGESTED} (of maxmemory)`, edits: [setDirective(model, 'maxmemory-clients', SUGGESTED, 'MEMORY MANAGEMENT')], safe: false }],
      },
    ];
  },
};
