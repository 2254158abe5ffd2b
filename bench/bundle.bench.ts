/**
 * Start-up and size, side by side with the anchors the modes issue names: the official
 * CloudFormation deploy action and configure-aws-credentials, each run from its own committed
 * bundle under the same Node 24 (the actions' runtime). Printed, never asserted.
 *
 * The anchors are not part of this repository: put their dist/ (and action.yml) under
 * .bench/anchors/cfn-deploy and .bench/anchors/configure-aws-credentials (git archive of
 * aws-actions/aws-cloudformation-github-deploy and aws-actions/configure-aws-credentials), or point
 * S3XREPL_ANCHORS at a directory holding both. Without them, only our own figures are printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/examples.js';
import { node24 } from '../test/support/runner.js';

const RUNS = 21;
const ANCHORS = process.env.S3XREPL_ANCHORS ?? join(REPO_ROOT, '.bench', 'anchors');

interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

const figure = (xs: number[]): Figure => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[s.length >> 1]!, min: s[0]!, max: s.at(-1)! };
};
const ms = (f: Figure) => `${f.median.toFixed(0)} ms (${f.min.toFixed(0)}–${f.max.toFixed(0)})`;

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    total += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

/** One process, start to exit, in milliseconds. */
function timed(script: string, env: Record<string, string>, args: string[] = []): number {
  const t0 = performance.now();
  spawnSync(node24(), [script, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
  return performance.now() - t0;
}

/** A and B in turn, RUNS pairs after a warm-up of each: the ratio pair by pair holds when the machine drifts. */
function paired(a: () => number, b: () => number): { a: Figure; b: Figure; ratio: Figure } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const x = a();
    const y = b();
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  return { a: figure(as), b: figure(bs), ratio: figure(ratios) };
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 's3-xrepl-bench-'));
  writeFileSync(join(dir, 'out'), '');
  // The first input error: a mode that does not exist (every action refuses unknown input values).
  const badInput = { INPUT_MODE: 'nonsense', GITHUB_OUTPUT: join(dir, 'out') };
  const ours = () => timed(join(REPO_ROOT, 'dist', 'index.js'), badInput);
  const oursSize = dirSize(join(REPO_ROOT, 'dist'));
  console.log(
    `node ${spawnSync(node24(), ['--version']).stdout.toString().trim()}; ${RUNS} paired runs after a warm-up; median (min–max)`,
  );
  console.log(
    `dist/ (action and CLI): ${(oursSize / 1e6).toFixed(2)} MB in ${readdirSync(join(REPO_ROOT, 'dist')).length} files`,
  );

  for (const [name, label, input] of [
    ['cfn-deploy', 'aws-actions/aws-cloudformation-github-deploy', { INPUT_NAME: '', INPUT_TEMPLATE: '' }],
    ['configure-aws-credentials', 'aws-actions/configure-aws-credentials', { 'INPUT_AWS-REGION': '' }],
  ] as const) {
    const script = join(ANCHORS, name, 'dist', 'index.js');
    if (!existsSync(script)) {
      console.log(`${label}: not found under ${ANCHORS}/${name} (see this file's header)`);
      continue;
    }
    const theirs = () => timed(script, { ...input, GITHUB_OUTPUT: join(dir, 'out') });
    const r = paired(ours, theirs);
    const size = dirSize(join(ANCHORS, name, 'dist'));
    console.log(
      `start-up to the first input error: ours ${ms(r.a)}, ${label} ${ms(r.b)}; ratio ours/theirs ${r.ratio.median.toFixed(2)} (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)})`,
    );
    console.log(
      `  size: ours ${(oursSize / 1e6).toFixed(2)} MB, theirs ${(size / 1e6).toFixed(2)} MB (ratio ${(oursSize / size).toFixed(2)})`,
    );
  }

  // synth of one rule, against a bare node process that writes the same bytes.
  const config = join(REPO_ROOT, 'examples', 'cross-account.yml');
  const golden = join(REPO_ROOT, 'test', 'golden', 'cross-account');
  const files = Object.fromEntries(
    readdirSync(golden).map((f) => [f, readFileSync(join(golden, f), 'utf8')]),
  );
  const bare = join(dir, 'bare-writer.mjs');
  writeFileSync(
    bare,
    `import { mkdirSync, writeFileSync } from 'node:fs';\nconst files = ${JSON.stringify(files)};\n` +
      `const out = process.argv[2]; mkdirSync(out, { recursive: true });\n` +
      `for (const [f, t] of Object.entries(files)) writeFileSync(out + '/' + f, t);\n`,
  );
  let n = 0;
  const synth = () =>
    timed(join(REPO_ROOT, 'dist', 'cli.js'), {}, [
      'synth',
      '--config',
      config,
      '--out',
      join(dir, `s${n++}`),
    ]);
  const writer = () => timed(bare, {}, [join(dir, `w${n++}`)]);
  const s = paired(synth, writer);
  console.log(
    `synth of one rule (s3-xrepl synth): ${ms(s.a)}; a bare node writing the same bytes ${ms(s.b)}; ratio ${s.ratio.median.toFixed(2)} (${s.ratio.min.toFixed(2)}–${s.ratio.max.toFixed(2)})`,
  );
}

main();
