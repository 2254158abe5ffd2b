import { renderVerify } from './core/report/render-verify.js';
import { verified } from './core/verify/verification.js';
import { EXIT } from './errors.js';
import { publishReport, type PublishDeps } from './publish-report.js';
import type { ActionInputs } from './shell/github/inputs.js';
import { runVerify, type VerifyDeps } from './verify-command.js';

/** Every output a verify sets (action.yml declares them; a test checks). */
export const VERIFY_OUTPUTS = ['verified', 'verify-json', 'comment-url'] as const;
type VerifyOutput = (typeof VERIFY_OUTPUTS)[number];

export interface VerifyModeDeps extends VerifyDeps, PublishDeps {
  readonly setOutput: (name: string, value: string) => void;
}

/** `mode: verify`: a canary per destination; exit 3 when any destination did not pass. */
export async function runVerifyMode(inputs: ActionInputs, deps: VerifyModeDeps): Promise<number> {
  const report = await runVerify(
    { configPath: inputs.config, timeoutMs: inputs.verifyTimeoutMinutes * 60_000 },
    deps,
  );
  const ok = verified(report);
  const setOutput = (name: VerifyOutput, value: string) => deps.setOutput(name, value);
  setOutput('verified', String(ok));
  setOutput('verify-json', JSON.stringify(report));
  const parts = renderVerify(report, {
    ...(deps.context.commit ? { commit: deps.context.commit } : {}),
    ...(deps.context.runUrl ? { runUrl: deps.context.runUrl } : {}),
  });
  setOutput(
    'comment-url',
    await publishReport(
      {
        parts,
        section: 'verify',
        configPath: inputs.config,
        comment: inputs.comment,
        author: inputs.commentAuthor,
      },
      deps,
    ),
  );
  for (const d of report.destinations.filter((x) => x.status === 'unverifiable'))
    deps.logger.warning(`verify ${d.destinationId}: not verifiable: ${d.hints[0] ?? ''}`);
  if (ok) return EXIT.ok;
  for (const d of report.destinations.filter((x) => x.status !== 'pass' && x.status !== 'unverifiable'))
    deps.logger.error(
      `verify ${d.destinationId} (${d.account}, ${d.region}): ${d.status}${d.replicationStatus ? ` (${d.replicationStatus})` : ''}. Look at: ${d.hints[0] ?? 'the report'}`,
    );
  return EXIT.found;
}
