import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's side of a JavaScript action, as GitHub documents it ("Workflow commands for GitHub
 * Actions", "Metadata syntax"): inputs arrive as INPUT_* variables, outputs and the job summary are
 * appended to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations and masks are
 * commands on stdout, and the OIDC token comes from ACTIONS_ID_TOKEN_REQUEST_URL.
 *
 * Why not @actions/core: it loads @actions/http-client and with it undici (0.9 MB of the bundle,
 * compiled at every start) for the one HTTP call it makes, which Node 24's built-in fetch does; and
 * the protocol itself is these few functions. test/support/workflow-commands.ts parses what this
 * writes the way actions/runner does.
 */

export interface AnnotationPlace {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** `core.getInput`: the value of INPUT_<NAME> (spaces become underscores, upper case), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** An output, appended to GITHUB_OUTPUT with a delimiter no value can contain. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return; // not on a runner
  appendFileSync(file, keyValueMessage(name, value), 'utf8');
}

export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  // The runner reads up to the first line equal to the delimiter: neither side may contain it.
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`an output value contained its own delimiter ${delimiter}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Markdown appended to the job summary (GITHUB_STEP_SUMMARY). */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}

/** A line on stdout; every line of `message` must already be safe from the runner (see inertLines). */
export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function warning(message: string, where?: AnnotationPlace): void {
  issue('warning', message, where);
}

export function error(message: string, where?: AnnotationPlace): void {
  issue('error', message, where);
}

/** Hides the value in every later line of the log. */
export function setSecret(value: string): void {
  if (value) process.stdout.write(`::add-mask::${escapeData(value)}${EOL}`);
}

function issue(kind: 'warning' | 'error', message: string, where?: AnnotationPlace): void {
  const props = [
    ...(where?.file ? [`file=${escapeProperty(where.file)}`] : []),
    ...(where?.line ? [`line=${where.line}`] : []),
    ...(where?.column ? [`col=${where.column}`] : []),
  ];
  process.stdout.write(`::${kind}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** The runner's own unescaping, reversed (actions/runner ActionCommand.cs). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A GitHub OIDC token for `audience`, from the runner's token endpoint (the job needs
 * `permissions: id-token: write`). Retries answers the endpoint gives when busy, a few times.
 */
export async function getIdToken(
  audience: string,
  opts: { env?: NodeJS.ProcessEnv; attempts?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<string> {
  const env = opts.env ?? process.env;
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer)
    throw Object.assign(
      new Error('no ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN: the job has no id-token: write'),
      {
        name: 'OidcUnavailable',
      },
    );
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  const attempts = opts.attempts ?? 4;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(target, {
        headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
      });
      if (res.ok) {
        const body = (await res.json()) as { value?: unknown };
        if (typeof body.value !== 'string' || body.value === '')
          throw new Error('the OIDC token endpoint answered without a token');
        return body.value;
      }
      last = Object.assign(new Error(`the OIDC token endpoint answered HTTP ${res.status}`), {
        status: res.status,
      });
      if (res.status < 500 && res.status !== 429) throw last;
    } catch (e) {
      last = e;
      const status = (e as { status?: number }).status;
      if (status !== undefined && status < 500 && status !== 429) throw e;
    }
    if (attempt < attempts) await sleep(250 * 2 ** attempt);
  }
  throw last;
}
