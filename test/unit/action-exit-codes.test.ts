import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { runAction, type ActionDeps } from '../../src/action.js';
import type { ModeEnv } from '../../src/modes/mode.js';
import type { Clock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { awsError, change, fakeClock, stack, stackNotFound } from '../support/aws-mocks.js';
import { exampleText } from '../support/examples.js';

interface Fakes {
  readonly inputs: Record<string, string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeOutputDir: (dir: string, files: ReadonlyMap<string, string>) => Promise<string[]>;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly expandConfig: (pattern: string) => Promise<string[]>;
  readonly clock: Clock;
  readonly credentials: ModeEnv['credentials'];
  readonly clients: ModeEnv['clients'];
}

function deps(overrides: Partial<Fakes>): ActionDeps & {
  outputs: Record<string, string>;
  logger: ReturnType<typeof recordingLogger>;
  summaries: string[];
} {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const inputs: Record<string, string> = {
    config: 'topology.yml',
    mode: 'synth',
    'out-dir': 'out',
    ...overrides.inputs,
  };
  const logger = recordingLogger();
  const refuse = (what: string) => () => {
    throw new Error(`synth must not ${what}`);
  };
  return {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (k, v) => void (outputs[k] = v),
    appendSummary: overrides.appendSummary ?? (async (markdown) => void summaries.push(markdown)),
    logger,
    context: { oidcAvailable: false },
    expandConfig: overrides.expandConfig ?? (async (pattern) => [pattern]),
    modeEnv: ({ configPaths, logger: l }): ModeEnv => ({
      frontDoor: 'action',
      logger: l,
      clock: overrides.clock ?? { now: () => 0, sleep: async () => undefined },
      runId: 'test-1',
      configPaths,
      readFile: overrides.readFile ?? (async () => exampleText('cross-account')),
      writeOutputDir: overrides.writeOutputDir ?? (async (_dir, files) => [...files.keys()]),
      credentials: overrides.credentials ?? refuse('ask for credentials'),
      clients: overrides.clients ?? refuse('create AWS clients'),
      stackSetClient: refuse('reach a StackSet'),
      github: {
        context: { oidcAvailable: false },
        author: 'github-actions[bot]',
        comments: refuse('comment'),
        issues: refuse('touch issues'),
        baseConfig: refuse('read the base branch'),
      },
    }),
    publish: async () => '',
    outputs,
    summaries,
  };
}

test('a valid config exits 0 and sets the manifest and stacks outputs', async () => {
  const d = deps({});
  expect(await runAction(d)).toBe(0);
  expect(d.outputs).toEqual({
    manifest: 'out/manifest.json',
    stacks: '["s3-xrepl-invoices-dst-backup","s3-xrepl-invoices-source"]',
  });
});

test('an invalid config exits 2 and never reaches the writer', async () => {
  let wrote = false;
  const d = deps({ readFile: async () => 'name: x', writeOutputDir: async () => ((wrote = true), []) });
  expect(await runAction(d)).toBe(2);
  expect(wrote).toBe(false);
  expect(d.logger.lines.filter((l) => l.startsWith('error:')).length).toBeGreaterThan(1);
});

test('an unexpected exception is an internal failure: exit 1 with a pointer to report it', async () => {
  const d = deps({
    writeOutputDir: async () => {
      throw new TypeError('boom');
    },
  });
  expect(await runAction(d)).toBe(1);
  expect(d.logger.lines.join('\n')).toContain('This is a bug in s3-xrepl-action');
});

test('a thrown non-Error still fails the run instead of letting the step pass', async () => {
  const d = deps({
    appendSummary: async () => {
      throw 'a string, not an Error';
    },
  });
  expect(await runAction(d)).toBe(1);
  expect(d.logger.lines.join('\n')).toContain('a string, not an Error');
});

describe('inputs', () => {
  const refused = async (inputs: Record<string, string>) => {
    const d = deps({ inputs });
    const code = await runAction(d);
    return { code, log: d.logger.lines.join('\n') };
  };
  test('defaults to synth into s3-xrepl.out', async () => {
    const d = deps({ inputs: { mode: '', 'out-dir': '' } });
    expect(await runAction(d)).toBe(0);
    expect(d.outputs.manifest).toBe('s3-xrepl.out/manifest.json');
  });
  test('refuses a missing config input', async () => {
    expect(await refused({ config: '' })).toEqual({
      code: 2,
      log: expect.stringContaining('input "config" is required'),
    });
  });
  test('refuses an unknown mode, listing the allowed ones and the nearest', async () => {
    const { code, log } = await refused({ mode: 'deplyo' });
    expect(code).toBe(2);
    expect(log).toContain('allowed values are synth, plan, deploy');
    expect(log).toContain('Did you mean "deploy"?');
  });
  test('reports every bad input at once, before any AWS call', async () => {
    const { code, log } = await refused({
      config: '',
      mode: 'deploy',
      'allow-destructive': 'yes',
      'timeout-minutes': '0',
    });
    expect(code).toBe(2);
    expect(log).toMatch(
      /"config" is required[\s\S]*"allow-destructive" is "yes"[\s\S]*"timeout-minutes" is "0"/,
    );
  });
  test('accepts waits longer than one session: sessions are renewed before they expire', async () => {
    const { verify } = await import('../../src/modes/verify.js');
    const get = (m: Record<string, string>) => (n: string) => m[n] ?? '';
    const inputs = verify.parse(get({ config: 'a.yml', 'verify-timeout-minutes': '61' }), {
      frontDoor: 'action',
    });
    expect(inputs.timeoutMs).toBe(61 * 60_000);
    expect(await refused({ mode: 'synth', 'role-duration-seconds': '900', 'timeout-minutes': '90' })).toEqual(
      {
        code: 0,
        log: expect.any(String),
      },
    );
  });
});

describe('deploy: 2 only when nothing was deployed', () => {
  // The emulator finishes every stack operation at once: a wait that outlasts the timeout after
  // an execution, and the exact order of calls, need a mocked CloudFormation.
  const cfnMock = mockClient(CloudFormationClient);
  const DESTINATION = 's3-xrepl-invoices-dst-backup';
  const SOURCE = 's3-xrepl-invoices-source';
  beforeEach(() => cfnMock.reset());
  afterAll(() => cfnMock.restore());

  function deployDeps() {
    const cfn = new CloudFormationClient({ region: 'eu-central-1' });
    return deps({
      inputs: { mode: 'deploy', 'timeout-minutes': '5' },
      clock: fakeClock(),
      credentials: async () => undefined,
      clients: (() => () => ({ cfn })) as unknown as ModeEnv['clients'],
    });
  }
  function cloudFormationAccepts(): void {
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:cs' });
    cfnMock.on(ExecuteChangeSetCommand).resolves({});
    cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    cfnMock.on(SetStackPolicyCommand).resolves({});
    cfnMock.on(UpdateTerminationProtectionCommand).resolves({});
    cfnMock.on(DeleteChangeSetCommand).resolves({});
  }

  test('GIVEN a stack that executes and never settles WHEN the deploy times out THEN it exits 1, and the summary says the stack changed and the source was not deployed', async () => {
    cloudFormationAccepts();
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [change('ReplicaBucket', 'AWS::S3::Bucket', 'Add')],
    });
    cfnMock
      .on(DescribeStacksCommand)
      .rejectsOnce(stackNotFound(DESTINATION))
      .resolves(stack(DESTINATION, 'CREATE_IN_PROGRESS'));
    const d = deployDeps();

    expect(await runAction(d)).toBe(1);

    expect(d.logger.lines.join('\n')).toContain(`gave up waiting for ${DESTINATION} to finish deploying`);
    expect(d.logger.lines.join('\n')).toMatch(/The deploy stopped part-way/);
    expect(d.summaries).toHaveLength(1);
    expect(d.summaries[0]).toMatch(new RegExp(`\`${DESTINATION}\`.*\\| failed after changing the stack \\|`));
    expect(d.summaries[0]).toMatch(new RegExp(`\`${SOURCE}\`.*\\| not deployed \\|`));
    expect(d.outputs).toEqual({});
  });

  test('GIVEN CloudFormation refuses the session as expired WHEN deploying THEN the log says the session expired and what to check, exit 1', async () => {
    cfnMock
      .on(DescribeStacksCommand)
      .rejects(awsError('ExpiredToken', 'The security token included in the request is expired'));
    const d = deployDeps();

    expect(await runAction(d)).toBe(1);

    const log = d.logger.lines.join('\n');
    expect(log).toContain(
      `${DESTINATION} (222222222222, eu-central-1): the session of account 222222222222's role had expired (ExpiredToken)`,
    );
    expect(log).toContain("Check the runner's clock");
    expect(log).not.toContain('AWS did not answer as expected');
  });

  test('GIVEN a destructive change refused before anything executed WHEN deploying THEN it still exits 2, with no summary', async () => {
    cloudFormationAccepts();
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'CREATE_COMPLETE',
      Changes: [change('ReplicaBucket', 'AWS::S3::Bucket', 'Modify', 'True', ['BucketName'])],
    });
    cfnMock.on(DescribeStacksCommand).resolves(stack(DESTINATION, 'UPDATE_COMPLETE'));
    const d = deployDeps();

    expect(await runAction(d)).toBe(2);

    expect(d.logger.lines.join('\n')).toContain('refusing destructive changes');
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(d.summaries).toEqual([]);
  });
});

describe('a config glob: 2 only when no topology was written', () => {
  const glob = (texts: Record<string, string>) =>
    deps({
      inputs: { config: '*.yml' },
      expandConfig: async () => Object.keys(texts),
      readFile: async (path) => texts[path]!,
    });

  test('GIVEN one invalid config and one valid WHEN synthesizing both THEN the run exits 1: the valid one was written', async () => {
    const d = glob({ 'broken.yml': 'name: x', 'good.yml': exampleText('cross-account') });

    expect(await runAction(d)).toBe(1);

    expect(JSON.parse(d.outputs.results!)).toEqual([
      { config: 'broken.yml', exitCode: 2 },
      { config: 'good.yml', exitCode: 0 },
    ]);
  });

  test('GIVEN only invalid configs WHEN synthesizing them THEN the run exits 2', async () => {
    const d = glob({ 'a.yml': 'name: x', 'b.yml': 'name: y' });

    expect(await runAction(d)).toBe(2);
  });
});
