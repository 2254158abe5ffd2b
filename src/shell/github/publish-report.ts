import type { ReportParts } from '../../core/report/budget.js';
import type { SectionName } from '../../core/report/sticky-comment.js';
import type { Logger } from '../logger.js';
import type { CommentsApi } from './comments-api.js';
import { postSection } from './post-section.js';
import type { RunContext } from './run-context.js';

/**
 * A report into its section of this config's pull request comment: the pull request of the run, or,
 * on the push that merged one, that pull request. Returns the comment's URL, or '' when none.
 */
export async function publishSection(
  req: { parts: ReportParts; section: SectionName; configPath: string; author: string },
  deps: { readonly context: RunContext; readonly comments: () => CommentsApi; readonly logger: Logger },
): Promise<string> {
  const number = deps.context.pullRequest?.number ?? (await mergedPullRequest(deps));
  if (number === undefined) return '';
  const runUrl = deps.context.runUrl;
  const outcome = await postSection(
    deps.comments(),
    {
      issueNumber: number,
      configPath: req.configPath,
      section: req.section,
      parts: req.parts,
      author: req.author,
      omitted: (n) =>
        `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the full report, in the job summary${runUrl ? ` of [this run](${runUrl})` : ''}._`,
    },
    deps.logger,
  );
  deps.logger.info(`${req.section} comment: ${outcome.kind}${'url' in outcome ? ` ${outcome.url}` : ''}`);
  return 'url' in outcome ? outcome.url : '';
}

/**
 * After a merge, the push to the default branch deploys and verifies: its results belong in the
 * comment of the pull request that was merged. Not found, or not readable: the summary suffices.
 */
async function mergedPullRequest(deps: {
  readonly context: RunContext;
  readonly comments: () => CommentsApi;
  readonly logger: Logger;
}): Promise<number | undefined> {
  const { event, commit } = deps.context;
  if (event !== 'push' || !commit) return undefined;
  try {
    return await deps.comments().mergedPullRequestOf(commit);
  } catch (e) {
    deps.logger.info(`no pull request found for ${commit.slice(0, 7)}: ${(e as Error).message}`);
    return undefined;
  }
}
