import type { ActionDeps, FrontDoorSettings } from './action.js';
import { accountOfRole, accountsOf, regionOf, roleArnOf } from './core/model/accounts.js';
import { UserError } from './core/errors.js';
import type { ModeEnv, RoleKind } from './modes/mode.js';
import type { Topology } from './core/model/topology.js';
import { clientsFactory } from './shell/aws/clients.js';
import { systemClock } from './shell/aws/poll.js';
import { readTextFile, writeOutputDir } from './shell/fs/output-dir.js';
import { expandConfig } from './shell/fs/expand-config.js';
import type { Logger } from './shell/logger.js';
import { actionsLogger } from './shell/github/actions-logger.js';
import { restComments, type Repo } from './shell/github/comments-api.js';
import { restIssues } from './shell/github/issues-api.js';
import { publishSection } from './shell/github/publish-report.js';
import { runContext, type RunContext } from './shell/github/run-context.js';
import * as runner from './shell/github/runner.js';

/**
 * The real effects, for the runner: inputs, outputs and summary through the runner's files, OIDC
 * into AWS, GitHub's REST API. Nothing heavy is loaded until a mode asks for it: STS on the first
 * credentials, the REST client on the first comment.
 */
export function actionsRuntime(): ActionDeps {
  const logger = actionsLogger();
  const context = runContext();
  const runId = `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const github = (settings: FrontDoorSettings) => {
    const token = () => {
      if (!settings.token)
        throw new UserError(
          'input "github-token" is empty: the comment, the tracking issue and the base branch config need a token.',
        );
      return settings.token;
    };
    return {
      comments: () => restComments(token(), repoOf(context)),
      issues: () => restIssues(token(), repoOf(context)),
      token,
    };
  };
  return {
    getInput: (name) => runner.getInput(name),
    setOutput: (name, value) => runner.setOutput(name, value),
    appendSummary: async (markdown) => runner.appendSummary(markdown),
    logger,
    context,
    expandConfig: (pattern) => expandConfig(pattern),
    modeEnv: ({ configPaths, logger: modeLogger, settings }): ModeEnv => {
      const gh = github(settings);
      return {
        frontDoor: 'action',
        logger: modeLogger,
        clock: systemClock,
        runId,
        configPaths,
        readFile: readTextFile,
        writeOutputDir,
        credentials: (topology, role) => oidcFor(topology, role, settings, modeLogger, context, runId),
        clients: clientsFactory,
        stackSetClient: async (role, region) => {
          if (!role) throw new UserError('input "stack-set-role" is required for mode bootstrap.');
          const account = accountOfRole(role);
          const credentials = await oidc(
            [account],
            () => role,
            () => region,
            settings,
            modeLogger,
            context,
            runId,
          );
          const { CloudFormationClient } = await import(
            /* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'
          );
          return clientsFactory(credentials, { cfn: CloudFormationClient })(account, region).cfn;
        },
        github: {
          context,
          author: settings.author,
          comments: gh.comments,
          issues: gh.issues,
          baseConfig: async (configPath) => {
            const pr = context.pullRequest!;
            const { baseConfigFromGitHub } = await import('./shell/github/base-config.js');
            return baseConfigFromGitHub(
              gh.token(),
              repoOf(context),
              { sha: pr.baseSha, ref: pr.baseRef },
              configPath,
              modeLogger,
            );
          },
        },
      };
    },
    publish: async ({ section, configPath, markdown, settings, logger: l }) => {
      if (!settings.comment) return '';
      const gh = github(settings);
      return publishSection(
        { parts: markdown, section, configPath, author: settings.author },
        { context, comments: gh.comments, logger: l },
      );
    },
  };
}

/** GitHub's OIDC token → each account's plan or deploy role, straight (no chaining). */
function oidcFor(
  topology: Topology,
  role: RoleKind,
  settings: FrontDoorSettings,
  logger: Logger,
  context: RunContext,
  runId: string,
) {
  const roles = (account: string) => roleArnOf(topology, account, role);
  return oidc(accountsOf(topology), roles, regionOf(topology), settings, logger, context, runId);
}

async function oidc(
  accounts: string[],
  roleArn: (account: string) => string,
  region: (account: string) => string,
  settings: FrontDoorSettings,
  logger: Logger,
  context: RunContext,
  runId: string,
) {
  const { oidcCredentials, stsClient } = await import('./shell/aws/credentials.js');
  return oidcCredentials(
    accounts,
    {
      getIdToken: (audience) => runner.getIdToken(audience),
      roleArn,
      region,
      sessionName: `s3-xrepl-${runId}`.slice(0, 64),
      durationSeconds: settings.roleDurationSeconds,
      context: {
        tokenRequestAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
        fromFork: context.pullRequest?.fromFork ?? false,
      },
    },
    { logger, mask: (s) => runner.setSecret(s), stsClient },
  );
}

function repoOf(context: RunContext): Repo {
  if (!context.repo)
    throw new UserError('GITHUB_REPOSITORY is not set: the action does not seem to run on a runner.');
  return context.repo;
}
