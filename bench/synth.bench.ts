/**
 * Synthesis time and template sizes, small and large. Run with `npm run bench`; numbers are
 * reported, never asserted (a timed test on a shared 2-core machine only measures the neighbours).
 */
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/core/config/parse-config.js';
import { indexLocations } from '../src/core/config/yaml-locations.js';
import { loadTopology } from '../src/core/load-topology.js';
import { renderSynthesisFiles } from '../src/core/synth/render-files.js';
import { CFN_LIMITS } from '../src/core/synth/check-synthesis.js';
import { ROLE_INLINE_POLICY_LIMIT } from '../src/core/templates/replication-role.js';
import {
  REPLICATION_CONFIGURATION_LIMIT,
  replicationConfigurationSize,
} from '../src/core/templates/replication-rules.js';
import { PER_RULE_ALARMS_OFF, syntheticConfig } from '../test/support/synthetic-config.js';
import { deployWorld } from '../test/support/deployed-world.js';

function synthOnce(text: string) {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  return renderSynthesisFiles(loaded.synthesis);
}

/** Median and 90th percentile of `runs` timed calls, after a warm-up (JIT and module caches). */
function time(f: () => unknown, runs = 30): { median: number; p90: number } {
  for (let i = 0; i < 5; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[runs >> 1]!, p90: times[Math.floor(runs * 0.9)]! };
}
const ms = (t: { median: number; p90: number }) =>
  `median ${t.median.toFixed(2)} ms, p90 ${t.p90.toFixed(2)} ms`;

function measure(label: string, destinations: number, rules: number, monitoring?: object) {
  const text = syntheticConfig({ destinations, rules, ...(monitoring ? { monitoring } : {}) });
  const synth = time(() => synthOnce(text));
  // A valid config never builds the location index; one diagnostic does, once.
  const parse = time(() => parseConfig(text));
  const index = time(() => indexLocations(text));
  const files = synthOnce(text);
  const source = [...files].find(([f]) => f.endsWith('-source.template.json'))!;
  const minified = JSON.stringify(JSON.parse(source[1])).length;
  const dest = JSON.stringify(JSON.parse(files.get('destination.template.json')!)).length;
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error('unreachable');
  const rolePolicy = JSON.stringify(deployWorld(loaded.topology).rolePolicy).length;
  const replication = replicationConfigurationSize(loaded.topology);
  const inline = CFN_LIMITS.templateBody;
  console.log(
    `${label}: config ${text.length} B; synth (parse+validate+templates+limit checks+render) ${ms(synth)}; ` +
      `of which parse+validate ${ms(parse)}; location index (built only for a diagnostic) ${ms(index)}; ` +
      `source template ${source[1].length} B pretty, ${minified} B minified (${((minified / inline) * 100).toFixed(0)}% of ` +
      `the ${inline} B inline limit: ${minified > inline ? 'must be staged in S3' : 'fits inline'}; ` +
      `${((minified / CFN_LIMITS.templateUrl) * 100).toFixed(0)}% of the ${CFN_LIMITS.templateUrl} B limit in S3); ` +
      `destination template ${dest} B minified; replication configuration up to ${replication} B as XML ` +
      `(${((replication / REPLICATION_CONFIGURATION_LIMIT) * 100).toFixed(0)}% of S3's 2 MB); ` +
      `resolved replication role policy ${rolePolicy} of IAM's ${ROLE_INLINE_POLICY_LIMIT} characters`,
  );
}

measure('1 rule / 1 destination', 1, 1);
measure('1,000 rules / 20 destinations, per-rule alarms off', 20, 1000, PER_RULE_ALARMS_OFF);
