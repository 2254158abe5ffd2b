/**
 * The GitHub fake (test/support/github-fake.ts), driven over HTTP through an Octokit-shaped client
 * of the documented REST endpoints (test/support/github-client.ts): each test starts a fresh fake, seeds it,
 * calls it over HTTP and reads back both the answers and what the fake recorded.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { githubClient } from '../support/github-client.js';
import { startGitHubFake, type GitHubFake, type GitHubPermissions } from '../support/github-fake.js';

const owner = 'acme';
const repo = 'replication';
const PR = 7;

let fake: GitHubFake;
let octokit: ReturnType<typeof githubClient>;
beforeEach(async () => {
  fake = await startGitHubFake({ owner, repo });
  octokit = githubClient('ghs_runner-token', fake.url);
});
afterEach(() => fake.stop());

const listRequests = () =>
  fake.requests.filter(
    (r) => r.method === 'GET' && r.path === `/repos/${owner}/${repo}/issues/${PR}/comments`,
  );

describe('issue comments', () => {
  it('creates, lists, reads and updates a comment on a pull request', async () => {
    // GIVEN someone else's comment on the PR
    fake.addComment(PR, 'looks good', 'octocat');

    // WHEN the bot comments, then edits its comment
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: PR,
      body: 'plan: 2 changes',
    });
    await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'plan: no changes',
    });

    // THEN GitHub's shapes come back and the list keeps id order
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'plan: 2 changes',
      html_url: `https://github.com/${owner}/${repo}/pull/${PR}#issuecomment-${created.data.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.data.node_id).toEqual(expect.any(String));
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR });
    expect(listed.data.map((c) => [c.user?.login, c.body])).toEqual([
      ['octocat', 'looks good'],
      ['github-actions[bot]', 'plan: no changes'],
    ]);
    const read = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    expect(read.data.body).toBe('plan: no changes');
    expect(fake.comments(PR).map((c) => c.body)).toEqual(['looks good', 'plan: no changes']);
    expect(fake.requests.find((r) => r.method === 'PATCH')).toMatchObject({
      path: `/repos/${owner}/${repo}/issues/comments/${created.data.id}`,
      body: { body: 'plan: no changes' },
      authorization: 'token ghs_runner-token',
    });
  });

  it('answers 404 for a comment id it does not hold', async () => {
    await expect(octokit.rest.issues.getComment({ owner, repo, comment_id: 42 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: 42, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('lets octokit.paginate read 250 comments in order, in three pages of 100', async () => {
    const seeded = Array.from({ length: 250 }, (_, i) => fake.addComment(PR, `comment ${i + 1}`).id);
    fake.clearRequests();

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: PR,
      per_page: 100,
    });

    expect(all.map((c) => c.id)).toEqual(seeded);
    expect(all.at(-1)?.body).toBe('comment 250');
    expect(listRequests().map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
  });

  it('writes Link headers as GitHub does: prev, next, last, first, on its own base URL', async () => {
    Array.from({ length: 7 }, (_, i) => fake.addComment(PR, `c${i}`));
    const at = (n: number) =>
      `<${fake.url}/repos/${owner}/${repo}/issues/${PR}/comments?per_page=2&page=${n}>`;

    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR, per_page: 2 });
    const middle = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: PR,
      per_page: 2,
      page: 2,
    });
    const last = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: PR,
      per_page: 2,
      page: 4,
    });
    const defaults = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR });

    expect(first.headers.link).toBe(`${at(2)}; rel="next", ${at(4)}; rel="last"`);
    expect(middle.headers.link).toBe(
      `${at(1)}; rel="prev", ${at(3)}; rel="next", ${at(4)}; rel="last", ${at(1)}; rel="first"`,
    );
    expect(last.headers.link).toBe(`${at(3)}; rel="prev", ${at(1)}; rel="first"`);
    expect(last.data.map((c) => c.body)).toEqual(['c6']);
    expect(defaults.headers.link).toBeUndefined();
    expect(defaults.data).toHaveLength(7);
  });

  it('caps per_page at 100 and defaults it to 30', async () => {
    Array.from({ length: 130 }, (_, i) => fake.addComment(PR, `c${i}`));

    const capped = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR, per_page: 500 });
    const byDefault = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR });

    expect(capped.data).toHaveLength(100);
    expect(byDefault.data).toHaveLength(30);
  });

  it('refuses a body over 65,536 characters with 422 and accepts one of exactly 65,536', async () => {
    const tooLong = octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: PR,
      body: 'x'.repeat(65537),
    });

    await expect(tooLong).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', message: 'Body is too long (maximum is 65536 characters)' }],
        },
      },
    });
    const atLimit = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: PR,
      body: 'x'.repeat(65536),
    });
    expect(atLimit.status).toBe(201);
    expect(fake.comments(PR)).toHaveLength(1);
  });
});

describe('GITHUB_TOKEN permissions', () => {
  // The documented rule: commenting needs pull-requests: write OR issues: write; opening an issue
  // needs issues: write.
  describe.each<[Partial<GitHubPermissions>, { comment: boolean; issue: boolean }]>([
    [
      { pullRequests: 'write', issues: 'write' },
      { comment: true, issue: true },
    ],
    [
      { pullRequests: 'write', issues: 'read' },
      { comment: true, issue: false },
    ],
    [
      { pullRequests: 'read', issues: 'write' },
      { comment: true, issue: true },
    ],
    [
      { pullRequests: 'read', issues: 'read' },
      { comment: false, issue: false },
    ],
  ])('with %j', (permissions, allowed) => {
    beforeEach(() => fake.setPermissions(permissions));

    it(`${allowed.comment ? 'allows' : 'refuses'} a PR comment`, async () => {
      const post = octokit.rest.issues.createComment({ owner, repo, issue_number: PR, body: 'plan' });
      if (allowed.comment) await expect(post).resolves.toMatchObject({ status: 201 });
      else await expect(post).rejects.toMatchObject(notAccessible);
      expect(fake.comments(PR)).toHaveLength(allowed.comment ? 1 : 0);
    });

    it(`${allowed.issue ? 'allows' : 'refuses'} opening an issue`, async () => {
      const open = octokit.rest.issues.create({ owner, repo, title: 'Drift detected' });
      if (allowed.issue) await expect(open).resolves.toMatchObject({ status: 201 });
      else await expect(open).rejects.toMatchObject(notAccessible);
      expect(fake.issues()).toHaveLength(allowed.issue ? 1 : 0);
    });
  });

  it('refuses to update a comment without either write permission, and still lets it be read', async () => {
    const { id } = fake.addComment(PR, 'old plan');
    fake.setPermissions({ pullRequests: 'read', issues: 'read' });

    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: 'new plan' }),
    ).rejects.toMatchObject(notAccessible);
    const read = await octokit.rest.issues.listComments({ owner, repo, issue_number: PR });
    expect(read.data.map((c) => c.body)).toEqual(['old plan']);
  });

  it('answers 401 Bad credentials for any other token when one is configured', async () => {
    // Shaped like a JWT, so Octokit sends it as `bearer …` rather than `token …`.
    const token = 'aaa.bbb.ccc';
    const strict = await startGitHubFake({ owner, repo, token });
    try {
      const wrong = githubClient('ghs_wrong', strict.url);
      const right = githubClient(token, strict.url);

      await expect(wrong.rest.issues.listForRepo({ owner, repo })).rejects.toMatchObject({
        status: 401,
        response: { data: { message: 'Bad credentials' } },
      });
      await expect(right.rest.issues.listForRepo({ owner, repo })).resolves.toMatchObject({ status: 200 });
      expect(strict.requests.map((r) => r.authorization)).toEqual(['token ghs_wrong', `bearer ${token}`]);
    } finally {
      await strict.stop();
    }
  });

  it('accepts any token, or none, when none is configured', async () => {
    const anonymous = await fetch(`${fake.url}/repos/${owner}/${repo}/issues`);

    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(fake.requests.at(-1)?.authorization).toBeUndefined();
  });
});

describe('issues and labels', () => {
  it('lists issues by state and by labels, all of which must match, newest first', async () => {
    const open = fake.addIssue({ title: 'drift A', labels: ['drift', 's3-xrepl'] });
    fake.addIssue({ title: 'drift only', labels: ['drift'] });
    const closed = fake.addIssue({ title: 'drift B', labels: ['s3-xrepl', 'drift'], state: 'closed' });
    const newer = fake.addIssue({ title: 'drift C', labels: ['Drift', 'S3-XREPL'] });

    const list = async (params: { state?: 'open' | 'closed' | 'all'; labels?: string }) =>
      (await octokit.rest.issues.listForRepo({ owner, repo, ...params })).data.map((i) => i.number);

    expect(await list({ labels: 'drift,s3-xrepl' })).toEqual([newer.number, open.number]);
    expect(await list({ labels: 'drift,s3-xrepl', state: 'closed' })).toEqual([closed.number]);
    expect(await list({ labels: 'drift, s3-xrepl', state: 'all' })).toEqual([
      newer.number,
      closed.number,
      open.number,
    ]);
    expect(await list({})).toHaveLength(3);
    expect(open.number).toBeGreaterThan(1000);
  });

  it('opens an issue, creating labels it does not know, then updates and closes it', async () => {
    fake.addComment(PR, 'a PR comment');
    const { data: created } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Replication drift',
      body: 'details',
      labels: ['drift'],
    });
    expect(created).toMatchObject({ state: 'open', labels: [{ name: 'drift', color: 'ededed' }] });
    expect(created.number).toBeGreaterThan(1000);
    expect(created.html_url).toBe(`https://github.com/${owner}/${repo}/issues/${created.number}`);

    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: created.number,
      body: 'resolved',
      state: 'closed',
      state_reason: 'completed',
      labels: ['drift', 'resolved'],
    });

    const { data: read } = await octokit.rest.issues.get({ owner, repo, issue_number: created.number });
    expect(read).toMatchObject({ body: 'resolved', state: 'closed', state_reason: 'completed' });
    expect(read.closed_at).toEqual(expect.any(String));
    expect(read.labels.map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name))).toEqual([
      'drift',
      'resolved',
    ]);
    expect(fake.labels().map((l) => l.name)).toEqual(['drift', 'resolved']);
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: PR })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('gets and creates labels, refusing a name that is taken with 422 already_exists', async () => {
    await expect(octokit.rest.issues.getLabel({ owner, repo, name: 'drift' })).rejects.toMatchObject({
      status: 404,
    });
    const created = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'drift',
      color: 'd73a4a',
      description: 'Replication drift',
    });
    expect(created.status).toBe(201);

    const read = await octokit.rest.issues.getLabel({ owner, repo, name: 'drift' });
    expect(read.data).toMatchObject({ name: 'drift', color: 'd73a4a', description: 'Replication drift' });
    await expect(octokit.rest.issues.createLabel({ owner, repo, name: 'Drift' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
    });
  });
});

describe('contents', () => {
  it('returns seeded files as base64 that decodes to the same bytes, ASCII or not', async () => {
    fake.setFile('main', 'hello.txt', 'hello\n');
    const unicode = 'Grüße aus Zürich — 東京 🌍\n'.repeat(21);
    fake.setFile('refs/pull/7/head', 'config/ünïcode/replication.yml', unicode);

    const ascii = await octokit.rest.repos.getContent({ owner, repo, path: 'hello.txt' });
    const nested = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'config/ünïcode/replication.yml',
      ref: 'refs/pull/7/head',
    });

    expect(ascii.data).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'hello.txt',
      path: 'hello.txt',
      // `printf 'hello\n' | git hash-object --stdin`
      sha: 'ce013625030ba8dba906f756967f9e9ca394464a',
    });
    const decode = (data: unknown) =>
      Buffer.from((data as unknown as { content: string }).content, 'base64').toString('utf8');
    expect(decode(ascii.data)).toBe('hello\n');
    expect(decode(nested.data)).toBe(unicode);
    // GitHub wraps the base64 text in lines of 60 characters, ending with a newline.
    const lines = (nested.data as unknown as { content: string }).content.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(nested.data).toMatchObject({ name: 'replication.yml', path: 'config/ünïcode/replication.yml' });
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/repos/${owner}/${repo}/contents/config/ünïcode/replication.yml`,
      query: { ref: 'refs/pull/7/head' },
    });
  });

  it('answers 404 for a file at another ref or path, and 403 without contents permission', async () => {
    fake.setFile('main', 'replication.yml', 'sources: []\n');

    await expect(
      octokit.rest.repos.getContent({ owner, repo, path: 'replication.yml', ref: 'other' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'missing.yml' })).rejects.toMatchObject({
      status: 404,
    });
    fake.setPermissions({ contents: 'none' });
    await expect(
      octokit.rest.repos.getContent({ owner, repo, path: 'replication.yml' }),
    ).rejects.toMatchObject(notAccessible);
  });
});

describe('anything else', () => {
  it('answers 404 Not Found for an unknown route or another repository, and records the call', async () => {
    fake.addComment(PR, 'a comment');

    await expect(octokit.rest.pulls.listFiles({ owner, repo, pull_number: PR })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } },
    });
    await expect(
      octokit.rest.issues.listComments({ owner: 'someone-else', repo, issue_number: PR }),
    ).rejects.toMatchObject({ status: 404 });

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${owner}/${repo}/pulls/${PR}/files`,
      `GET /repos/someone-else/${repo}/issues/${PR}/comments`,
    ]);
  });
});

const notAccessible = {
  status: 403,
  response: {
    data: {
      message: 'Resource not accessible by integration',
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/rest\//),
      status: '403',
    },
  },
};
