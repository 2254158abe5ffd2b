/**
 * action.yml is what users read and the runner enforces: every input it declares is one a mode (or
 * the front door) reads, with the same default, and every output a mode sets is declared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { FRONT_DOOR_INPUTS } from '../../src/action.js';
import { modesOf } from '../../src/modes/registry.js';
import { REPO_ROOT } from '../support/examples.js';

const action = load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const modes = modesOf('action');

test('runs on the node24 runtime from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('declares exactly the inputs the front door and the modes read, with their defaults', () => {
  const specs = new Map(
    [...FRONT_DOOR_INPUTS, ...modes.flatMap((m) => m.reads.filter((s) => !s.cliOnly))].map((s) => [
      s.name,
      s,
    ]),
  );
  expect(Object.keys(action.inputs).sort()).toEqual([...specs.keys()].sort());
  for (const [name, spec] of specs)
    expect([name, action.inputs[name]!.default ?? '']).toEqual([name, spec.default]);
});

test('the mode input lists exactly the modes the action runs', () => {
  const modeInput = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
  for (const m of modes) expect(modeInput).toContain(`${m.name}:`);
  expect(modes.map((m) => m.name)).toEqual([
    'synth',
    'plan',
    'deploy',
    'verify',
    'backfill',
    'drift',
    'bootstrap',
  ]);
});

test('declares every output a mode sets, and no other', () => {
  const declared = new Set([...modes.flatMap((m) => m.outputs.map((o) => o.name)), 'results']);
  expect(Object.keys(action.outputs).sort()).toEqual([...declared].sort());
});
