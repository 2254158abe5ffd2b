/**
 * mode: plan of the committed bundle, run as the runner runs it (Node 24, INPUT_*, the runner's
 * files, a pull_request event, an OIDC token endpoint), against the AWS emulator and a local fake
 * of the GitHub REST API. Proves the comment lifecycle and that a plan never changes a stack.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListStacksCommand, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { commentMarker, parseSections } from '../../src/core/report/sticky-comment.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { AccountView } from '../support/live-state.js';
import { checkMarkdown } from '../support/markdown-check.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 180_000;
const PR = 7;

let moto: MotoServer;
let oidc: OidcServer;
let github: GitHubFake;

beforeAll(async () => {
  [moto, oidc, github] = await Promise.all([
    startMoto(),
    startOidcServer(),
    startGitHubFake({ owner: 'acme', repo: 'infra' }),
  ]);
}, TIMEOUT);
afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.stop(), github?.stop()]);
});

function pullRequestEvent(number: number, fork = false) {
  return {
    pull_request: {
      number,
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } },
      head: { sha: 'a'.repeat(40), repo: { full_name: fork ? 'someone/infra' : 'acme/infra', fork } },
    },
  };
}

/** Runs the bundled action on a config text, as a runner would for a pull request. */
async function run(
  configText: string,
  opts: {
    mode?: 'plan' | 'deploy';
    inputs?: Record<string, string>;
    pr?: number;
    configPath?: string;
    oidc?: boolean;
    fork?: boolean;
  } = {},
): Promise<RunResult> {
  if (opts.mode === 'deploy') await createReplicationBoundariesFor(moto.endpoint, configText);
  const workdir = makeWorkdir();
  const configPath = opts.configPath ?? 'topology.yml';
  writeFileSync(join(workdir, configPath), configText);
  const withOidc = opts.oidc ?? true;
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: {
      config: configPath,
      mode: opts.mode ?? 'plan',
      'timeout-minutes': '5',
      'github-token': 'ghs_test',
      ...opts.inputs,
    },
    event: pullRequestEvent(opts.pr ?? PR, opts.fork),
    env: {
      AWS_ENDPOINT_URL: moto.endpoint,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SERVER_URL: 'https://github.example',
      ...(withOidc
        ? { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken }
        : {}),
    },
    timeoutMs: TIMEOUT,
  });
}

const example = exampleText('two-destinations');
const loaded = loadTopology(example);
if (!loaded.ok) throw new Error('the two-destinations example must be valid');
const topology = loaded.topology;
const places = [topology.source, ...topology.destinations];

/** Every stack in every account and region of the example: name, status, last update, template. */
async function stacksEverywhere(): Promise<string[]> {
  const out: string[] = [];
  for (const p of places) {
    const view = await AccountView.of(moto.endpoint, p.account, p.region);
    const list = await view.cfn.send(new ListStacksCommand({}));
    for (const s of list.StackSummaries ?? []) {
      if (s.StackStatus === 'DELETE_COMPLETE') continue;
      const t = await view.cfn.send(new GetTemplateCommand({ StackName: s.StackName }));
      out.push(
        `${p.account}/${p.region}/${s.StackName} ${s.StackStatus} ${s.LastUpdatedTime?.toISOString() ?? '-'} ${t.TemplateBody?.length}`,
      );
    }
  }
  return out.sort();
}

const writes = () => github.requests.filter((r) => r.method !== 'GET');
const planOf = (r: RunResult) =>
  JSON.parse(r.outputs['plan-json']!) as {
    basis: string;
    hasChanges: boolean;
    destructive: boolean;
    stacks: { name: string; status: string; unknownInputs: string[]; changes: { logicalId: string }[] }[];
  };

function expectSuccess(r: RunResult): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

