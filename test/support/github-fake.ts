/**
 * A fake of the GitHub REST API on loopback, for running the product's GitHub code (through
 * `@actions/github`'s Octokit, with GITHUB_API_URL pointing here) without GitHub. It records every
 * request, answers for one repository, and models only what the product touches:
 *
 * - issue comments: list (paginated, id ascending), create, get, update;
 * - issues: list (state, labels, paginated, newest first as GitHub's default), create, get, update;
 *   pull requests share the number space but are never listed as issues here, and a comment may be
 *   added to any number, so tests pick PR numbers freely; new issues are numbered from 1001;
 * - labels: get, create (422 `already_exists`), created on the fly by issue writes (colour ededed),
 *   names compared without case as GitHub does;
 * - pull requests associated with a commit (as a test declares them);
 * - contents: a seeded file at a ref (default ref `main`), base64 in 60-character lines, git blob sha;
 *   directories, symlinks and submodules are not modelled (404);
 * - GITHUB_TOKEN permissions, answered with GitHub's 403 "Resource not accessible by integration";
 * - bodies over 65,536 characters (counted in code points), answered with GitHub's 422;
 * - `Link` headers (prev, next, last, first, in GitHub's order) on the fake's own base URL.
 * Not modelled: rate limits, conditional requests, reactions, deletes, search, GraphQL, pulls endpoints.
 * Anything unknown answers 404 "Not Found" and stays in `requests`, so a test sees unexpected calls.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path with percent-escapes decoded (`/repos/o/r/contents/a/b.yml`, not `a%2Fb.yml`). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}
export interface GitHubPermissions {
  pullRequests: 'write' | 'read';
  issues: 'write' | 'read';
  contents: 'read' | 'none';
}
export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}
export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}
export interface FakeLabel {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}
export interface FakeIssue {
  id: number;
  node_id: string;
  number: number;
  url: string;
  html_url: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: FakeLabel[];
  user: FakeUser;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}
export interface GitHubFake {
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  setPermissions(permissions: Partial<GitHubPermissions>): void;
  addComment(issueNumber: number, body: string, user?: string): FakeComment;
  comments(issueNumber: number): FakeComment[];
  addIssue(issue: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed' }): FakeIssue;
  issues(): FakeIssue[];
  setFile(ref: string, path: string, content: string | Buffer): void;
  /** GET /commits/{sha}/pulls answers this pull request (merged unless said otherwise). */
  associatePullRequest(sha: string, number: number, merged?: boolean): void;
  labels(): FakeLabel[];
  stop(): Promise<void>;
}

/** The actor behind a workflow's GITHUB_TOKEN. */
const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const MAX_BODY_CHARACTERS = 65536;
const DEFAULT_REF = 'main';
const DOCS = 'https://docs.github.com/rest';

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
interface Context {
  url: URL;
  params: string[];
  body: unknown;
  /** The route's page in GitHub's REST reference, which GitHub's error answers link to. */
  docs: string;
}
/**
 * A write is allowed when the token holds ANY of the listed grants. The lists follow GitHub's
 * "Permissions required for GitHub Apps" data (github/docs, src/github-apps/data/fpt-2022-11-28/
 * server-to-server-permissions.json): "Create an issue comment", "Update an issue comment",
 * "Update an issue" and "Create a label" appear under both "Issues" (write) and "Pull requests"
 * (write), which the REST reference renders as "at least one of the following permission sets";
 * "Create an issue" appears under "Issues" (write) only. GitHub is said to key the check on the
 * target's kind (issue or PR); the docs do not say so, and the fake does not.
 */
type Grant = 'issues:write' | 'pullRequests:write' | 'contents:read';
const ISSUE_OR_PR_WRITE: readonly Grant[] = ['issues:write', 'pullRequests:write'];
interface Route {
  method: string;
  pattern: RegExp;
  docs: string;
  requires?: readonly Grant[];
  handle(ctx: Context): Reply;
}

