import { parseArgs } from 'node:util';
import { progressBar } from './core/backfill/progress.js';
import { didYouMean } from './core/config/did-you-mean.js';
import { ConfigError, EXIT, PartialFailure, exitCodeOf, failureMessage } from './core/errors.js';
import { formatDiagnostic } from './core/config/diagnostic.js';
import type { Mode, ModeEnv, ModeResult, Phase } from './modes/mode.js';
import { flagOf, type InputSpec } from './modes/inputs.js';
import { modesOf } from './modes/registry.js';
import { clientsFactory } from './shell/aws/clients.js';
import { systemClock } from './shell/aws/poll.js';
import { readTextFile, writeOutputDir } from './shell/fs/output-dir.js';
import type { Logger } from './shell/logger.js';
import { descriptorStream, type TerminalStream } from './shell/process-terminal.js';

/** What the CLI writes to; a test gives buffers. */
export interface Terminal {
  readonly stdout: TerminalStream;
  readonly stderr: TerminalStream;
  readonly env: NodeJS.ProcessEnv;
}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The oldest Node the CLI runs on; see README ("The CLI"). */
export const CLI_NODE_FLOOR = 22;

/**
 * The terminal's front door over the same modes as the action: flags named like the action's
 * inputs, the report as text (or Markdown, or JSON), one verdict line and the time each phase took.
 * Returns the exit code; the same codes as the action.
 */
export async function runCli(
  argv: readonly string[],
  terminal: Terminal = { stdout: descriptorStream(1), stderr: descriptorStream(2), env: process.env },
): Promise<number> {
  const color = Boolean(terminal.stderr.isTTY) && !terminal.env.NO_COLOR;
  const logger = terminalLogger(terminal.stderr, color);
  const fail = (message: string, remedy?: string): number => {
    logger.error(message + (remedy ? `\n${remedy}` : ''));
    return EXIT.user;
  };
  const node = Number(process.versions.node.split('.')[0]);
  if (node < CLI_NODE_FLOOR)
    return fail(
      `s3-xrepl needs Node.js ${CLI_NODE_FLOOR} or later; this is Node.js ${process.versions.node}.`,
      'Node.js 20 reached its end of life in April 2026, and the AWS SDK drops it in January 2027.',
    );
  const modes = modesOf('cli');
  const [command, ...rest] = argv;
  if (command === undefined) {
    terminal.stderr.write(usage(modes));
    return EXIT.user;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const about = rest[0] && modes.find((m) => m.name === rest[0]);
    terminal.stdout.write(about ? modeHelp(about) : usage(modes));
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    terminal.stdout.write(`${await packageVersion()}\n`);
    return EXIT.ok;
  }
  const mode = modes.find((m) => m.name === command);
  if (!mode) {
    const near = didYouMean(
      command,
      modes.map((m) => m.name),
    );
    return fail(
      `unknown command ${JSON.stringify(command)}.${near ? ` Did you mean "${near}"?` : ''}`,
      `Commands: ${modes.map((m) => m.name).join(', ')}. Run s3-xrepl --help for more.`,
    );
  }

  const flags = mode.reads.filter((s) => flagOf(s) !== undefined);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        ...Object.fromEntries(
          flags.map((s) => [flagOf(s)!, { type: s.kind === 'boolean' ? 'boolean' : 'string' } as const]),
        ),
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    const bad = /'(-{1,2}[^']+)'/.exec((e as Error).message)?.[1] ?? '';
    const name = bad.replace(/^-+/, '').split('=')[0] ?? '';
    const near = didYouMean(name, [...flags.map((s) => flagOf(s)!), 'format', 'help']);
    const known = flags.some((s) => flagOf(s) === name);
    return fail(
      known
        ? `${mode.name}: --${name} takes a value (--${name} ${flags.find((s) => flagOf(s) === name)!.placeholder ?? 'VALUE'}).`
        : `${mode.name}: unknown flag ${bad || JSON.stringify((e as Error).message)}.${near ? ` Did you mean --${near}?` : ''}`,
      `Run s3-xrepl ${mode.name} --help for its flags.`,
    );
  }
  if (values.help) {
    terminal.stdout.write(modeHelp(mode));
    return EXIT.ok;
  }
  const format = String(values.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    return fail(`--format is ${JSON.stringify(format)}: use text, markdown or json.`);

  const flagOfInput = new Map(flags.map((s) => [s.name, flagOf(s)!]));
  const get = (name: string): string => {
    const v = values[flagOfInput.get(name) ?? name];
    return v === undefined ? '' : String(v);
  };
  const started = Date.now();
  let result: ModeResult;
  try {
    const inputs = mode.parse(get, { frontDoor: 'cli' });
    const configs = mode.configs === 'none' ? [] : await configPaths(mode, get('config'));
    result = await mode.run(inputs, cliEnv(logger, configs, get('assume-roles') === 'true'));
  } catch (e) {
    if (e instanceof PartialFailure && e.summary)
      terminal.stdout.write(
        format === 'markdown'
          ? e.summary
          : await asText({ head: [e.summary], details: [], tail: [] }, terminal, color),
      );
    logger.error(cliMessage(e, mode, flags));
    return exitCodeOf(e);
  }
  if (result.raw !== undefined) terminal.stdout.write(result.raw);
  else if (format === 'json')
    terminal.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
  else if (result.report) {
    if (format === 'markdown') {
      const { renderAll } = await import('./core/report/budget.js');
      terminal.stdout.write(renderAll(result.report));
    } else terminal.stdout.write(await asText(result.report, terminal, color));
  }
  if (format === 'text' && result.verdict)
    terminal.stderr.write(
      `${verdictLine(result, color)}\n${phasesLine(result.phases ?? [], Date.now() - started)}\n`,
    );
  return result.exitCode;
}

