import {
  DEFAULT_PREFERENCES,
  checkBootstrapSettings,
  formatAmount,
  parseAmount,
  type Amount,
  type BootstrapSettings,
  type PermissionModel,
} from '../core/bootstrap/bootstrap-settings.js';
import { KNOWN_REGIONS } from '../core/config/regions.js';
import { ROLE_ARN } from '../core/model/accounts.js';
import { EXIT, UserError } from '../core/errors.js';
import type { Mode, RunFacts } from './mode.js';
import { CONFIG, TIMEOUT_MINUTES, configProblem, readSpecs, refuse, type InputSpec } from './inputs.js';

const text = (name: string, def: string, help: string, placeholder = 'VALUE'): InputSpec => ({
  name,
  kind: 'string',
  default: def,
  help,
  placeholder,
});

/** The bootstrap's own inputs, parsed together by readBootstrapInputs (they depend on each other). */
const BOOTSTRAP_INPUTS: readonly InputSpec[] = [
  text(
    'stack-set-role',
    '',
    'role in the StackSet administrator account, assumed to manage the StackSet',
    'ARN',
  ),
  text('stack-set-name', 's3-xrepl-bootstrap', 'name of the StackSet', 'NAME'),
  text(
    'stack-set-region',
    'us-east-1',
    'region of the StackSet and of its one instance per account',
    'REGION',
  ),
  text('permission-model', 'self-managed', 'self-managed or service-managed'),
  text('administration-role-arn', '', 'self-managed: the StackSet administration role', 'ARN'),
  text('execution-role-name', '', "self-managed: each account's StackSet execution role", 'NAME'),
  text('organizational-units', '', 'service-managed: ou-... or r-... ids, comma separated', 'IDS'),
  text('call-as', 'self', 'service-managed: self or delegated-admin'),
  text('auto-deployment', 'true', 'service-managed: accounts joining the OUs get an instance'),
  text('max-concurrent', '25%', 'accounts at once: a number or a percentage'),
  text('failure-tolerance', '10%', 'failed accounts before an operation stops'),
  text('concurrency-mode', 'strict', 'strict or soft'),
  text('region-concurrency', 'sequential', 'sequential or parallel'),
  text('repository', '', 'OWNER/REPO the plan and deploy roles trust (default: this one)', 'OWNER/REPO'),
  text('immutable-subject', 'false', 'trust the repo:OWNER@ID/REPO@ID subject form'),
  text('deploy-branch', '', 'the branch whose workflows may deploy (default: the default branch)', 'BRANCH'),
  text('deploy-environment', '', 'a GitHub environment whose jobs may deploy, instead of the branch', 'NAME'),
  text('reuse-oidc-provider', 'none', "accounts that already have GitHub's OIDC provider: all, none or ids"),
];

interface ModeInputs extends BootstrapInputs {
  readonly timeoutMs: number;
}

/**
 * `bootstrap`: one StackSet of the bootstrap template for every config the `config` input matches,
 * an instance in each account they name. Exit 1 when an account did not end up with a current
 * instance: the report says why.
 */
export const bootstrap: Mode<ModeInputs> = {
  name: 'bootstrap',
  summary: 'one bootstrap StackSet with an instance in every account the configs name',
  frontDoors: ['action', 'cli'],
  configs: 'all',
  reads: [CONFIG, TIMEOUT_MINUTES, ...BOOTSTRAP_INPUTS],
  outputs: [{ name: 'bootstrap-json' }, { name: 'failed-accounts' }],
  parse(get, facts) {
    const { values, problems } = readSpecs([CONFIG, TIMEOUT_MINUTES], get);
    let inputs: BootstrapInputs | undefined;
    try {
      // A terminal may use its own credentials in the administrator account; the runner has only OIDC.
      inputs = readBootstrapInputs(get, facts, { requireRole: facts.frontDoor === 'action' });
    } catch (e) {
      problems.push((e as Error).message);
    }
    refuse([...configProblem(values.config!), ...problems]);
    return { ...inputs!, timeoutMs: Number(values['timeout-minutes']) * 60_000 };
  },
  async run(inputs, env) {
    const [{ runBootstrap }, { bootstrapVerdict }, { renderBootstrap }, { renderAll }, { inline }] =
      await Promise.all([
        import(/* webpackChunkName: "bootstrap" */ '../shell/aws/bootstrap-stack-set.js'),
        import(/* webpackChunkName: "bootstrap" */ '../core/bootstrap/bootstrap-result.js'),
        import(/* webpackChunkName: "bootstrap" */ '../core/report/render-bootstrap.js'),
        import(/* webpackChunkName: "bootstrap" */ '../core/report/budget.js'),
        import(/* webpackChunkName: "bootstrap" */ '../core/report/terminal.js'),
      ]);
    const result = await runBootstrap(
      { configPaths: env.configPaths, settings: inputs.settings, timeoutMs: inputs.timeoutMs },
      { ...env, stackSetClient: (region) => env.stackSetClient(inputs.stackSetRole, region) },
    );
    const verdict = bootstrapVerdict(result);
    const json = {
      stackSet: result.stackSetName,
      region: result.region,
      ok: verdict.ok,
      accounts: verdict.lines,
      operations: result.operations.map((o) => ({
        operationId: o.operationId,
        status: o.status,
        results: o.results,
      })),
    };
    const parts = renderBootstrap(result);
    return {
      exitCode: verdict.ok ? EXIT.ok : EXIT.internal,
      outputs: {
        'bootstrap-json': JSON.stringify(json),
        'failed-accounts': JSON.stringify(
          verdict.lines.filter((l) => l.state !== 'ok').map((l) => l.account),
        ),
      },
      verdict: inline(renderAll(parts).split('\n')[2] ?? ''),
      report: parts,
      json,
    };
  },
};

