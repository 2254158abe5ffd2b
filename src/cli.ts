import { parseArgs } from 'node:util';
import { consoleLogger, type Logger } from './shell/logger.js';
import { readTextFile, writeOutputDir } from './shell/fs/output-dir.js';
import { runSynth } from './synth-command.js';
import { PartialDeployError, roleArnOf, runDeploy, type DeployDeps } from './deploy-command.js';
import { accountsOf, regionOf } from './core/model/accounts.js';
import { renderDeploySummary } from './core/report/render-deploy-summary.js';
import { clientsFactory, stsClient } from './shell/aws/clients.js';
import { defaultChainCredentials } from './shell/aws/credentials.js';
import { systemClock } from './shell/aws/poll.js';
import { runPlan } from './plan-command.js';
import { runVerify } from './verify-command.js';
import { runDrift } from './drift-command.js';
import { verified } from './core/verify/verification.js';
import { driftVerdict } from './core/drift/drift-report.js';
import { renderVerify } from './core/report/render-verify.js';
import { renderDrift } from './core/report/render-drift.js';
import { renderAll } from './core/report/budget.js';
import { renderPlan } from './core/report/render-plan.js';
import { EXIT, UserError, exitCodeOf, failureMessage } from './errors.js';
import { runBootstrap } from './bootstrap-command.js';
import { bootstrapVerdict } from './core/bootstrap/bootstrap-result.js';
import { renderBootstrap } from './core/report/render-bootstrap.js';
import { accountOfRole, readBootstrapInputs } from './shell/github/bootstrap-inputs.js';
import { expandConfig } from './shell/fs/expand-config.js';
import {
  CONFIG_REFERENCE_FILE,
  configReferenceText,
  configSchemaText,
  genericTemplateFiles,
  SCHEMA_FILE,
} from './core/generic-files.js';

const USAGE = `usage:
  s3-xrepl synth --config FILE --out DIR     validate a config and write its templates, parameters and manifest.json
  s3-xrepl validate --config FILE            only validate the config
  s3-xrepl deploy --config FILE [--assume-roles] [--allow-destructive] [--recreate-failed-stacks] [--timeout-minutes N]
                                             deploy the stacks (destinations, then the source) with the default
                                             AWS credentials, or with each account's deploy role (--assume-roles)
  s3-xrepl plan --config FILE [--assume-roles] [--base-config FILE] [--allow-destructive] [--timeout-minutes N]
                                             preview every stack through change sets (nothing is executed) and print
                                             the report; with --base-config, an offline plan against that config
  s3-xrepl verify --config FILE [--assume-roles] [--timeout-minutes N]
                                             put a canary per destination and check its replica (exit 3 on failure)
  s3-xrepl drift --config FILE [--assume-roles] [--fail-on-drift]
                                             compare the live resources with what the stacks deployed
  s3-xrepl bootstrap --config GLOB [--stack-set-role ARN] [--permission-model self-managed|service-managed] [...]
                                             one bootstrap StackSet with an instance in every account the configs
                                             name; takes every bootstrap input of action.yml as a --flag
  s3-xrepl templates --out DIR               write the generic destination and bootstrap templates
  s3-xrepl schema [--out DIR]                write (or print) the config's JSON Schema and its Markdown reference`;

