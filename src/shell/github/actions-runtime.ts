import * as core from '@actions/core';
import type { ActionDeps } from '../../action.js';
import { accountsOf, regionOf } from '../../core/model/accounts.js';
import { clientsFactory, stsClient } from '../aws/clients.js';
import { oidcCredentials } from '../aws/credentials.js';
import { systemClock } from '../aws/poll.js';
import { readTextFile, writeOutputDir } from '../fs/output-dir.js';
import { actionsLogger } from './actions-logger.js';
import { readInputs } from './inputs.js';
import { UserError } from '../../errors.js';
import { baseConfigFromGitHub } from './base-config.js';
import { octokitComments, type Repo } from './comments-api.js';
import { octokitIssues } from './issues-api.js';
import { expandConfig } from '../fs/expand-config.js';
import { runContext, type RunContext } from './run-context.js';
import { roleArnOf } from '../../deploy-command.js';
import { accountOfRole } from './bootstrap-inputs.js';

/** The real effects, for the runner: inputs, outputs and summary through @actions/core, OIDC into AWS. */
export function actionsRuntime(): ActionDeps {
  const logger = actionsLogger();
  const inputs = () => readInputs((name) => core.getInput(name), context);
  const runId = `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const context = runContext();
  const token = () => {
    const t = inputs().githubToken;
    if (!t)
      throw new UserError(
        'input "github-token" is empty: the plan comment and the base branch config need a token.',
      );
    return t;
  };
  /** GitHub's OIDC token → each account's role, straight (no chaining). */
  const oidc = (
    accounts: string[],
    roleArn: (account: string) => string,
    region: (account: string) => string,
  ) =>
    oidcCredentials(
      accounts,
      {
        getIdToken: (audience) => core.getIDToken(audience),
        roleArn,
        region,
        sessionName: `s3-xrepl-${runId}`.slice(0, 64),
        durationSeconds: inputs().roleDurationSeconds,
        context: {
          tokenRequestAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
          fromFork: context.pullRequest?.fromFork ?? false,
        },
      },
      { logger, mask: (s) => core.setSecret(s), stsClient },
    );
  return {
    inputs,
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    readFile: readTextFile,
    writeOutputDir,
    logger,
    clock: systemClock,
    runId,
    credentials: (topology, role) =>
      oidc(accountsOf(topology), (account) => roleArnOf(topology, account, role), regionOf(topology)),
    clients: clientsFactory,
    stackSetClient: async (role, region) => {
      if (!role) throw new UserError('input "stack-set-role" is required for mode bootstrap.');
      const account = accountOfRole(role);
      const credentials = await oidc(
        [account],
        () => role,
        () => region,
      );
      return clientsFactory(credentials)(account, region).cfn;
    },
    context,
    comments: () => octokitComments(token(), repoOf(context)),
    issues: () => octokitIssues(token(), repoOf(context)),
    expandConfig: (pattern) => expandConfig(pattern),
    baseConfig: (configPath) => {
      const pr = context.pullRequest!;
      return baseConfigFromGitHub(
        token(),
        repoOf(context),
        { sha: pr.baseSha, ref: pr.baseRef },
        configPath,
        logger,
      );
    },
  };
}

function repoOf(context: RunContext): Repo {
  if (!context.repo)
    throw new UserError('GITHUB_REPOSITORY is not set: the action does not seem to run on a runner.');
  return context.repo;
}
