import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { deployOutputs } from '../../src/core/report/deploy-report.js';
import { readInputs } from '../../src/shell/github/inputs.js';
import { REPO_ROOT } from '../support/examples.js';
import { PLAN_OUTPUTS } from '../../src/plan-mode.js';
import { VERIFY_OUTPUTS } from '../../src/verify-mode.js';
import { DRIFT_OUTPUTS } from '../../src/drift-mode.js';
import { BOOTSTRAP_OUTPUTS } from '../../src/bootstrap-mode.js';

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
  // bootstrap reads its own inputs only in that mode, and needs the role into the administrator account.
  const given = (mode?: string) => (name: string) =>
    name === 'config'
      ? 'x.yml'
      : name === 'mode' && mode
        ? mode
        : name === 'stack-set-role' && mode
          ? 'arn:aws:iam::111111111111:role/s3-xrepl-stack-sets'
          : '';
  const context = { repo: { owner: 'acme', repo: 'infra' } };
  for (const mode of [undefined, 'bootstrap']) {
    const parsed = readInputs((name) => {
      read.add(name);
      if (given(mode)(name)) return given(mode)(name);
      // An expression default (github.token) is the runner's to fill; the code sees its value.
      const d = action.inputs[name]?.default ?? '';
      return d.startsWith('${{') ? '' : d;
    }, context);
    // With action.yml's defaults the code must land on the same values as with no input at all.
    expect(parsed).toEqual(readInputs(given(mode), context));
  }
  expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
});

test('declares every output a deploy sets', () => {
  const outputs = deployOutputs({ topology: 't', stacks: [], destinationIds: {} });
  for (const name of [
    ...Object.keys(outputs),
    ...PLAN_OUTPUTS,
    ...VERIFY_OUTPUTS,
    ...DRIFT_OUTPUTS,
    ...BOOTSTRAP_OUTPUTS,
    'manifest',
    'stacks',
  ])
    expect(action.outputs).toHaveProperty([name]);
});
