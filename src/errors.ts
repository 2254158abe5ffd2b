import type { Diagnostic } from './core/config/diagnostic.js';
import { formatDiagnostics } from './core/config/diagnostic.js';

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
 * An SDK failure while working on one stack, as a ServiceError naming the stack, its account and
 * region and what was being done; anything else is returned as it is.
 */
export function stackServiceError(
  e: unknown,
  stack: { readonly name: string; readonly account: string; readonly region: string },
  doing: string,
  remedy: string,
): unknown {
  if (!isServiceFailure(e)) return e;
  const code = (e as { code?: string }).code ?? (e as Error).name;
  return new ServiceError(
    `${stack.name} (${stack.account}, ${stack.region}): AWS did not answer as expected${doing ? ` ${doing}` : ''}: ${code}: ${(e as Error).message}`,
    remedy,
  );
}

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
  if (e instanceof UserError || e instanceof ServiceError)
    return e.message + (e.remedy ? `\n${e.remedy}` : '');
  return `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`;
}

/** 3: the run worked and found a problem (verify failed, or drift with fail-on-drift). */
export const EXIT = { ok: 0, internal: 1, user: 2, found: 3 } as const;

export const REPORT_BUGS = 'This is a bug in s3-xrepl-action; please report it with the log above.';

export function exitCodeOf(error: unknown): number {
  return error instanceof UserError ? EXIT.user : EXIT.internal;
}
