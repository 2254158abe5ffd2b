import { runAction, type ActionDeps } from '../../src/action.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { readInputs } from '../../src/shell/github/inputs.js';
import { exampleText } from '../support/examples.js';

function deps(
  overrides: Partial<ActionDeps>,
): ActionDeps & { outputs: Record<string, string>; logger: ReturnType<typeof recordingLogger> } {
  const outputs: Record<string, string> = {};
  return {
    inputs: () => ({
      config: 'topology.yml',
      mode: 'synth',
      outDir: 'out',
      allowDestructive: false,
      recreateFailedStacks: false,
      timeoutMinutes: 30,
      roleDurationSeconds: 3600,
      comment: true,
      githubToken: 'token',
      verifyTimeoutMinutes: 15,
      failOnDrift: false,
      maxParallel: 4,
      commentAuthor: 'github-actions[bot]',
    }),
    context: { oidcAvailable: false },
    comments: () => {
      throw new Error('synth must not comment');
    },
    baseConfig: async () => {
      throw new Error('synth must not read the base branch');
    },
    issues: () => {
      throw new Error('synth must not touch issues');
    },
    expandConfig: async (pattern) => [pattern],
    clock: { now: () => 0, sleep: async () => undefined },
    runId: 'test-1',
    stackSetClient: async () => {
      throw new Error('synth must not reach a StackSet');
    },
    credentials: async () => {
      throw new Error('synth must not ask for credentials');
    },
    clients: () => () => {
      throw new Error('synth must not create AWS clients');
    },
    setOutput: (k, v) => void (outputs[k] = v),
    appendSummary: async () => undefined,
    readFile: async () => exampleText('cross-account'),
    writeOutputDir: async (_dir, files) => [...files.keys()],
    ...overrides,
    logger: recordingLogger(),
    outputs,
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
  const get = (m: Record<string, string>) => (n: string) => m[n] ?? '';
  test('defaults to synth into s3-xrepl.out, nothing destructive, 30 minutes, one-hour sessions', () => {
    expect(readInputs(get({ config: 'a.yml' }))).toEqual({
      config: 'a.yml',
      mode: 'synth',
      outDir: 's3-xrepl.out',
      allowDestructive: false,
      recreateFailedStacks: false,
      timeoutMinutes: 30,
      roleDurationSeconds: 3600,
      comment: true,
      githubToken: '',
      verifyTimeoutMinutes: 15,
      failOnDrift: false,
      maxParallel: 4,
      commentAuthor: 'github-actions[bot]',
    });
  });
  test('refuses a missing config input', () => {
    expect(() => readInputs(get({}))).toThrow('input "config" is required');
  });
  test('refuses an unknown mode, listing the allowed ones', () => {
    expect(() => readInputs(get({ config: 'a.yml', mode: 'synht' }))).toThrow(
      'allowed values are synth, plan, deploy',
    );
  });
  test('reports every bad input at once', () => {
    expect(() =>
      readInputs(get({ mode: 'deploy', 'allow-destructive': 'yes', 'timeout-minutes': '0' })),
    ).toThrow(/"config" is required[\s\S]*"allow-destructive" is "yes"[\s\S]*"timeout-minutes" is "0"/);
  });
  test('refuses a wait longer than the assumed sessions last: credentials are not refreshed', () => {
    expect(() => readInputs(get({ config: 'a.yml', 'verify-timeout-minutes': '61' }))).toThrow(
      /"verify-timeout-minutes" is 61 minutes, longer than the 3600-second sessions/,
    );
    expect(() =>
      readInputs(get({ config: 'a.yml', 'timeout-minutes': '90', 'role-duration-seconds': '3600' })),
    ).toThrow(/"timeout-minutes" is 90 minutes/);
    expect(
      readInputs(get({ config: 'a.yml', 'timeout-minutes': '90', 'role-duration-seconds': '7200' }))
        .timeoutMinutes,
    ).toBe(90);
  });
});
