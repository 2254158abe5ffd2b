import {
  DEFAULT_PREFERENCES,
  checkBootstrapSettings,
  formatAmount,
  parseAmount,
  type Amount,
  type BootstrapSettings,
  type PermissionModel,
} from '../../core/bootstrap/bootstrap-settings.js';
import { KNOWN_REGIONS } from '../../core/config/regions.js';
import { UserError } from '../../errors.js';
import type { RunContext } from './run-context.js';

export interface BootstrapInputs {
  readonly settings: BootstrapSettings;
  /** The role the action assumes (OIDC) in the StackSet's administrator or delegated administrator account. */
  readonly stackSetRole?: string;
}

const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

/** The account of a role ARN the inputs accepted. */
export const accountOfRole = (arn: string): string => ROLE_ARN.exec(arn)![2]!;

/**
 * The bootstrap inputs (or the CLI's flags of the same names), all checked at once: every problem
 * names its input. `requireRole`: the action has no other way into the administrator account.
 */
export function readBootstrapInputs(
  get: (name: string) => string,
  context: Pick<RunContext, 'repo' | 'defaultBranch' | 'repoIds'>,
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
