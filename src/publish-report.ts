import { renderAll, type ReportParts } from './core/report/budget.js';
import type { SectionName } from './core/report/sticky-comment.js';
import type { CommentsApi } from './shell/github/comments-api.js';
import { postSection } from './shell/github/post-section.js';
import type { RunContext } from './shell/github/run-context.js';
import type { Logger } from './shell/logger.js';

export interface PublishDeps {
  readonly context: RunContext;
  readonly comments: () => CommentsApi;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly logger: Logger;
}

/**
 * A report goes whole into the job summary and, on a pull request and unless turned off, into
 * this config's comment as its own section. Returns the comment's URL, or '' when none.
 */
export async function publishReport(
  req: { parts: ReportParts; section: SectionName; configPath: string; comment: boolean; author: string },
  deps: PublishDeps,
): Promise<string> {
  await deps.appendSummary(renderAll(req.parts));
  if (!req.comment) return '';
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
async function mergedPullRequest(deps: PublishDeps): Promise<number | undefined> {
  const { event, commit } = deps.context;
  if (event !== 'push' || !commit) return undefined;
  try {
    return await deps.comments().mergedPullRequestOf(commit);
  } catch (e) {
    deps.logger.info(`no pull request found for ${commit.slice(0, 7)}: ${(e as Error).message}`);
    return undefined;
  }
}