async function asText(
  report: import('./core/report/budget.js').ReportParts,
  terminal: Terminal,
  color: boolean,
): Promise<string> {
  const { renderTerminal } = await import('./core/report/terminal.js');
  return renderTerminal(report, {
    color: Boolean(terminal.stdout.isTTY) && color,
    width: Math.max(60, terminal.stdout.columns ?? 120),
  });
}

async function configPaths(mode: Mode<never>, config: string): Promise<string[]> {
  if (mode.configs === 'each') return [config];
  const { expandConfig } = await import('./shell/fs/expand-config.js');
  return expandConfig(config);
}

function verdictLine(result: ModeResult, color: boolean): string {
  const mark = result.exitCode === EXIT.ok ? '✔' : '✘';
  const text = `${mark} ${result.verdict}`;
  if (!color) return text;
  return result.exitCode === EXIT.ok ? `\u001b[32m${text}\u001b[39m` : `\u001b[31m${text}\u001b[39m`;
}

function phasesLine(phases: readonly Phase[], totalMs: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `  took ${s(totalMs)}${phases.length ? `: ${phases.map((p) => `${p.name} ${s(p.ms)}`).join(', ')}` : ''}`;
}

/** One error style: the message, its remedy; config problems one per line, file:line:column first. */
function cliMessage(e: unknown, mode: Mode<never>, flags: readonly InputSpec[]): string {
  const text = e instanceof ConfigError ? configMessage(e) : failureMessage(e);
  // The modes name action inputs; a terminal has flags of the same names.
  return text
    .replace(/input "([a-z-]+)"/g, (whole, name: string) => {
      const spec = flags.find((s) => s.name === name);
      return spec ? `--${flagOf(spec)}` : whole;
    })
    .replace(/^/, e instanceof ConfigError ? '' : `${mode.name}: `);
}

function configMessage(e: ConfigError): string {
  const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
  return [
    `${e.file}: ${errors} problem${errors === 1 ? '' : 's'} in the config; nothing was written or deployed.`,
    ...e.diagnostics.map((d) => formatDiagnostic(d, e.file)),
  ].join('\n');
}

