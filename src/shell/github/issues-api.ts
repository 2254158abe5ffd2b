import type { Repo } from './comments-api.js';
import { restClient } from './rest.js';

export interface TrackedIssue {
  readonly number: number;
  readonly body: string;
  readonly url: string;
  readonly author: string;
}

/** The issue calls the drift and verify modes make, on one repository. */
export interface IssuesApi {
  /** Open issues with the label, across all pages. */
  listOpen(label: string): AsyncIterable<TrackedIssue>;
  create(title: string, body: string, labels: readonly string[]): Promise<TrackedIssue>;
  update(
    number: number,
    change: { title?: string; body?: string; state?: 'closed'; state_reason?: 'completed' },
  ): Promise<TrackedIssue>;
  comment(number: number, body: string): Promise<void>;
}

interface RawIssue {
  number: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
  pull_request?: unknown;
}

const toIssue = (i: RawIssue): TrackedIssue => ({
  number: i.number,
  body: i.body ?? '',
  url: i.html_url,
  author: i.user?.login ?? '',
});

/** The REST API (GITHUB_API_URL honoured) behind IssuesApi. */
export function restIssues(token: string, r: Repo): IssuesApi {
  const api = restClient(token);
  const repo = `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
  return {
    async *listOpen(label) {
      const pages = api.paginate<RawIssue>(
        `${repo}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`,
      );
      // The issues endpoint lists pull requests too.
      for await (const i of pages) if (!i.pull_request) yield toIssue(i);
    },
    create: async (title, body, labels) =>
      toIssue(await api.request<RawIssue>('POST', `${repo}/issues`, { title, body, labels: [...labels] })),
    update: async (number, change) =>
      toIssue(await api.request<RawIssue>('PATCH', `${repo}/issues/${number}`, change)),
    comment: async (number, body) => {
      await api.request('POST', `${repo}/issues/${number}/comments`, { body });
    },
  };
}
