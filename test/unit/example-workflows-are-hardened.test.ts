/**
 * The example workflows are what users copy: a job that mints an OIDC token runs every step with a
 * token that can assume a role, so third-party actions are pinned by commit (a moved tag cannot
 * change the code), permissions are granted per job, and the deploy role is reached only through
 * an environment (DESIGN.md §4).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { REPO_ROOT } from '../support/examples.js';

const DIR = join(REPO_ROOT, 'examples', 'workflows');
const workflows = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    return [f, text, load(text) as { permissions?: unknown; jobs: Record<string, Job> }] as const;
  });

interface Job {
  readonly permissions?: Record<string, string>;
  readonly environment?: string;
  readonly steps: { uses?: string }[];
}

test('there are example workflows', () => {
  expect(workflows.map(([f]) => f).sort()).toEqual(['bootstrap.yml', 'deploy.yml', 'drift.yml', 'plan.yml']);
});

describe.each(workflows)('%s', (_file, text, workflow) => {
  test('grants nothing at the top: each job asks for its own permissions', () => {
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeDefined();
  });

  test('pins every third-party action by a full commit SHA, with its version beside it', () => {
    const uses = text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      if (line.includes('org/s3-xrepl-action@')) continue; // this action, by its major tag (README)
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
  });
});

test('the jobs that can assume the deploy role or change the bootstrap run in an environment', () => {
  const deploy = workflows.find(([f]) => f === 'deploy.yml')![2].jobs.deploy!;
  const bootstrap = workflows.find(([f]) => f === 'bootstrap.yml')![2].jobs.bootstrap!;
  expect(deploy.environment).toBe('replication');
  expect(bootstrap.environment).toBeDefined();
  expect(readFileSync(join(DIR, 'bootstrap.yml'), 'utf8')).toContain('deploy-environment: replication');
});
