import type { ReportParts } from './budget.js';
import { footer, type RenderContext } from './render-plan.js';
import { codeBlock, inlineText } from './untrusted-text.js';

/**
 * The report of a run that failed, for the comment section an earlier run filled: the section must
 * not keep saying what that run found. `headline` is the mode's own word for it ("No plan").
 */
export function renderFailure(
  what: { readonly mode: string; readonly headline: string },
  configPath: string,
  error: unknown,
  ctx: RenderContext = {},
): ReportParts {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  return {
    head: [
      `### s3-xrepl ${inlineText(what.mode)} · ${inlineText(configPath)}`,
      `⛔ **${inlineText(what.headline)}**: ${inlineText(lines[0] ?? '')}`,
      ...(lines.length > 1 ? [codeBlock(lines.slice(1, 40), 'text')] : []),
    ],
    details: [],
    tail: [footer(ctx, 'nothing was executed; the log has the details.')],
  };
}