describe('planning the two-destination example on a pull request', () => {
  let first: RunResult;

  beforeAll(async () => {
    first = await run(example);
  }, TIMEOUT);

  test('a first plan, before anything exists, previews every stack and leaves no stack behind', async () => {
    expectSuccess(first);
    const plan = planOf(first);
    expect(plan.basis).toBe('live');
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs.destructive).toBe('false');
    const statuses = Object.fromEntries(plan.stacks.map((s) => [s.name, s.status]));
    expect(statuses).toEqual({
      's3-xrepl-orders-dst-dr': 'create',
      's3-xrepl-orders-dst-analytics': 'create',
      // Its inputs are the destinations' outputs, which do not exist yet.
      's3-xrepl-orders-source': 'pending-inputs',
    });
    const source = plan.stacks.find((s) => s.name === 's3-xrepl-orders-source')!;
    expect(source.unknownInputs.sort()).toEqual([
      'AnalyticsBucketArn',
      'AnalyticsKmsKeyArn',
      'DrBucketArn',
      'DrKmsKeyArn',
    ]);
    expect(source.changes.map((c) => c.logicalId)).toEqual(
      expect.arrayContaining(['SourceBucket', 'ReplicationRole']),
    );
    // The change sets made stacks in REVIEW_IN_PROGRESS; the plan removed them again.
    expect(await stacksEverywhere()).toEqual([]);
  });

  test('it creates one comment with the marker, and the whole report in the job summary', () => {
    const comments = github.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('topology.yml'))).toBe(true);
    expect(first.outputs['comment-url']).toBe(comments[0]!.html_url);
    for (const text of [comments[0]!.body, first.summary]) {
      expect(text).toContain('```mermaid');
      // A first deploy shows the whole permission chain, resolved: only the new keys' ARNs wait.
      expect(text).toContain('🆕 **First deploy**');
      expect(text).toContain('`⟨dr key ARN, known after deploy⟩`');
      expect(text).toContain(
        '`ArnEquals aws:PrincipalArn = arn:aws:iam::111111111111:role/s3-xrepl-orders-replication`',
      );
      expect(text).not.toMatch(/Fn::|"Ref"|\$\{|AWS::NoValue/);
      expect(checkMarkdown(text)).toEqual([]);
    }
    expect(first.summary).toContain(`Planned from commit \`${'a'.repeat(12)}\``);
  });

  test(
    'a second plan with the same result leaves the comment alone',
    async () => {
      github.clearRequests();
      const again = await run(example);
      expectSuccess(again);
      expect(writes()).toEqual([]);
      expect(github.comments(PR)).toHaveLength(1);
      expect(again.outputs['comment-url']).toBe(first.outputs['comment-url']);
    },
    TIMEOUT,
  );

  test(
    'a plan for a second config gets its own comment',
    async () => {
      const other = exampleText('cross-account');
      const r = await run(other, { configPath: 'other.yml' });
      expectSuccess(r);
      const comments = github.comments(PR);
      expect(comments).toHaveLength(2);
      expect(comments[1]!.body.startsWith(commentMarker('other.yml'))).toBe(true);
    },
    TIMEOUT,
  );

  describe('once deployed', () => {
    let before: string[];

    beforeAll(async () => {
      expectSuccess(await run(example, { mode: 'deploy' }));
      before = await stacksEverywhere();
    }, TIMEOUT);

    test(
      'a plan of the deployed config says no changes and edits the comment to say so',
      async () => {
        github.clearRequests();
        const r = await run(example);
        expectSuccess(r);
        expect(r.outputs['has-changes']).toBe('false');
        expect(planOf(r).stacks.every((s) => s.status === 'unchanged')).toBe(true);
        expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
          `PATCH /repos/acme/infra/issues/comments/${github.comments(PR)[0]!.id}`,
        ]);
        expect(github.comments(PR)[0]!.body).toContain('No changes');
        expect(await stacksEverywhere()).toEqual(before);
      },
      TIMEOUT,
    );

    test(
      'a changed rule is planned through a real change set, with a readable diff, and nothing executes',
      async () => {
        const changed = example.replace('prefix: orders/', 'prefix: orders-v2/');
        const r = await run(changed);
        expectSuccess(r);
        const source = planOf(r).stacks.find((s) => s.name === 's3-xrepl-orders-source')!;
        expect(source.status).toBe('update');
        expect(source.changes.map((c) => c.logicalId)).toEqual(['SourceBucket']);
        const body = github.comments(PR)[0]!.body;
        // A rule is a row keyed by its id, and a refiltered rule is a risk named first.
        expect(body).toContain(
          '| ~ | `orders-to-dr-dr` | 20 | **prefix orders/ → prefix orders-v2/** | dr |',
        );
        expect(body).toContain(
          "**A rule's filter changes**: `orders-to-dr-dr` → `dr`: prefix orders/ → prefix orders-v2/.",
        );
        expect(await stacksEverywhere()).toEqual(before);
      },
      TIMEOUT,
    );

    test(
      'renaming a destination bucket is flagged destructive and blocked, and nothing executes',
      async () => {
        const renamed = example.replace(
          'bucket: acme-orders-dr-us-west-2',
          'bucket: acme-orders-dr2-us-west-2',
        );
        const r = await run(renamed);
        expectSuccess(r);
        expect(r.outputs.destructive).toBe('true');
        const body = github.comments(PR)[0]!.body;
        expect(body).toContain('Destructive changes blocked');
        expect(body).toContain(
          '**The `dr` bucket is replaced**: `acme-orders-dr-us-west-2` → `acme-orders-dr2-us-west-2`',
        );
        // The source waits for the new bucket's stack to deploy, but every value it will get is
        // known: the bucket's ARN follows from its name, the key is not replaced. The role policy
        // shows the bucket that leaves and the one that comes, and nothing is "known after deploy".
        const source = planOf(r).stacks.find((s) => s.name === 's3-xrepl-orders-source')!;
        expect(source.status).toBe('pending-inputs');
        expect(body).toContain('− `arn:aws:s3:::acme-orders-dr-us-west-2/*`');
        expect(body).toContain('+ `arn:aws:s3:::acme-orders-dr2-us-west-2/*`');
        expect(parseSections(body).get('plan')!.body).not.toContain('known after deploy');
        // The deploy that ran on this pull request wrote its own section beside the plan.
        expect([...parseSections(body).keys()]).toEqual(['plan', 'deploy']);
        expect(await stacksEverywhere()).toEqual(before);
      },
      TIMEOUT,
    );
  });
});

