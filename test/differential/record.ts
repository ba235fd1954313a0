/**
 * Re-records the real server's verdicts for the corpus into expected-redis-7.0.15.json, so that
 * changes to the corpus (or a different server build) show up as a reviewable diff.
 *
 *   npx tsc -p tsconfig.json && node out/test/differential/record.js
 *
 * The test never reads this file for its verdicts: it starts the server every time.
 */
import * as fs from 'node:fs';
import { detectRedis, expectedFile, loadCorpus, runCorpus, Verdict } from './harness';

async function main(): Promise<void> {
  const redis = detectRedis();
  if ('error' in redis) throw new Error(redis.error);
  const snippets = loadCorpus();
  const t0 = Date.now();
  const results = await runCorpus(redis.bin, snippets);
  const verdicts: Record<string, Verdict> = {};
  for (const s of snippets) verdicts[s.name] = results.get(s.name)!.verdict;
  const accepted = Object.values(verdicts).filter(v => v === 'ACCEPT').length;
  const data = { server: `redis-server ${redis.version}`, snippets: snippets.length, accepted, rejected: snippets.length - accepted, verdicts };
  fs.writeFileSync(expectedFile(), JSON.stringify(data, null, 1) + '\n');
  console.log(`${snippets.length} snippets: ${accepted} ACCEPT, ${snippets.length - accepted} REJECT in ${Date.now() - t0} ms -> ${expectedFile()}`);
}

main().catch(e => { console.error(e); process.exitCode = 1; });
