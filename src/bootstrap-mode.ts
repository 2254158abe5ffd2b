import { runBootstrap, type BootstrapDeps } from './bootstrap-command.js';
import { bootstrapVerdict } from './core/bootstrap/bootstrap-result.js';
import { renderAll } from './core/report/budget.js';
import { renderBootstrap } from './core/report/render-bootstrap.js';
import { EXIT } from './errors.js';
import type { ActionInputs } from './shell/github/inputs.js';

/** Every output bootstrap sets (action.yml declares them; a test checks). */
export const BOOTSTRAP_OUTPUTS = ['bootstrap-json', 'failed-accounts'] as const;
type BootstrapOutput = (typeof BOOTSTRAP_OUTPUTS)[number];

export interface BootstrapModeDeps extends Omit<BootstrapDeps, 'stackSetClient'> {
  /** CloudFormation in the administrator account, through the role (undefined: default credentials). */
  readonly stackSetClient: (
    role: string | undefined,
    region: string,
  ) => ReturnType<BootstrapDeps['stackSetClient']>;
  readonly setOutput: (name: string, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
}

/**
 * `mode: bootstrap`: one StackSet for every config the `config` input matches. Exit 1 when an
 * account the configs name did not end up with a current instance: the report says why.
 */
export async function runBootstrapMode(
  inputs: ActionInputs,
  configPaths: readonly string[],
  deps: BootstrapModeDeps,
): Promise<number> {
  const { settings, stackSetRole } = inputs.bootstrap!;
  const result = await runBootstrap(
    { configPaths, settings, timeoutMs: inputs.timeoutMinutes * 60_000 },
    { ...deps, stackSetClient: (region) => deps.stackSetClient(stackSetRole, region) },
  );
  const verdict = bootstrapVerdict(result);
  const setOutput = (name: BootstrapOutput, value: string) => deps.setOutput(name, value);
  setOutput(
    'bootstrap-json',
    JSON.stringify({
      stackSet: result.stackSetName,
      region: result.region,
      ok: verdict.ok,
      accounts: verdict.lines,
      operations: result.operations.map((o) => ({
        operationId: o.operationId,
        status: o.status,
        results: o.results,
      })),
    }),
  );
  setOutput(
    'failed-accounts',
    JSON.stringify(verdict.lines.filter((l) => l.state !== 'ok').map((l) => l.account)),
  );
  const report = renderAll(renderBootstrap(result));
  await deps.appendSummary(report);
  deps.logger.info(report.split('\n')[2] ?? '');
  return verdict.ok ? EXIT.ok : EXIT.internal;
}
