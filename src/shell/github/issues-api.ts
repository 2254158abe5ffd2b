import { getOctokit } from '@actions/github';
import type { Repo } from './comments-api.js';

export interface TrackedIssue {
  readonly number: number;
  readonly body: string;
  readonly url: string;
  readonly author: string;
}

/** The issue calls the drift mode makes, on one repository. */
export interface IssuesApi {
  /** Open issues with the label, across all pages. */
  listOpen(label: string): AsyncIterable<TrackedIssue>;
  create(title: string, body: string, labels: readonly string[]): Promise<TrackedIssue>;
  update(
    number: number,
    change: { body?: string; state?: 'closed'; state_reason?: 'completed' },
  ): Promise<TrackedIssue>;
  comment(number: number, body: string): Promise<void>;
}

export function octokitIssues(token: string, r: Repo): IssuesApi {
  const octokit = getOctokit(token);
  const toIssue = (i: {
    number: number;
    body?: string | null;
    html_url: string;
    user?: { login: string } | null;
  }): TrackedIssue => ({
    number: i.number,
    body: i.body ?? '',
    url: i.html_url,
    author: i.user?.login ?? '',
  });
  return {
    async *listOpen(label) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...r,
        state: 'open',
        labels: label,
        per_page: 100,
      });
      for await (const page of pages) for (const i of page.data) if (!i.pull_request) yield toIssue(i);
    },
    create: async (title, body, labels) =>
      toIssue((await octokit.rest.issues.create({ ...r, title, body, labels: [...labels] })).data),
    update: async (number, change) =>
      toIssue((await octokit.rest.issues.update({ ...r, issue_number: number, ...change })).data),
    comment: async (number, body) => {
      await octokit.rest.issues.createComment({ ...r, issue_number: number, body });
    },
  };
}
