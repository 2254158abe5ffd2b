import type { ReportParts } from '../../core/report/budget.js';
import { commentMarker, withSection, type SectionName } from '../../core/report/sticky-comment.js';
import type { Logger } from '../logger.js';
import type { CommentsApi } from './comments-api.js';

export type PostOutcome =
  | { readonly kind: 'created' | 'updated' | 'unchanged'; readonly url: string }
  | { readonly kind: 'not-permitted' | 'failed' };

/**
 * Puts a report section into this config's comment on the pull request: found by its marker over
 * every page of comments, created once, edited in place, left alone when its content is the same.
 * A token without permission to comment degrades to a warning: the job summary has the report.
 */
export async function postSection(
  api: CommentsApi,
  req: {
    readonly issueNumber: number;
    readonly configPath: string;
    readonly section: SectionName;
    readonly parts: ReportParts;
    readonly omitted: (count: number) => string;
    /** Only a comment by this login is ours: anyone can paste the marker into a comment of their own. */
    readonly author: string;
  },
  logger: Logger,
): Promise<PostOutcome> {
  const marker = commentMarker(req.configPath);
  try {
    let existing: { id: number; body: string; url: string; author: string } | undefined;
    for await (const c of api.list(req.issueNumber)) {
      // The first is the one to keep; a body merely quoting the marker does not start with it.
      if (c.author === req.author && c.body.startsWith(marker)) {
        existing = c;
        break;
      }
    }
    const update = withSection(existing?.body, req.configPath, req.section, req.parts, req.omitted);
    if (update.kind === 'unchanged') return { kind: 'unchanged', url: existing!.url };
    if (existing) {
      const c = await api.update(existing.id, update.body);
      return { kind: 'updated', url: c.url };
    }
    const c = await api.create(req.issueNumber, update.body);
    return { kind: 'created', url: c.url };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      logger.warning(
        `could not comment on pull request #${req.issueNumber} (HTTP ${status}: ${(e as Error).message}). ` +
          'The report is in the job summary. To get the comment, give the job "permissions: pull-requests: write".',
      );
      return { kind: 'not-permitted' };
    }
    // The report itself succeeded and is in the job summary; a comment is a copy of it.
    logger.warning(
      `could not comment on pull request #${req.issueNumber}: ${(e as Error).message}. The report is in the job summary.`,
    );
    return { kind: 'failed' };
  }
}