export interface BootstrapInputs {
  readonly settings: BootstrapSettings;
  /** The role the action assumes (OIDC) in the StackSet's administrator or delegated administrator account. */
  readonly stackSetRole?: string;
}

/**
 * The bootstrap inputs (or the CLI's flags of the same names), all checked at once: every problem
 * names its input. `requireRole`: the action has no other way into the administrator account.
 */
export function readBootstrapInputs(
  get: (name: string) => string,
  context: Omit<RunFacts, 'frontDoor'>,
  opts: { readonly requireRole: boolean },
): BootstrapInputs {
  const problems: string[] = [];
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = get(name).trim().toLowerCase();
    if (v === '') return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`input "${name}" is "${v}": allowed values are ${allowed.join(', ')}.`);
    return fallback;
  };
  const amount = (name: string, fallback: Amount, allowZero: boolean): Amount => {
    const v = get(name).trim();
    if (v === '') return fallback;
    const parsed = parseAmount(v, { allowZero });
    if (!parsed)
      problems.push(
        `input "${name}" is "${v}": use a number of accounts (such as ${allowZero ? '0 or ' : ''}3) or a percentage (such as ${formatAmount(fallback)}).`,
      );
    return parsed ?? fallback;
  };
  const list = (name: string) =>
    get(name)
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);

  const stackSetRole = get('stack-set-role').trim();
  if (stackSetRole && !ROLE_ARN.test(stackSetRole))
    problems.push(
      `input "stack-set-role" is "${stackSetRole}": expected a role ARN, arn:aws:iam::<12-digit account>:role/<name>.`,
    );
  if (!stackSetRole && opts.requireRole)
    problems.push(
      'input "stack-set-role" is required for mode bootstrap: the role (trusting this repository through GitHub OIDC) in the StackSet administrator account.',
    );
  const region = get('stack-set-region').trim() || 'us-east-1';
  if (!KNOWN_REGIONS.includes(region))
    problems.push(`input "stack-set-region" is "${region}": not a known AWS region.`);
  const permissionModel = oneOf<PermissionModel>(
    'permission-model',
    ['self-managed', 'service-managed'],
    'self-managed',
  );

  const reuseText = list('reuse-oidc-provider');
  let reuseOidcProvider: BootstrapSettings['reuseOidcProvider'] = 'none';
  if (reuseText.length === 1 && ['all', 'none', 'true', 'false'].includes(reuseText[0]!.toLowerCase()))
    reuseOidcProvider = ['all', 'true'].includes(reuseText[0]!.toLowerCase()) ? 'all' : 'none';
  else if (reuseText.length > 0) {
    const bad = reuseText.filter((a) => !/^\d{12}$/.test(a));
    if (bad.length > 0)
      problems.push(
        `input "reuse-oidc-provider" has ${bad.map((b) => `"${b}"`).join(', ')}: use all, none, or 12-digit account ids.`,
      );
    reuseOidcProvider = reuseText;
  }

  const repository =
    get('repository').trim() || (context.repo ? `${context.repo.owner}/${context.repo.repo}` : '');
  const [org = '', repo = ''] = repository.split('/');
  if (repository && !/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    problems.push(`input "repository" is "${repository}": expected OWNER/REPO, with no wildcard.`);
  const immutable = oneOf('immutable-subject', ['true', 'false'], 'false') === 'true';
  if (immutable && !context.repoIds)
    problems.push(
      'input "immutable-subject" is true, but GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID are not set: run it on a runner.',
    );

  const settings: BootstrapSettings = {
    stackSetName: get('stack-set-name').trim() || 's3-xrepl-bootstrap',
    region,
    permissionModel,
    callAs: oneOf('call-as', ['self', 'delegated-admin'], 'self'),
    ...(get('administration-role-arn').trim()
      ? { administrationRoleArn: get('administration-role-arn').trim() }
      : {}),
    ...(get('execution-role-name').trim() ? { executionRoleName: get('execution-role-name').trim() } : {}),
    organizationalUnits: list('organizational-units'),
    autoDeployment: oneOf('auto-deployment', ['true', 'false'], 'true') === 'true',
    preferences: {
      maxConcurrent: amount('max-concurrent', DEFAULT_PREFERENCES.maxConcurrent, false),
      failureTolerance: amount('failure-tolerance', DEFAULT_PREFERENCES.failureTolerance, true),
      concurrencyMode: oneOf('concurrency-mode', ['strict', 'soft'], DEFAULT_PREFERENCES.concurrencyMode),
      regionConcurrency: oneOf(
        'region-concurrency',
        ['sequential', 'parallel'],
        DEFAULT_PREFERENCES.regionConcurrency,
      ),
    },
    github: {
      org,
      repo,
      ...(immutable && context.repoIds ? { orgId: context.repoIds.owner, repoId: context.repoIds.repo } : {}),
      deployBranch: get('deploy-branch').trim() || context.defaultBranch || 'main',
      deployEnvironment: get('deploy-environment').trim(),
    },
    reuseOidcProvider,
  };
  const admin = settings.administrationRoleArn;
  if (admin && !ROLE_ARN.test(admin))
    problems.push(
      `input "administration-role-arn" is "${admin}": expected a role ARN, arn:aws:iam::<account>:role/<name>.`,
    );
  // Settings that contradict each other are the inputs' fault too: say so in the same breath.
  problems.push(...checkBootstrapSettings(settings));
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return { settings, ...(stackSetRole ? { stackSetRole } : {}) };
}
