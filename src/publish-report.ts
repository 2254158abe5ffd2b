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
  const pr = deps.context.pullRequest;
  if (!req.comment || !pr) return '';
  const runUrl = deps.context.runUrl;
  const outcome = await postSection(
    deps.comments(),
    {
      issueNumber: pr.number,
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