describe('finding the comment again', () => {
  test(
    'among more than 100 comments, the plan edits its own comment instead of adding one',
    async () => {
      const pr = 21;
      for (let i = 0; i < 120; i++) github.addComment(pr, `chatter ${i}`);
      // Someone else's comment with the marker, first in the thread, is never taken for the action's.
      const forged = github.addComment(
        pr,
        `${commentMarker('topology.yml')}\n<!-- s3-xrepl:section plan digest=00000000 -->\n✅ **No changes**\n<!-- s3-xrepl:end plan -->`,
        'mallory',
      );
      expectSuccess(await run(exampleText('same-account'), { pr }));
      for (let i = 0; i < 90; i++) github.addComment(pr, `more chatter ${i}`);
      // A human quoting the report does not start with the marker and is not taken for it.
      github.addComment(pr, `> ${commentMarker('topology.yml')}\n> quoted`);
      github.clearRequests();
      const changed = exampleText('same-account').replace(
        'priority: 0',
        'priority: 0\n    filter:\n      prefix: changed/',
      );
      expectSuccess(await run(changed, { pr }));
      const ours = github
        .comments(pr)
        .filter((c) => c.body.startsWith(commentMarker('topology.yml')) && c.id !== forged.id);
      expect(ours).toHaveLength(1);
      expect(ours[0]!.user.login).toBe('github-actions[bot]');
      expect(github.comments(pr).find((c) => c.id === forged.id)!.body).toBe(forged.body);
      expect(writes().map((w) => w.method)).toEqual(['PATCH']);
      expect(writes()[0]!.path).toBe(`/repos/acme/infra/issues/comments/${ours[0]!.id}`);
      const pages = github.requests.filter(
        (r) => r.method === 'GET' && r.path.endsWith(`/issues/${pr}/comments`),
      );
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.every((p) => p.query.per_page === '100')).toBe(true);
    },
    TIMEOUT,
  );
});

describe('degrading', () => {
  test(
    'without pull-requests: write the plan still succeeds, warns, and the summary has the report',
    async () => {
      github.setPermissions({ pullRequests: 'read', issues: 'read' });
      try {
        const r = await run(exampleText('cross-account'), { pr: 31 });
        expectSuccess(r);
        expect(r.stdout).toMatch(/::warning::could not comment on pull request #31 \(HTTP 403/);
        expect(r.outputs['comment-url']).toBe('');
        expect(r.summary).toContain('### s3-xrepl plan');
        expect(github.comments(31)).toEqual([]);
      } finally {
        github.setPermissions({ pullRequests: 'write', issues: 'write' });
      }
    },
    TIMEOUT,
  );

  test(
    'a plan that cannot be made replaces the comment with why, so an older verdict never lingers',
    async () => {
      const pr = 51;
      expectSuccess(await run(exampleText('cross-account'), { pr }));
      expect(github.comments(pr)[0]!.body).toContain('### s3-xrepl plan');
      const broken = exampleText('cross-account').replace("account: '222222222222'", "account: '2222'");
      const r = await run(broken, { pr });
      expect(r.code).toBe(2);
      const body = github.comments(pr)[0]!.body;
      expect(github.comments(pr)).toHaveLength(1);
      expect(body).toContain('⛔ **No plan**: topology.yml: 1 problem in the config');
      expect(body).not.toContain('```mermaid');
      expect(checkMarkdown(body)).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    'comment: false posts nothing',
    async () => {
      github.clearRequests();
      const r = await run(exampleText('cross-account'), { pr: 32, inputs: { comment: 'false' } });
      expectSuccess(r);
      expect(github.requests).toEqual([]);
      expect(r.summary).toContain('### s3-xrepl plan');
    },
    TIMEOUT,
  );

  test(
    'a fork without an OIDC token gets an offline plan against the base branch config, clearly labelled',
    async () => {
      const base = exampleText('cross-account');
      github.setFile('b'.repeat(40), 'topology.yml', base);
      const changed = base.replace('priority: 1', 'priority: 1\n    filter:\n      prefix: from-a-fork/');
      const r = await run(changed, { pr: 41, oidc: false, fork: true });
      expectSuccess(r);
      const plan = planOf(r);
      expect(plan.basis).toBe('offline');
      expect(plan.stacks.find((s) => s.name.endsWith('-source'))!.status).toBe('update');
      expect(plan.stacks.filter((s) => s.name.includes('-dst-')).every((s) => s.status === 'unchanged')).toBe(
        true,
      );
      const body = github.comments(41)[0]!.body;
      expect(body).toContain('**Offline plan** (a pull request from a fork gets no OIDC token)');
      expect(body).toContain(`the base branch (main @ ${'b'.repeat(7)})`);
      expect(body).toContain('from-a-fork/');
    },
    TIMEOUT,
  );
});
