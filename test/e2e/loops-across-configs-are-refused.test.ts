/**
 * Issue 20: a replication loop that no config shows alone, closed by two configs of one `config`
 * glob (the hand-built A → B plus B → A that ran up tens of millions of requests). The bundled
 * action, run as a runner runs it, refuses both configs before any of them runs, each at its own
 * file and line with the whole path of the loop, and still runs the config outside the loop.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { REPO_ROOT } from '../support/examples.js';
import { makeWorkdir, runBundle } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');

const oneWay = (name: string, from: string, to: string) =>
  [
    `name: ${name}`,
    'source:',
    "  account: '111111111111'",
    '  region: eu-west-1',
    `  bucket: ${from}`,
    'destinations:',
    '  - id: other',
    "    account: '222222222222'",
    '    region: us-east-1',
    `    bucket: ${to}`,
    'rules:',
    '  - { id: everything, priority: 1, destinations: [other] }',
    '',
  ].join('\n');

test('two configs that replicate into each other are both refused with the loop; a third one still runs', async () => {
  const workdir = makeWorkdir();
  mkdirSync(join(workdir, 'replication'));
  writeFileSync(join(workdir, 'replication', 'a-to-b.yml'), oneWay('a-to-b', 'acme-a', 'acme-b'));
  writeFileSync(join(workdir, 'replication', 'b-to-a.yml'), oneWay('b-to-a', 'acme-b', 'acme-a'));
  writeFileSync(join(workdir, 'replication', 'c-to-d.yml'), oneWay('c-to-d', 'acme-c', 'acme-d'));
  const run = await runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'replication/*.yml', mode: 'synth', 'out-dir': 'out' },
  });
  expect(JSON.parse(run.outputs.results!)).toEqual([
    { config: 'replication/a-to-b.yml', exitCode: 2 },
    { config: 'replication/b-to-a.yml', exitCode: 2 },
    { config: 'replication/c-to-d.yml', exitCode: 0 },
  ]);
  // The destination's bucket is on line 10 of each file.
  expect(run.stdout).toContain(
    '::error file=replication/a-to-b.yml,line=10,col=13::[replication/a-to-b.yml] destinations[0].bucket: replication would loop: acme-a → acme-b → acme-a (topology "b-to-a").',
  );
  expect(run.stdout).toContain(
    '::error file=replication/b-to-a.yml,line=10,col=13::[replication/b-to-a.yml] destinations[0].bucket: replication would loop: acme-b → acme-a → acme-b (topology "a-to-b").',
  );
}, 60_000);
