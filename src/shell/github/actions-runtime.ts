import * as core from '@actions/core';
import { readTextFile, writeOutputDir } from '../fs/output-dir.js';
import type { ActionDeps } from '../../action.js';
import { actionsLogger } from './actions-logger.js';
import { readInputs } from './inputs.js';

/** The real effects, for the runner: inputs, outputs and summary through @actions/core. */
export function actionsRuntime(): ActionDeps {
  return {
    inputs: () => readInputs((name) => core.getInput(name)),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    readFile: readTextFile,
    writeOutputDir,
    logger: actionsLogger(),
  };
}
