import { getOctokit } from '@actions/github';

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

/** Octokit (GITHUB_API_URL honoured by @actions/github) behind CommentsApi. */
export function octokitComments(token: string, r: Repo): CommentsApi {
  const octokit = getOctokit(token);
  const toComment = (c: {
    id: number;
    body?: string | null;
    html_url: string;
    user?: { login: string } | null;
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    author: c.user?.login ?? '',
  });
  return {
    async *list(issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...r,
        issue_number: issueNumber,
        per_page: 100,
      });
      for await (const page of pages) for (const c of page.data) yield toComment(c);
    },
    create: async (issueNumber, body) =>
      toComment((await octokit.rest.issues.createComment({ ...r, issue_number: issueNumber, body })).data),
    update: async (commentId, body) =>
      toComment((await octokit.rest.issues.updateComment({ ...r, comment_id: commentId, body })).data),
    mergedPullRequestOf: async (sha) => {
      const out = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...r, commit_sha: sha });
      return out.data.find((p) => p.merged_at)?.number;
    },
  };
}
