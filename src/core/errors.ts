import type { Diagnostic } from './config/diagnostic.js';
import { formatDiagnostics } from './config/diagnostic.js';

/**
 * Errors carry who must act: `user` (bad config or input: exit 2, say what to fix) or `internal`
 * (a bug: exit 1, say where to report). Anything else thrown is treated as internal.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly remedy?: string,
  ) {
    super(message);
  }
}

export class ConfigError extends UserError {
  constructor(
    readonly file: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(
      `${file}: ${errors} problem${errors === 1 ? '' : 's'} in the config\n${formatDiagnostics(diagnostics, file)}`,
    );
  }
}

/**
 * AWS or the network failed in a way retries did not cure: not the user's config, not a bug.
 * Says what was being done, so the user knows what did and did not happen.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    message: string,
    readonly remedy?: string,
  ) {
    super(message);
  }
}

/**
 * A run that failed after it had written something (a stack changed, a file renamed into place).
 * Exit 1 whatever the cause: exit 2 promises that nothing was written or deployed. Its message is
 * the cause's, followed by what the run had done.
 */
export class PartialFailure extends Error {
  override readonly name: string = 'PartialFailure';
  constructor(
    cause: unknown,
    /** What was written before the failure, as a sentence. */
    readonly done: string,
    /** Markdown that lists what was done, for the job summary and the terminal. */
    readonly summary?: string,
  ) {
    super(`${(cause as Error)?.message ?? String(cause)}\n${done}`, { cause });
  }
}

/**
 * An SDK failure while working on one stack, as a ServiceError naming the stack, its account and
 * region and what was being done; anything else is returned as it is. Expired credentials are
 * said to be so, with their own remedy.
 */
export function stackServiceError(
  e: unknown,
  stack: { readonly name: string; readonly account: string; readonly region: string },
  doing: string,
  remedy: string,
): unknown {
  if (!isServiceFailure(e)) return e;
  const code = (e as { code?: string }).code ?? (e as Error).name;
  const where = `${stack.name} (${stack.account}, ${stack.region})`;
  if (isExpiredCredentials(e))
    return new ServiceError(
      `${where}: the session of account ${stack.account}'s role had expired (${code})${doing ? ` ${doing}` : ''}: ${(e as Error).message}`,
      EXPIRED_REMEDY,
    );
  return new ServiceError(
    `${where}: AWS did not answer as expected${doing ? ` ${doing}` : ''}: ${code}: ${(e as Error).message}`,
    remedy,
  );
}

/**
 * AWS refused the temporary credentials a request was signed with as expired: `ExpiredToken` (S3,
 * CloudFormation, STS and the other query and XML APIs), `ExpiredTokenException` (JSON APIs).
 */
export function isExpiredCredentials(e: unknown): boolean {
  const name = (e as { name?: string }).name;
  return name === 'ExpiredToken' || name === 'ExpiredTokenException';
}

const EXPIRED_REMEDY =
  "Sessions are renewed before they expire, so an expired one means the runner's clock is behind AWS's or the " +
  "session was revoked. Check the runner's clock, then run again: a deploy resumes safely, and re-asserts each " +
  "stack's protection.";

/** An SDK or network failure, told apart from a bug by the SDK's own markers, never by message text. */
export function isServiceFailure(e: unknown): boolean {
  const x = e as { $metadata?: unknown; $fault?: unknown; code?: string; name?: string };
  return (
    x.$metadata !== undefined ||
    x.$fault !== undefined ||
    /^E[A-Z]+$/.test(x.code ?? '') ||
    x.name === 'TimeoutError'
  );
}

/** What to print for a failure: the message and remedy of ours, or the stack and where to report a bug. */
export function failureMessage(e: unknown): string {
  if (e instanceof PartialFailure) return `${failureMessage(e.cause)}\n${e.done}`;
  if (e instanceof UserError || e instanceof ServiceError)
    return e.message + (e.remedy ? `\n${e.remedy}` : '');
  return `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`;
}

/** 3: the run worked and found a problem (verify failed, or drift with fail-on-drift). */
export const EXIT = { ok: 0, internal: 1, user: 2, found: 3 } as const;

export const REPORT_BUGS = 'This is a bug in s3-xrepl-action; please report it with the log above.';

/** 2 only for a user's mistake that left everything as it was; a partial failure is 1, whatever its cause. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UserError ? EXIT.user : EXIT.internal;
}