/** The CLI's effects: the default credential chain, or each account's role assumed with it. */
function cliEnv(logger: Logger, configPaths: readonly string[], assumeRoles: boolean): ModeEnv {
  const runId = `cli-${Date.now()}`;
  const credentials = async (
    accounts: string[],
    region: (a: string) => string,
    roleArn?: (a: string) => string,
  ) => {
    const { defaultChainCredentials, stsClient } = await import('./shell/aws/credentials.js');
    return defaultChainCredentials(
      accounts,
      { region, sessionName: `s3-xrepl-${runId}`, ...(roleArn ? { roleArn } : {}) },
      // A terminal has no log masking; credentials are never printed.
      { logger, mask: () => undefined, stsClient },
    );
  };
  const noGitHub = (): never => {
    throw new Error('a terminal run has no pull request');
  };
  return {
    frontDoor: 'cli',
    logger,
    clock: systemClock,
    runId,
    configPaths,
    readFile: readTextFile,
    writeOutputDir,
    credentials: async (topology, role) => {
      const { accountsOf, regionOf, roleArnOf } = await import('./core/model/accounts.js');
      const roles = (account: string) => roleArnOf(topology, account, role);
      return credentials(accountsOf(topology), regionOf(topology), assumeRoles ? roles : undefined);
    },
    clients: clientsFactory,
    stackSetClient: async (role, region) => {
      const { CloudFormationClient } = await import(
        /* webpackChunkName: "aws-cloudformation" */ '@aws-sdk/client-cloudformation'
      );
      if (!role) return clientsFactory(undefined, { cfn: CloudFormationClient })('default', region).cfn;
      const { accountOfRole } = await import('./core/model/accounts.js');
      const account = accountOfRole(role);
      return clientsFactory(
        await credentials(
          [account],
          () => region,
          () => role,
        ),
        { cfn: CloudFormationClient },
      )(account, region).cfn;
    },
    github: {
      context: { oidcAvailable: false },
      author: '',
      comments: noGitHub,
      issues: noGitHub,
      baseConfig: noGitHub,
    },
  };
}

/**
 * Log lines on stderr: warnings and errors marked (in colour on a terminal), the stdout left to the
 * report. On a terminal, progress is one line redrawn in place (a bar), cleared by the next line.
 */
export function terminalLogger(stream: Terminal['stderr'], color: boolean): Logger {
  const where = (w?: { file?: string; line?: number; column?: number }) =>
    w?.file ? `${[w.file, w.line, w.column].filter((x) => x !== undefined).join(':')}: ` : '';
  const mark = (word: string, code: number) => (color ? `\u001b[${code}m${word}\u001b[39m` : word);
  let barShown = false;
  const write = (text: string) => {
    if (barShown) stream.write('\r\u001b[2K');
    barShown = false;
    stream.write(text);
  };
  return {
    info: (m) => write(`${m}\n`),
    warning: (m, w) => write(`${mark('warning', 33)}: ${where(w)}${m}\n`),
    error: (m, w) => write(`${mark('error', 31)}: ${where(w)}${m}\n`),
    ...(stream.isTTY
      ? {
          progress: (line: string, fraction: number | undefined) => {
            write(`${progressBar(fraction)} ${line}`);
            barShown = true;
          },
        }
      : {}),
  };
}

/** The package's own version: package.json sits one level above dist/ and src/ alike. */
async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(new URL('../package.json', import.meta.url), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
}

function usage(modes: readonly Mode<never>[]): string {
  const width = Math.max(...modes.map((m) => m.name.length));
  return [
    'usage: s3-xrepl <command> [flags]',
    '',
    'Cross-account replication of KMS-encrypted S3 buckets, from one YAML config.',
    '',
    'Commands:',
    ...modes.map((m) => `  ${m.name.padEnd(width)}  ${m.summary}`),
    '',
    'Run s3-xrepl <command> --help for the flags of a command. Every command takes --format text|markdown|json.',
    'Exit codes: 0 done; 2 a mistake in the config or the flags (nothing was written or deployed);',
    '3 the run worked and found a problem; 1 AWS failed, or a bug.',
    '',
  ].join('\n');
}

export function modeHelp(mode: Mode<never>): string {
  const flags = mode.reads.filter((s) => flagOf(s) !== undefined);
  const shown = flags.map((s) => ({
    flag: `--${flagOf(s)}${s.kind === 'boolean' ? '' : ` ${s.placeholder ?? 'VALUE'}`}`,
    help: `${s.help}${s.default && s.kind !== 'boolean' ? ` (default: ${s.default})` : ''}`,
  }));
  shown.push({ flag: '--format FORMAT', help: 'text (default), markdown or json' });
  const width = Math.max(...shown.map((s) => s.flag.length));
  return [
    `usage: s3-xrepl ${mode.name} ${flags.some((s) => s.name === 'config') ? '--config FILE ' : ''}[flags]`,
    '',
    `${mode.summary[0]!.toUpperCase()}${mode.summary.slice(1)}.`,
    '',
    'Flags:',
    ...shown.map((s) => `  ${s.flag.padEnd(width)}  ${s.help}`),
    '',
  ].join('\n');
}
