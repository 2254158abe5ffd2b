import { restClient } from './rest.js';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
  /** Login of the comment's author. */
  readonly author: string;
}

/** The three comment calls the action makes, on one repository. */
export interface CommentsApi {
  /** Every comment of an issue or pull request, oldest first, across all pages. */
  list(issueNumber: number): AsyncIterable<IssueComment>;
  create(issueNumber: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
  /** The merged pull request a commit came from (a push to the default branch), if any. */
  mergedPullRequestOf(sha: string): Promise<number | undefined>;
}

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

interface RawComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  url: c.html_url,
  author: c.user?.login ?? '',
});

/** The REST API (GITHUB_API_URL honoured) behind CommentsApi. */
export function restComments(token: string, r: Repo): CommentsApi {
  const api = restClient(token);
  const repo = `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
  return {
    async *list(issueNumber) {
      yield* mapAsync(
        api.paginate<RawComment>(`${repo}/issues/${issueNumber}/comments?per_page=100`),
        toComment,
      );
    },
    create: async (issueNumber, body) =>
      toComment(await api.request<RawComment>('POST', `${repo}/issues/${issueNumber}/comments`, { body })),
    update: async (commentId, body) =>
      toComment(await api.request<RawComment>('PATCH', `${repo}/issues/comments/${commentId}`, { body })),
    mergedPullRequestOf: async (sha) => {
      const pulls = await api.request<{ number: number; merged_at?: string | null }[]>(
        'GET',
        `${repo}/commits/${encodeURIComponent(sha)}/pulls`,
      );
      return pulls.find((p) => p.merged_at)?.number;
    },
  };
}

export async function* mapAsync<A, B>(items: AsyncIterable<A>, f: (a: A) => B): AsyncIterable<B> {
  for await (const item of items) yield f(item);
}