export async function startGitHubFake(
  opts: { owner?: string; repo?: string; token?: string } = {},
): Promise<GitHubFake> {
  const owner = opts.owner ?? 'acme';
  const repo = opts.repo ?? 'replication';
  const requests: RecordedRequest[] = [];
  /** Pull requests a commit belongs to (its merge commit or a head commit), as tests declare them. */
  const pullsByCommit = new Map<string, { number: number; merged: boolean }[]>();
  let permissions: GitHubPermissions = { pullRequests: 'write', issues: 'write', contents: 'read' };
  const commentsById = new Map<number, { issueNumber: number; comment: FakeComment }>();
  const issuesByNumber = new Map<number, FakeIssue>();
  const labelsByName = new Map<string, FakeLabel>();
  const files = new Map<string, Buffer>();
  let lastId = 1_000_000;
  let lastIssueNumber = 1000;
  let base = '';
  const apiRepo = () => `${base}/repos/${owner}/${repo}`;
  const webRepo = `https://github.com/${owner}/${repo}`;
  const fileKey = (ref: string, path: string) => `${ref}\0${path.replace(/^\/+/, '')}`;

  function addComment(issueNumber: number, body: string, user: FakeUser = ACTIONS_BOT): FakeComment {
    const id = ++lastId;
    const kind = issuesByNumber.has(issueNumber) ? 'issues' : 'pull';
    const comment: FakeComment = {
      id,
      node_id: nodeId('IC', id),
      url: `${apiRepo()}/issues/comments/${id}`,
      html_url: `${webRepo}/${kind}/${issueNumber}#issuecomment-${id}`,
      issue_url: `${apiRepo()}/issues/${issueNumber}`,
      body,
      user,
      created_at: now(),
      updated_at: now(),
    };
    commentsById.set(id, { issueNumber, comment });
    const issue = issuesByNumber.get(issueNumber);
    if (issue) issue.comments++;
    return comment;
  }

  function ensureLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const existing = labelsByName.get(name.toLowerCase());
    if (existing) return existing;
    const id = ++lastId;
    const label: FakeLabel = { id, node_id: nodeId('LA', id), name, color, description, default: false };
    labelsByName.set(name.toLowerCase(), label);
    return label;
  }

  function addIssue(input: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed' }) {
    const id = ++lastId;
    const number = ++lastIssueNumber;
    const issue: FakeIssue = {
      id,
      node_id: nodeId('I', id),
      number,
      url: `${apiRepo()}/issues/${number}`,
      html_url: `${webRepo}/issues/${number}`,
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      state_reason: null,
      labels: (input.labels ?? []).map((name) => ensureLabel(name)),
      user: ACTIONS_BOT,
      comments: 0,
      created_at: now(),
      updated_at: now(),
      closed_at: null,
    };
    issuesByNumber.set(number, issue);
    if (input.state === 'closed') setIssueState(issue, 'closed', null);
    return issue;
  }

  const commentsOn = (issueNumber: number) =>
    [...commentsById.values()].filter((c) => c.issueNumber === issueNumber).map((c) => c.comment);
  const comment = (ctx: Context) => commentsById.get(Number(ctx.params[0]))?.comment;
  const issue = (ctx: Context) => issuesByNumber.get(Number(ctx.params[0]));
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/issues\/comments\/(\d+)$/,
      docs: `${DOCS}/issues/comments#get-an-issue-comment`,
      handle: (ctx) => found(comment(ctx)),
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/comments\/(\d+)$/,
      docs: `${DOCS}/issues/comments#update-an-issue-comment`,
      requires: ISSUE_OR_PR_WRITE,
      handle(ctx) {
        const target = comment(ctx);
        if (!target) return notFound();
        const body = requiredString(ctx.body, 'body');
        if (typeof body !== 'string') return body;
        if (tooLong(body)) return validationFailed([BODY_TOO_LONG.comment], ctx.docs);
        Object.assign(target, { body, updated_at: now() });
        return { status: 200, body: target };
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues\/(\d+)\/comments$/,
      docs: `${DOCS}/issues/comments#list-issue-comments`,
      handle(ctx) {
        return page(commentsOn(Number(ctx.params[0])), ctx.url, base);
      },
    },
    {
      method: 'POST',
      pattern: /^\/issues\/(\d+)\/comments$/,
      docs: `${DOCS}/issues/comments#create-an-issue-comment`,
      requires: ISSUE_OR_PR_WRITE,
      handle(ctx) {
        const body = requiredString(ctx.body, 'body');
        if (typeof body !== 'string') return body;
        if (tooLong(body)) return validationFailed([BODY_TOO_LONG.comment], ctx.docs);
        return { status: 201, body: addComment(Number(ctx.params[0]), body) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues$/,
      docs: `${DOCS}/issues/issues#list-repository-issues`,
      handle(ctx) {
        const state = ctx.url.searchParams.get('state') ?? 'open';
        const wanted = (ctx.url.searchParams.get('labels') ?? '')
          .split(',')
          .map((l) => l.trim().toLowerCase());
        const newestFirst = ctx.url.searchParams.get('direction') !== 'asc';
        const matching = [...issuesByNumber.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((w) => !w || i.labels.some((l) => l.name.toLowerCase() === w)))
          .sort((a, b) => (newestFirst ? b.number - a.number : a.number - b.number));
        return page(matching, ctx.url, base);
      },
    },
    {
      method: 'POST',
      pattern: /^\/issues$/,
      docs: `${DOCS}/issues/issues#create-an-issue`,
      requires: ['issues:write'],
      handle(ctx) {
        const title = requiredString(ctx.body, 'title');
        if (typeof title !== 'string') return title;
        const body = field(ctx.body, 'body');
        if (typeof body === 'string' && tooLong(body))
          return validationFailed([BODY_TOO_LONG.issue], ctx.docs);
        const created = addIssue({
          title,
          body: typeof body === 'string' ? body : undefined,
          labels: labelNames(field(ctx.body, 'labels')),
        });
        return { status: 201, body: created };
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues\/(\d+)$/,
      docs: `${DOCS}/issues/issues#get-an-issue`,
      handle: (ctx) => found(issue(ctx)),
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/(\d+)$/,
      docs: `${DOCS}/issues/issues#update-an-issue`,
      requires: ISSUE_OR_PR_WRITE,
      handle(ctx) {
        const target = issue(ctx);
        if (!target) return notFound();
        const {
          title,
          body,
          state,
          state_reason: reason,
          labels,
        } = (ctx.body ?? {}) as Record<string, unknown>;
        if (typeof body === 'string' && tooLong(body))
          return validationFailed([BODY_TOO_LONG.issue], ctx.docs);
        if (state !== undefined && state !== 'open' && state !== 'closed') {
          return validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state' }], ctx.docs);
        }
        if (typeof title === 'string') target.title = title;
        if (typeof body === 'string' || body === null) target.body = body;
        if (labels !== undefined) target.labels = labelNames(labels).map((name) => ensureLabel(name));
        if (state) setIssueState(target, state, typeof reason === 'string' ? reason : null);
        target.updated_at = now();
        return { status: 200, body: target };
      },
    },
    {
      method: 'GET',
      pattern: /^\/labels\/([^/]+)$/,
      docs: `${DOCS}/issues/labels#get-a-label`,
      handle: (ctx) => found(labelsByName.get(decode(ctx.params[0] ?? '').toLowerCase())),
    },
    {
      method: 'POST',
      pattern: /^\/labels$/,
      docs: `${DOCS}/issues/labels#create-a-label`,
      requires: ISSUE_OR_PR_WRITE,
      handle(ctx) {
        const name = requiredString(ctx.body, 'name');
        if (typeof name !== 'string') return name;
        if (labelsByName.has(name.toLowerCase())) {
          return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], ctx.docs);
        }
        const color = field(ctx.body, 'color');
        const description = field(ctx.body, 'description');
        return {
          status: 201,
          body: ensureLabel(
            name,
            typeof color === 'string' ? color.replace(/^#/, '') : 'ededed',
            typeof description === 'string' ? description : null,
          ),
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/contents\/(.+)$/,
      docs: `${DOCS}/repos/contents#get-repository-content`,
      requires: ['contents:read'],
      handle(ctx) {
        const path = decode(ctx.params[0] ?? '').replace(/^\/+/, '');
        const ref = ctx.url.searchParams.get('ref') ?? DEFAULT_REF;
        const content = files.get(fileKey(ref, path));
        if (!content) return notFound();
        return { status: 200, body: fileEntry({ path, ref, content, apiRepo: apiRepo(), webRepo }) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/commits\/([0-9a-f]{7,40})\/pulls$/,
      docs: `${DOCS}/commits/commits#list-pull-requests-associated-with-a-commit`,
      requires: ['contents:read'],
      handle(ctx) {
        const pulls = pullsByCommit.get(ctx.params[0] ?? '') ?? [];
        return {
          status: 200,
          body: pulls.map((p) => ({
            number: p.number,
            state: p.merged ? 'closed' : 'open',
            merged_at: p.merged ? '2026-11-27T00:00:00Z' : null,
            html_url: `${webRepo}/pull/${p.number}`,
          })),
        };
      },
    },
  ];

  /** What follows `/repos/{owner}/{repo}` when the request is for this repository (names without case, as GitHub). */
  function pathInRepo(pathname: string): string | undefined {
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!match || !sameName(match[1], owner) || !sameName(match[2], repo)) return undefined;
    return match[3] ?? '';
  }

  function isGranted(grant: Grant): boolean {
    if (grant === 'contents:read') return permissions.contents === 'read';
    return grant === 'issues:write' ? permissions.issues === 'write' : permissions.pullRequests === 'write';
  }

  function answer(method: string, url: URL, authorization: string | undefined, body: unknown): Reply {
    if (opts.token !== undefined && !isToken(authorization, opts.token)) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
    }
    const rest = pathInRepo(url.pathname);
    if (rest === undefined) return notFound();
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(rest) : null;
      if (!match) continue;
      if (route.requires && !route.requires.some(isGranted)) return notAccessible(route.docs);
      return route.handle({ url, params: match.slice(1), body, docs: route.docs });
    }
    return notFound();
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const body = parseJson((await readBody(req)).toString('utf8'));
    const authorization = req.headers.authorization;
    requests.push({
      method: req.method ?? 'GET',
      path: decode(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body,
      ...(authorization === undefined ? {} : { authorization }),
    });
    const reply = answer(req.method ?? 'GET', url, authorization, body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    clearRequests: () => void requests.splice(0),
    setPermissions(p) {
      permissions = { ...permissions, ...p };
    },
    addComment: (issueNumber, body, login) =>
      structuredClone(addComment(issueNumber, body, login === undefined ? ACTIONS_BOT : userNamed(login))),
    comments: (issueNumber) => commentsOn(issueNumber).map((c) => structuredClone(c)),
    addIssue: (input) => structuredClone(addIssue(input)),
    issues: () => [...issuesByNumber.values()].map((i) => structuredClone(i)),
    associatePullRequest(sha, number, merged = true) {
      pullsByCommit.set(sha, [...(pullsByCommit.get(sha) ?? []), { number, merged }]);
    },
    setFile(ref, path, content) {
      files.set(fileKey(ref, path), Buffer.from(content));
    },
    labels: () => [...labelsByName.values()].map((l) => structuredClone(l)),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** GitHub pages with `per_page` (default 30, at most 100) and a 1-based `page`. */
function page<T>(items: T[], url: URL, base: string): Reply {
  const perPage = Math.min(100, positiveInt(url.searchParams.get('per_page')) ?? 30);
  const current = positiveInt(url.searchParams.get('page')) ?? 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const rels: [string, number][] = [];
  if (current > 1) rels.push(['prev', current - 1]);
  if (current < lastPage) rels.push(['next', current + 1], ['last', lastPage]);
  if (current > 1) rels.push(['first', 1]);
  const link = rels.map(([rel, n]) => `<${pageUrl(url, base, n)}>; rel="${rel}"`).join(', ');
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    headers: link ? { link } : {},
  };
}

/** The same request on another page: other query parameters kept in order, `page` last. */
function pageUrl(url: URL, base: string, n: number): string {
  const target = new URL(url.pathname, base);
  for (const [key, value] of url.searchParams) if (key !== 'page') target.searchParams.append(key, value);
  target.searchParams.append('page', String(n));
  return target.toString();
}

function fileEntry(f: { path: string; ref: string; content: Buffer; apiRepo: string; webRepo: string }) {
  // Git's blob id, so a test can compare it with `git hash-object`.
  const sha = createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${f.content.length}\0`), f.content]))
    .digest('hex');
  const base64 = f.content.toString('base64');
  return {
    type: 'file',
    encoding: 'base64',
    size: f.content.length,
    name: f.path.split('/').pop(),
    path: f.path,
    sha,
    // GitHub wraps the base64 text at 60 characters; decoders must tolerate the newlines.
    content: base64.replace(/.{60}/g, '$&\n') + (base64.length % 60 ? '\n' : ''),
    url: `${f.apiRepo}/contents/${encodeURI(f.path)}?ref=${encodeURIComponent(f.ref)}`,
    html_url: `${f.webRepo}/blob/${f.ref}/${encodeURI(f.path)}`,
  };
}

function setIssueState(issue: FakeIssue, state: 'open' | 'closed', reason: string | null): void {
  const wasClosed = issue.state === 'closed';
  issue.state = state;
  issue.closed_at = state === 'closed' ? (wasClosed ? issue.closed_at : now()) : null;
  issue.state_reason = state === 'closed' ? (reason ?? 'completed') : wasClosed ? 'reopened' : null;
}

/** Issue writes accept label names or `{ name }` objects. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((l: unknown) => (typeof l === 'string' ? l : field(l, 'name')))
    .filter((l): l is string => typeof l === 'string');
}

const tooLong = (body: string) => Array.from(body).length > MAX_BODY_CHARACTERS;

// GitHub's wording differs by resource, as seen in its answers: comments say "Body" under field
// "data"; issues say "body" under field "body".
const BODY_TOO_LONG = {
  comment: {
    resource: 'IssueComment',
    code: 'unprocessable',
    field: 'data',
    message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
  },
  issue: {
    resource: 'Issue',
    code: 'custom',
    field: 'body',
    message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
  },
};

function validationFailed(errors: object[], docs: string): Reply {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors, documentation_url: docs, status: '422' },
  };
}

/** GitHub's answer to a missing required field; the caller returns it as is. */
function requiredString(body: unknown, name: string): string | Reply {
  const value = field(body, name);
  if (typeof value === 'string') return value;
  const message = `Invalid request.\n\n"${name}" wasn't supplied.`;
  return { status: 422, body: { message, documentation_url: DOCS, status: '422' } };
}

function notAccessible(docs: string): Reply {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
  };
}

const notFound = (): Reply => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
});
const found = (value: object | undefined): Reply => (value ? { status: 200, body: value } : notFound());

/** `token X` or `Bearer X`; the scheme is case-insensitive (Octokit sends `bearer` for JWT-shaped tokens). */
function isToken(authorization: string | undefined, token: string): boolean {
  const match = /^(?:token|bearer) +(.+)$/i.exec(authorization ?? '');
  return match?.[1] === token;
}

/** Text that is not JSON stays text, which no write accepts (422 "wasn't supplied"). */
function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const sameName = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
const userNamed = (login: string): FakeUser => ({
  login,
  id: parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16),
  type: login.endsWith('[bot]') ? 'Bot' : 'User',
});
const nodeId = (prefix: string, id: number) =>
  `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
/** GitHub's timestamps carry no milliseconds. */
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
