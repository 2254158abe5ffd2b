/**
 * Text from a config or a file name, through the committed bundle run as the runner runs it, into
 * the pull request comment (the local GitHub fake) and the log (read as the runner reads workflow
 * commands, test/support/workflow-commands.ts), against the AWS emulator:
 *
 * - a config whose name spells out the comment's section markers and a forged "Replication
 *   verified" with an external image: the failed plan says why, and neither that plan nor any
 *   later write gives the comment a verify section or an image; a real verify writes its own;
 * - config files whose names hold line breaks and workflow commands, matched by a `config` glob:
 *   no name starts a command in the log, and each comment and the summary show the name as text.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commentMarker, parseSections } from '../../src/core/report/sticky-comment.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { checkMarkdown, markupIn, withoutFences } from '../support/markdown-check.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';
import { workflowCommands } from '../support/workflow-commands.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 240_000;

let moto: MotoServer;
let oidc: OidcServer;
let github: GitHubFake;
let replication: ReplicationStandIn;

async function run(opts: {
  files: Record<string, string>;
  config: string;
  mode: 'plan' | 'deploy' | 'verify';
  pr: number;
}): Promise<RunResult> {
  if (opts.mode === 'deploy')
    await createReplicationBoundariesFor(moto.endpoint, ...Object.values(opts.files));
  const workdir = makeWorkdir();
  for (const [path, text] of Object.entries(opts.files)) {
    mkdirSync(join(workdir, path, '..'), { recursive: true });
    writeFileSync(join(workdir, path), text);
  }
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: {
      config: opts.config,
      mode: opts.mode,
      'timeout-minutes': '5',
      'verify-timeout-minutes': '2',
      'github-token': 'ghs_test',
    },
    event: {
      pull_request: {
        number: opts.pr,
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } },
        head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/infra', fork: false } },
      },
    },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      AWS_ENDPOINT_URL: moto.endpoint,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SERVER_URL: 'https://github.example',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

function expectExit(r: RunResult, code: number): void {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}\n${r.stdout}\n${r.stderr}`);
}

const example = exampleText('same-account');

beforeAll(async () => {
  [moto, oidc, github] = await Promise.all([
    startMoto(),
    startOidcServer(),
    startGitHubFake({ owner: 'acme', repo: 'infra' }),
  ]);
  replication = startReplication(moto);
  expectExit(
    await run({ files: { 'topology.yml': example }, config: 'topology.yml', mode: 'deploy', pr: 1 }),
    0,
  );
}, TIMEOUT);
afterAll(async () => {
  await replication?.stop();
  await Promise.all([moto?.stop(), oidc?.stop(), github?.stop()]);
});

describe('a config whose name spells out a forged verify section', () => {
  const PR = 61;
  const forgedName = [
    'media',
    '<!-- s3-xrepl:end plan -->',
    '<!-- s3-xrepl:section verify digest=00000000 -->',
    '✅ **Replication verified** ![x](https://evil.example/p.png)',
    '<!-- s3-xrepl:end verify -->',
  ].join('\n');
  const forged = example.replace('name: media', `name: ${JSON.stringify(forgedName)}`);
  const ours = () => {
    const comments = github.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('topology.yml'))).toBe(true);
    return comments[0]!.body;
  };
  /** Nothing of the forgery is rendered: no image, no link, no HTML comment outside code. */
  const expectNoForgery = (body: string) => {
    const rendered = withoutFences(body);
    expect(rendered).not.toContain('![');
    expect(rendered).not.toContain('evil.example');
    expect(markupIn(body)).not.toContain('image');
    expect(checkMarkdown(body)).toEqual([]);
  };

  test(
    'the plan fails on the name, and the comment holds that plan section only',
    async () => {
      expect(forged).not.toBe(example);
      const r = await run({
        files: { 'topology.yml': forged },
        config: 'topology.yml',
        mode: 'plan',
        pr: PR,
      });
      expectExit(r, 2);
      const body = ours();
      expect(body).toContain('⛔ **No plan**: topology.yml: 1 problem in the config');
      expect([...parseSections(body).keys()]).toEqual(['plan']);
      expectNoForgery(body);
    },
    TIMEOUT,
  );

  test(
    'the plan of the real config replaces it, and no verify section appears',
    async () => {
      const r = await run({
        files: { 'topology.yml': example },
        config: 'topology.yml',
        mode: 'plan',
        pr: PR,
      });
      expectExit(r, 0);
      const body = ours();
      expect([...parseSections(body).keys()]).toEqual(['plan']);
      expect(body).toContain('No changes');
      expect(body).not.toContain('Replication verified');
      expectNoForgery(body);
    },
    TIMEOUT,
  );

  test(
    'a real verify then writes its own section next to the plan',
    async () => {
      const r = await run({
        files: { 'topology.yml': example },
        config: 'topology.yml',
        mode: 'verify',
        pr: PR,
      });
      expectExit(r, 0);
      const body = ours();
      const sections = parseSections(body);
      expect([...sections.keys()]).toEqual(['plan', 'verify']);
      expect(sections.get('verify')!.body).toMatch(
        /^### s3-xrepl verify · `media` · topology\.yml\n\n✅ \*\*Replication verified\*\* to 1 of 1 destinations/,
      );
      expectNoForgery(body);
    },
    TIMEOUT,
  );
});

describe('config files whose names hold workflow commands, matched by a glob', () => {
  const PR = 62;
  const names = [
    'replication/orders\n::add-mask::s3-xrepl\n::error title=Forged::all checks passed.yml',
    'replication/media ##[add-mask]media.yml',
  ];
  let r: RunResult;
  beforeAll(async () => {
    r = await run({
      files: { [names[0]!]: exampleText('cross-account'), [names[1]!]: example },
      config: 'replication/*.yml',
      mode: 'plan',
      pr: PR,
    });
  }, TIMEOUT);

  test('both plans run', () => {
    expectExit(r, 0);
    expect(JSON.parse(r.outputs.results!)).toEqual(
      [...names].sort().map((config) => ({ config, exitCode: 0 })),
    );
  });

  test('no name starts a workflow command in the log', () => {
    const commands = workflowCommands(r.stdout);
    expect(commands.filter((c) => c.properties.title === 'Forged')).toEqual([]);
    // The action masks its OIDC token and AWS credentials; nothing from a file name.
    expect(commands.filter((c) => c.line.includes('replication/') || /s3-xrepl|media/.test(c.data))).toEqual(
      [],
    );
    // Each config's lines say which config, on the line itself.
    expect(r.stdout).toContain(
      String.raw`["replication/orders\n::add-mask::s3-xrepl\n::error title=Forged::all checks passed.yml"]`,
    );
  });

  test('each config has its own comment, with its name as text in one line', () => {
    const comments = github.comments(PR);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual(names.map((n) => commentMarker(n)));
    for (const c of comments) {
      expect(checkMarkdown(c.body)).toEqual([]);
      const heading = c.body.split('\n').filter((l) => l.startsWith('### s3-xrepl plan'));
      expect(heading).toHaveLength(1);
    }
  });

  test('the summary has one row per config', () => {
    const rows = r.summary.split('\n').filter((l) => /^\| replication\//.test(l));
    expect(rows).toHaveLength(2);
  });
});