/** The CLI: the same code the action runs, from a terminal. Returns the exit code. */
export async function runCli(argv: readonly string[], logger: Logger = consoleLogger()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values } = parseArgs({
      args: rest,
      options: {
        config: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
        'assume-roles': { type: 'boolean' },
        'allow-destructive': { type: 'boolean' },
        'recreate-failed-stacks': { type: 'boolean' },
        'timeout-minutes': { type: 'string' },
        'base-config': { type: 'string' },
        'fail-on-drift': { type: 'boolean' },
        ...Object.fromEntries(BOOTSTRAP_FLAGS.map((f) => [f, { type: 'string' as const }])),
      },
      strict: true,
    });
    const need = (name: 'config' | 'out'): string => {
      const v = values[name];
      if (!v) throw new UserError(`${command} needs --${name}\n${USAGE}`);
      return v;
    };
    switch (command) {
      case 'synth':
        await runSynth(
          { configPath: need('config'), outDir: need('out') },
          { readFile: readTextFile, writeOutputDir, logger },
        );
        return EXIT.ok;
      case 'validate':
        await runSynth(
          { configPath: need('config'), outDir: '(not written)' },
          {
            readFile: readTextFile,
            writeOutputDir: async () => [],
            logger: { ...logger, info: () => undefined },
          },
        );
        logger.info(`${values.config}: valid`);
        return EXIT.ok;
      case 'plan': {
        const baseConfig = values['base-config'];
        const plan = await runPlan(
          {
            configPath: need('config'),
            policy: {
              allowDestructive: values['allow-destructive'] ?? false,
              recreateFailedStacks: values['recreate-failed-stacks'] ?? false,
              timeoutMs: timeoutMinutes(values['timeout-minutes']) * 60_000,
            },
            basis: baseConfig
              ? {
                  kind: 'offline',
                  reason: '--base-config given',
                  base: async () => ({ label: baseConfig, text: await readTextFile(baseConfig) }),
                }
              : { kind: 'live' },
          },
          cliDeployDeps(logger, values['assume-roles'] ?? false),
        );
        process.stdout.write(renderAll(renderPlan(plan)));
        return EXIT.ok;
      }
      case 'verify': {
        const report = await runVerify(
          { configPath: need('config'), timeoutMs: timeoutMinutes(values['timeout-minutes']) * 60_000 },
          cliDeployDeps(logger, values['assume-roles'] ?? false),
        );
        process.stdout.write(renderAll(renderVerify(report)));
        return verified(report) ? EXIT.ok : EXIT.found;
      }
      case 'drift': {
        const report = await runDrift(
          { configPath: need('config'), timeoutMs: timeoutMinutes(values['timeout-minutes']) * 60_000 },
          cliDeployDeps(logger, values['assume-roles'] ?? false),
        );
        process.stdout.write(renderAll(renderDrift(report)));
        return values['fail-on-drift'] && driftVerdict(report) === 'drifted' ? EXIT.found : EXIT.ok;
      }
      case 'deploy': {
        const minutes = timeoutMinutes(values['timeout-minutes']);
        const report = await runDeploy(
          {
            configPath: need('config'),
            policy: {
              allowDestructive: values['allow-destructive'] ?? false,
              recreateFailedStacks: values['recreate-failed-stacks'] ?? false,
              timeoutMs: minutes * 60_000,
            },
          },
          cliDeployDeps(logger, values['assume-roles'] ?? false),
        ).catch((e: unknown) => {
          if (e instanceof PartialDeployError) process.stdout.write(renderDeploySummary(e.report));
          throw e;
        });
        process.stdout.write(renderDeploySummary(report));
        return EXIT.ok;
      }
      case 'bootstrap': {
        const flags = values as Record<string, string | boolean | undefined>;
        const { settings, stackSetRole } = readBootstrapInputs(
          (name) => String(flags[name] ?? ''),
          { ...(process.env.GITHUB_REPOSITORY ? { repo: repoOf(process.env.GITHUB_REPOSITORY) } : {}) },
          { requireRole: false },
        );
        const result = await runBootstrap(
          {
            configPaths: await expandConfig(need('config')),
            settings,
            timeoutMs: timeoutMinutes(values['timeout-minutes']) * 60_000,
          },
          {
            readFile: readTextFile,
            logger,
            clock: systemClock,
            runId: `cli-${Date.now()}`,
            stackSetClient: (region) => cliStackSetClient(stackSetRole, region, logger),
          },
        );
        process.stdout.write(renderAll(renderBootstrap(result)));
        return bootstrapVerdict(result).ok ? EXIT.ok : EXIT.internal;
      }
      case 'templates': {
        const written = await writeOutputDir(need('out'), genericTemplateFiles());
        logger.info(`wrote ${written.join(', ')}`);
        return EXIT.ok;
      }
      case 'schema':
        if (values.out) {
          await writeOutputDir(
            values.out,
            new Map([
              [SCHEMA_FILE, configSchemaText()],
              [CONFIG_REFERENCE_FILE, configReferenceText()],
            ]),
          );
        } else process.stdout.write(configSchemaText());
        return EXIT.ok;
      case undefined:
      case '--help':
      case 'help':
        logger.info(USAGE);
        return command === undefined ? EXIT.user : EXIT.ok;
      default:
        throw new UserError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      logger.error(`${(e as Error).message}\n${USAGE}`);
      return EXIT.user;
    }
    logger.error(failureMessage(e));
    return exitCodeOf(e);
  }
}

function timeoutMinutes(text: string | undefined): number {
  const minutes = Number(text ?? '30');
  if (!Number.isInteger(minutes) || minutes < 1)
    throw new UserError('--timeout-minutes takes a whole number of minutes');
  return minutes;
}

/** The bootstrap flags share the action's input names. */
const BOOTSTRAP_FLAGS = [
  'stack-set-role',
  'stack-set-name',
  'stack-set-region',
  'permission-model',
  'administration-role-arn',
  'execution-role-name',
  'organizational-units',
  'call-as',
  'auto-deployment',
  'max-concurrent',
  'failure-tolerance',
  'concurrency-mode',
  'region-concurrency',
  'repository',
  'immutable-subject',
  'deploy-branch',
  'deploy-environment',
  'reuse-oidc-provider',
] as const;

function repoOf(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}

/** The default credentials, or (with --stack-set-role) that role assumed with them. */
async function cliStackSetClient(role: string | undefined, region: string, logger: Logger) {
  const account = role ? accountOfRole(role) : 'default';
  const credentials = role
    ? await defaultChainCredentials(
        [account],
        { region: () => region, sessionName: `s3-xrepl-cli-${Date.now()}`, roleArn: () => role },
        { logger, mask: () => undefined, stsClient },
      )
    : undefined;
  return clientsFactory(credentials)(account, region).cfn;
}

function cliDeployDeps(logger: Logger, assumeRoles: boolean): DeployDeps {
  const runId = `cli-${Date.now()}`;
  return {
    readFile: readTextFile,
    logger,
    clock: systemClock,
    runId,
    credentials: (topology, role) =>
      defaultChainCredentials(
        accountsOf(topology),
        {
          region: regionOf(topology),
          sessionName: `s3-xrepl-${runId}`,
          ...(assumeRoles ? { roleArn: (account: string) => roleArnOf(topology, account, role) } : {}),
        },
        // A terminal has no log masking; credentials are never printed.
        { logger, mask: () => undefined, stsClient },
      ),
    clients: clientsFactory,
  };
}
