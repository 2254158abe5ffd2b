import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { ActionDeps } from '../../action.js';
import { accountsOf, regionOf } from '../../core/model/accounts.js';
import { clientsFactory, stsClient } from '../aws/clients.js';
import { oidcCredentials } from '../aws/credentials.js';
import { systemClock } from '../aws/poll.js';
import { readTextFile, writeOutputDir } from '../fs/output-dir.js';
import { actionsLogger } from './actions-logger.js';
import { readInputs } from './inputs.js';

/** The real effects, for the runner: inputs, outputs and summary through @actions/core, OIDC into AWS. */
export function actionsRuntime(): ActionDeps {
  const logger = actionsLogger();
  const inputs = () => readInputs((name) => core.getInput(name));
  const runId = `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
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
    credentials: async (topology) => {
      return oidcCredentials(
        accountsOf(topology),
        {
          getIdToken: (audience) => core.getIDToken(audience),
          roleArn: (account) => topology.accounts[account]!.deployRoleArn,
          region: regionOf(topology),
          sessionName: `s3-xrepl-${runId}`.slice(0, 64),
          durationSeconds: inputs().roleDurationSeconds,
          context: {
            tokenRequestAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
            fromFork: isForkPullRequest(),
          },
        },
        { logger, mask: (s) => core.setSecret(s), stsClient },
      );
    },
    clients: clientsFactory,
  };
}

function isForkPullRequest(): boolean {
  try {
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request?: {
        head?: { repo?: { fork?: boolean; full_name?: string } };
        base?: { repo?: { full_name?: string } };
      };
    };
    const pr = event.pull_request;
    return Boolean(
      pr &&
      (pr.head?.repo?.fork ||
        (pr.head?.repo?.full_name && pr.head.repo.full_name !== pr.base?.repo?.full_name)),
    );
  } catch {
    return false;
  }
}
