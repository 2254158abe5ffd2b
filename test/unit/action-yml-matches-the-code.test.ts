import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { deployOutputs } from '../../src/core/report/deploy-report.js';
import { readInputs } from '../../src/shell/github/inputs.js';
import { REPO_ROOT } from '../support/examples.js';
import { PLAN_OUTPUTS } from '../../src/plan-mode.js';
import { VERIFY_OUTPUTS } from '../../src/verify-mode.js';
import { DRIFT_OUTPUTS } from '../../src/drift-mode.js';

const action = load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

test('runs on the node24 runtime from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('declares exactly the inputs the code reads, with the defaults the code applies', () => {
  const read = new Set<string>();
  const parsed = readInputs((name) => {
    read.add(name);
    if (name === 'config') return 'x.yml';
    // An expression default (github.token) is the runner's to fill; the code sees its value.
    const d = action.inputs[name]?.default ?? '';
    return d.startsWith('${{') ? '' : d;
  });
  expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  // With action.yml's defaults the code must land on the same values as with no input at all.
  expect(parsed).toEqual(readInputs((name) => (name === 'config' ? 'x.yml' : '')));
});

test('declares every output a deploy sets', () => {
  const outputs = deployOutputs({ topology: 't', stacks: [], destinationIds: {} });
  for (const name of [
    ...Object.keys(outputs),
    ...PLAN_OUTPUTS,
    ...VERIFY_OUTPUTS,
    ...DRIFT_OUTPUTS,
    'manifest',
    'stacks',
  ])
    expect(action.outputs).toHaveProperty([name]);
});
