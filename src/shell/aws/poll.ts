import { UserError } from '../../core/errors.js';

/** Time, injectable so tests need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Polls `probe` until it returns a value, backing off from 1 s to 10 s so long waits stay polite
 * to CloudFormation's API limits; gives up after `timeoutMs` with an error naming what it waited for.
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined>,
  opts: { clock: Clock; timeoutMs: number; what: string; firstDelayMs?: number; maxDelayMs?: number },
): Promise<T> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let delay = opts.firstDelayMs ?? 1_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (opts.clock.now() + delay > deadline) {
      throw new UserError(
        `gave up waiting for ${opts.what} after ${Math.round(opts.timeoutMs / 1000)} s.`,
        'Raise timeout-minutes, or look at the stack in the CloudFormation console: the operation may still finish.',
      );
    }
    await opts.clock.sleep(delay);
    delay = Math.min(opts.maxDelayMs ?? 10_000, Math.round(delay * 1.5));
  }
}
