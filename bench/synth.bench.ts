/**
 * Synthesis time and template sizes, small and large. Run with `npm run bench`; numbers are
 * reported, never asserted (a timed test on a shared 2-core machine only measures the neighbours).
 */
import { performance } from 'node:perf_hooks';
import { loadTopology } from '../src/core/load-topology.js';
import { renderSynthesisFiles } from '../src/core/synth/render-files.js';
import { synthesize } from '../src/core/synth/synthesize.js';
import { syntheticConfig } from '../test/support/synthetic-config.js';
import { deployWorld } from '../test/support/deployed-world.js';

const INLINE_LIMIT = 51_200;
/** IAM's limit on a role's inline policies, counted without whitespace. */
const ROLE_INLINE_POLICY_LIMIT = 10_240;

function synthOnce(text: string) {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  return renderSynthesisFiles(synthesize(loaded.topology));
}

function measure(label: string, destinations: number, rules: number) {
  const text = syntheticConfig({ destinations, rules });
  for (let i = 0; i < 5; i++) synthOnce(text); // warm-up: JIT and module caches
  const runs = 30;
  const times: number[] = [];
  let files = new Map<string, string>();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    files = synthOnce(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const source = [...files].find(([f]) => f.endsWith('-source.template.json'))!;
  const minified = JSON.stringify(JSON.parse(source[1])).length;
  const dest = JSON.stringify(JSON.parse(files.get('destination.template.json')!)).length;
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error('unreachable');
  const rolePolicy = JSON.stringify(deployWorld(loaded.topology).rolePolicy).length;
  console.log(
    `${label}: config ${text.length} B; synth (parse+validate+templates+render) median ${times[runs >> 1]!.toFixed(2)} ms, ` +
      `p90 ${times[Math.floor(runs * 0.9)]!.toFixed(2)} ms over ${runs} runs; source template ${source[1].length} B pretty, ` +
      `${minified} B minified (${((minified / INLINE_LIMIT) * 100).toFixed(0)}% of the ${INLINE_LIMIT} B inline limit: ` +
      `${minified > INLINE_LIMIT ? 'must be staged in S3' : 'fits inline'}); destination template ${dest} B minified; ` +
      `resolved replication role policy ${rolePolicy} of IAM's ${ROLE_INLINE_POLICY_LIMIT} characters`,
  );
}

measure('1 rule / 1 destination', 1, 1);
measure('1,000 rules / 20 destinations', 20, 1000);
