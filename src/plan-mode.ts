import { planJson, summarizePlan } from './core/plan/plan.js';
import { renderAll } from './core/report/budget.js';
import { renderPlan, renderPlanFailure } from './core/report/render-plan.js';
import { EXIT, UserError } from './errors.js';
import { runPlan, type BaseConfig, type PlanBasisChoice, type PlanDeps } from './plan-command.js';
import type { ActionInputs } from './shell/github/inputs.js';
import { publishReport, type PublishDeps } from './publish-report.js';
import type { RunContext } from './shell/github/run-context.js';

/** Every output a plan sets (action.yml declares them; a test checks). */
export const PLAN_OUTPUTS = ['has-changes', 'destructive', 'plan-json', 'comment-url'] as const;
type PlanOutput = (typeof PLAN_OUTPUTS)[number];

export interface PlanModeDeps extends PlanDeps, PublishDeps {
  readonly baseConfig: (configPath: string) => Promise<BaseConfig>;
  readonly setOutput: (name: string, value: string) => void;
  readonly writeOutputDir: (dir: string, files: ReadonlyMap<string, string>) => Promise<string[]>;
}

/**
 * `mode: plan`: preview every stack, put the whole report in the job summary and, on a pull
 * request, in this config's comment (cut to GitHub's size limit). Never fails for what it found:
 * destructive changes are reported and flagged in the outputs, for the workflow to act on.
 */
export async function runPlanMode(inputs: ActionInputs, deps: PlanModeDeps): Promise<number> {
  const { context } = deps;
  let plan;
  try {
    plan = await runPlan(
      {
        configPath: inputs.config,
        policy: {
          allowDestructive: inputs.allowDestructive,
          recreateFailedStacks: inputs.recreateFailedStacks,
          timeoutMs: inputs.timeoutMinutes * 60_000,
        },
        basis: basisFor(context, inputs.config, deps),
      },
      deps,
    );
  } catch (e) {
    // The comment must not keep saying what an earlier plan found: it says this one failed.
    await publishReport(
      {
        parts: renderPlanFailure(inputs.config, e, context),
        section: 'plan',
        configPath: inputs.config,
        comment: inputs.comment,
        author: inputs.commentAuthor,
      },
      deps,
    ).catch(() => undefined);
    throw e;
  }
  const parts = renderPlan(plan, {
    ...(context.commit ? { commit: context.commit } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  });
  const whole = renderAll(parts);
  const json = JSON.stringify(planJson(plan));
  await deps.writeOutputDir(
    inputs.outDir,
    new Map([
      ['plan.json', `${JSON.stringify(planJson(plan), null, 2)}\n`],
      ['plan.md', whole],
    ]),
  );
  const summary = summarizePlan(plan);
  const setOutput = (name: PlanOutput, value: string) => deps.setOutput(name, value);
  setOutput('has-changes', String(summary.hasChanges));
  setOutput('destructive', String(summary.destructive.length > 0));
  setOutput('plan-json', json);
  const commentUrl = await publishReport(
    {
      parts,
      section: 'plan',
      configPath: inputs.config,
      comment: inputs.comment,
      author: inputs.commentAuthor,
    },
    deps,
  );
  setOutput('comment-url', commentUrl);
  deps.logger.info(whole.split('\n')[2] ?? '');
  return EXIT.ok;
}

function basisFor(context: RunContext, configPath: string, deps: PlanModeDeps): PlanBasisChoice {
  if (context.oidcAvailable) return { kind: 'live' };
  const pr = context.pullRequest;
  if (!pr) {
    throw new UserError(
      'mode plan has no OIDC token to reach AWS, and this run is not for a pull request, so there is no base branch to compare with either.',
      'Give the job "permissions: id-token: write".',
    );
  }
  return {
    kind: 'offline',
    reason: pr.fromFork
      ? 'a pull request from a fork gets no OIDC token'
      : 'no OIDC token: the job lacks "permissions: id-token: write"',
    base: () => deps.baseConfig(configPath),
  };
}
