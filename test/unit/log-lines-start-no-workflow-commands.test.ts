/**
 * The runner acts on workflow commands in whatever a step prints (test/support/workflow-commands.ts
 * models how it finds them). The action prints config values, file names and AWS error text: none
 * of it may start a command or a line of its own. Only the warnings and errors the action means to
 * raise are commands, each carrying its whole message.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runAction } from '../../src/action.js';
import type { ModeEnv } from '../../src/modes/mode.js';
import { actionsLogger } from '../../src/shell/github/actions-logger.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { exampleText } from '../support/examples.js';
import { workflowCommands } from '../support/workflow-commands.js';

/** What a hostile config value or file name can hold to talk to the runner. */
const HOSTILE = [
  'orders',
  '::add-mask::s3-xrepl',
  '  ::error title=Forged::all checks passed',
  '\u0085::warning::next-line character',
  '\u3000::notice::ideographic space',
  'mid-line ##[add-mask]masked ##[error]v1 syntax',
  '::stop-commands::t0k3n',
  '::t0k3n::',
].join('\n');

let printed: string;
beforeEach(() => {
  printed = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('the Actions logger', () => {
  it.each([
    ['line feeds', '\n'],
    ['carriage returns', '\r'],
    ['CRLF', '\r\n'],
  ])('prints an info message with %s as lines that are no commands', (_, eol) => {
    actionsLogger().info(`synthesized ${HOSTILE.replace(/\n/g, eol)}`);
    expect(workflowCommands(printed)).toEqual([]);
    // The text is still there to read.
    expect(printed).toContain('add-mask');
    expect(printed).toContain('all checks passed');
  });

  it('prints no command for any text made of the characters that matter to the runner', () => {
    // Deterministic, so a failure can be replayed.
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const alphabet = [
      ':',
      ':',
      '#',
      '#',
      '[',
      ']',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0085',
      '\u2028',
      '\u3000',
      '\u000b',
      '\u001c',
      '\u001b',
      'a',
      '%',
      ',',
      '=',
    ];
    const logger = actionsLogger();
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 24);
      logger.info(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    }
    expect(workflowCommands(printed)).toEqual([]);
  });

  it('raises a warning and an error as one command each, with the whole message and file', () => {
    const logger = actionsLogger();
    logger.warning(`careful: ${HOSTILE}`, { file: HOSTILE, line: 3 });
    logger.error(`failed: ${HOSTILE}`, { file: HOSTILE });
    const commands = workflowCommands(printed);
    expect(commands.map((c) => c.command)).toEqual(['warning', 'error']);
    expect(commands[0]!.data).toBe(`careful: ${HOSTILE}`);
    expect(commands[0]!.properties).toEqual({ file: HOSTILE, line: '3' });
    expect(commands[1]!.data).toBe(`failed: ${HOSTILE}`);
  });
});

describe('a run over a config glob', () => {
  it('names each config on the lines it logs without letting the name start a line', async () => {
    const logger = recordingLogger();
    const names = [`replication/${HOSTILE}.yml`, 'replication/plain.yml'];
    const inputs: Record<string, string> = {
      config: 'replication/*.yml',
      mode: 'synth',
      'out-dir': 'out',
      'max-parallel': '2',
    };
    const code = await runAction({
      getInput: (name) => inputs[name] ?? '',
      expandConfig: async () => names,
      setOutput: () => undefined,
      appendSummary: async () => undefined,
      logger,
      context: { oidcAvailable: false },
      modeEnv: ({ configPaths, logger: l }) =>
        ({
          frontDoor: 'action',
          logger: l,
          configPaths,
          readFile: async () => exampleText('cross-account'),
          writeOutputDir: async (_dir: string, files: ReadonlyMap<string, string>) => [...files.keys()],
          github: { context: { oidcAvailable: false } },
        }) as unknown as ModeEnv,
      publish: async () => '',
    });
    expect(code).toBe(0);
    const perConfig = logger.lines.filter((l) => /^info: \["?replication\//.test(l));
    expect(perConfig).toHaveLength(2);
    for (const l of perConfig) expect(l).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
    // A plain name as it is; the other quoted, its line breaks spelled out.
    expect(perConfig).toContainEqual(expect.stringMatching(/^info: \[replication\/plain\.yml\] synthesized/));
    expect(perConfig).toContainEqual(
      expect.stringMatching(
        /^info: \["replication\/orders\\n::add-mask::s3-xrepl\\n {2}::error title=Forged/,
      ),
    );
  });
});
