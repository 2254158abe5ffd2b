import { readFileSync } from 'node:fs';

/** What the action needs to know about the workflow run it is in, from the runner's environment. */
export interface RunContext {
  readonly repo?: { readonly owner: string; readonly repo: string };
  /** The pull request this run is for, if any. */
  readonly pullRequest?: {
    readonly number: number;
    readonly baseSha: string;
    readonly baseRef: string;
    readonly headSha: string;
    readonly fromFork: boolean;
  };
  /** The commit the run checked out (the PR head for pull requests). */
  readonly commit?: string;
  readonly runUrl?: string;
  /** The runner offers OIDC tokens (the job has `id-token: write`). */
  readonly oidcAvailable: boolean;
  /** GITHUB_EVENT_NAME: pull_request, push, schedule, workflow_dispatch, ... */
  readonly event?: string;
  /** The repository's default branch, as the event payload names it. */
  readonly defaultBranch?: string;
  /** GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID: the immutable ids of the OIDC subject. */
  readonly repoIds?: { readonly owner: string; readonly repo: string };
}

interface PullRequestEvent {
  repository?: { default_branch?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null };
  };
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let event: PullRequestEvent = {};
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as PullRequestEvent;
  } catch {
    // Not on a runner, or an event without a payload file: no pull request.
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = event.pull_request;
  const headRepo = pr?.head?.repo;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    ...(owner && repo ? { repo: { owner, repo } } : {}),
    ...(pr?.number && pr.base?.sha && pr.head?.sha
      ? {
          pullRequest: {
            number: pr.number,
            baseSha: pr.base.sha,
            baseRef: pr.base.ref ?? 'the base branch',
            headSha: pr.head.sha,
            // A deleted fork has no head repo at all: still a fork. `fork` alone is true for branches of
            // a repository that is itself a fork, so the names decide.
            fromFork:
              headRepo === null ||
              (headRepo?.full_name !== undefined && headRepo.full_name !== pr.base.repo?.full_name),
          },
        }
      : {}),
    // What was checked out and planned: for a pull request, the merge of its head into the base.
    ...(env.GITHUB_SHA || pr?.head?.sha ? { commit: env.GITHUB_SHA ?? pr!.head!.sha! } : {}),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(env.GITHUB_EVENT_NAME ? { event: env.GITHUB_EVENT_NAME } : {}),
    ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
    ...(env.GITHUB_REPOSITORY_OWNER_ID && env.GITHUB_REPOSITORY_ID
      ? { repoIds: { owner: env.GITHUB_REPOSITORY_OWNER_ID, repo: env.GITHUB_REPOSITORY_ID } }
      : {}),
    oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
  };
}
