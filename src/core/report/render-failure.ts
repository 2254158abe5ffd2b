import { PartialFailure } from '../errors.js';
import type { ReportParts } from './budget.js';
import type { RenderContext } from './render-plan.js';
import { code, codeBlock, inlineText } from './untrusted-text.js';

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
      // A run that stopped part-way says what it had done (a deploy: which stacks changed).
      ...(error instanceof PartialFailure && error.summary ? [error.summary.trimEnd()] : []),
    ],
    details: [],
    tail: [
      `<sub>${ctx.commit ? `At commit ${code(ctx.commit.slice(0, 12))}` : 'Run locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · ${error instanceof PartialFailure ? 'stopped part-way' : 'nothing was executed'}; the log has the details.</sub>`,
    ],
  };
}
