import { DEFAULT_RETRY, isRetryable, withRetry, type RetryOptions } from '../../src/shell/aws/retry.js';
import { pollUntil } from '../../src/shell/aws/poll.js';
import { UserError } from '../../src/core/errors.js';
import { awsError, fakeClock, rejectionOf } from '../support/aws-mocks.js';

/** A function that fails with the given errors in turn, then returns 'ok'; counts its calls. */
function failing(...errors: unknown[]): (() => Promise<string>) & { calls: number } {
  const fn = Object.assign(
    async () => {
      const e = errors[fn.calls++];
      if (e !== undefined) throw e;
      return 'ok';
    },
    { calls: 0 },
  );
  return fn;
}

function recorded(options: Partial<RetryOptions> = {}): {
  options: RetryOptions;
  slept: number[];
  retries: { name: string; attempt: number; delay: number }[];
} {
  const slept: number[] = [];
  const retries: { name: string; attempt: number; delay: number }[] = [];
  return {
    slept,
    retries,
    options: {
      attempts: 6,
      baseMs: 200,
      maxMs: 8_000,
      sleep: async (ms) => void slept.push(ms),
      random: () => 0.5,
      onRetry: (e, attempt, delay) => retries.push({ name: (e as Error).name, attempt, delay }),
      ...options,
    },
  };
}

const throttled = () => awsError('ThrottlingException', 'Rate exceeded');

describe('withRetry', () => {
  test('GIVEN random at its top WHEN retrying THEN each delay is the exponential cap, bounded by maxMs', async () => {
    const r = recorded({ attempts: 8, random: () => 0.999_999 });
    const fn = failing(...Array.from({ length: 7 }, throttled));

    expect(await withRetry(fn, r.options)).toBe('ok');

    expect(r.slept).toEqual([200, 400, 800, 1600, 3200, 6400, 8000]);
    expect(fn.calls).toBe(8);
  });

  test('GIVEN random at zero WHEN retrying THEN the delay is zero: full jitter reaches the bottom', async () => {
    const r = recorded({ random: () => 0 });
    await withRetry(failing(throttled(), throttled()), r.options);
    expect(r.slept).toEqual([0, 0]);
  });

  test('every delay lies within [0, min(maxMs, baseMs * 2^(attempt-1))] for any random value', async () => {
    const values = [0.13, 0.92, 0.5, 0.01, 0.77, 0.3, 0.999, 0.42, 0.66];
    let i = 0;
    const r = recorded({ attempts: 10, baseMs: 100, maxMs: 3_000, random: () => values[i++]! });

    await withRetry(failing(...Array.from({ length: 9 }, throttled)), r.options);

    r.slept.forEach((delay, n) => {
      const cap = Math.min(3_000, 100 * 2 ** n);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(cap);
      expect(delay).toBe(Math.round(values[n]! * cap));
    });
    expect(r.slept).toHaveLength(9);
  });

  test('GIVEN a failure that never clears WHEN retrying THEN attempts are bounded and the last error is thrown', async () => {
    const r = recorded({ attempts: 4 });
    const errors = [1, 2, 3, 4, 5].map((n) => awsError('ThrottlingException', `throttled ${n}`));
    const fn = failing(...errors);

    const e = await rejectionOf(withRetry(fn, r.options));

    expect(e.message).toBe('throttled 4');
    expect(fn.calls).toBe(4);
    expect(r.slept).toHaveLength(3);
  });

  test('onRetry is told the error, the attempt that failed and the delay before the next', async () => {
    const r = recorded({ baseMs: 100 });

    await withRetry(failing(throttled(), awsError('InternalFailure', 'oops', 500)), r.options);

    expect(r.retries).toEqual([
      { name: 'ThrottlingException', attempt: 1, delay: 50 },
      { name: 'InternalFailure', attempt: 2, delay: 100 },
    ]);
  });

  test('GIVEN a non-retryable error WHEN calling THEN it is thrown at once without onRetry or sleep', async () => {
    const r = recorded();
    const fn = failing(awsError('ValidationError', 'Template format error', 400));

    const e = await rejectionOf(withRetry(fn, r.options));

    expect(e.name).toBe('ValidationError');
    expect(fn.calls).toBe(1);
    expect(r.retries).toEqual([]);
    expect(r.slept).toEqual([]);
  });

  test('a first success returns without any pause', async () => {
    const r = recorded();
    expect(await withRetry(failing(), r.options)).toBe('ok');
    expect(r.slept).toEqual([]);
  });

  test('the default retry is bounded: six attempts, at most eight seconds apart', () => {
    expect(DEFAULT_RETRY).toMatchObject({ attempts: 6, baseMs: 200, maxMs: 8_000 });
  });
});

describe('isRetryable', () => {
  test.each([
    ['Throttling', 400],
    ['ThrottlingException', 400],
    ['ThrottledException', 400],
    ['RequestThrottledException', 400],
    ['TooManyRequestsException', 400],
    ['RequestLimitExceeded', 400],
    ['SlowDown', 503],
    ['PriorRequestNotComplete', 400],
    ['AnyName', 429],
    ['InternalFailure', 500],
    ['ServiceUnavailable', 503],
    ['TimeoutError', 400],
  ])('%s with HTTP %i is retried', (name, status) => {
    expect(isRetryable(awsError(name, 'x', status))).toBe(true);
  });

  test.each([
    ['AccessDenied', 403],
    ['ValidationError', 400],
    ['InvalidIdentityTokenException', 400],
    ['NoSuchBucket', 404],
    ['ExpiredTokenException', 400],
  ])('%s with HTTP %i is not retried', (name, status) => {
    expect(isRetryable(awsError(name, 'x', status))).toBe(false);
  });

  test('network failures are told by their Node error code, and SDK-marked errors are trusted', () => {
    for (const code of ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNREFUSED', 'UND_ERR_SOCKET'])
      expect(isRetryable(Object.assign(new Error('socket'), { code }))).toBe(true);
    expect(isRetryable(Object.assign(new Error('nope'), { code: 'ENOENT' }))).toBe(false);
    expect(isRetryable(Object.assign(new Error('x'), { name: 'Odd', $retryable: {} }))).toBe(true);
    expect(isRetryable(new TypeError('a bug'))).toBe(false);
  });

  test('a message that merely mentions throttling is not a reason to retry', () => {
    expect(isRetryable(new Error('Rate exceeded: ThrottlingException'))).toBe(false);
  });
});

describe('pollUntil', () => {
  test('GIVEN a probe that answers on the fifth try WHEN polling THEN it backs off by half each time on virtual time', async () => {
    const clock = fakeClock();
    let tries = 0;
    const value = await pollUntil(async () => (++tries === 5 ? 'done' : undefined), {
      clock,
      timeoutMs: 60_000,
      what: 'the thing',
    });

    expect(value).toBe('done');
    expect(clock.slept).toEqual([1000, 1500, 2250, 3375]);
  });

  test('the back-off never exceeds its ceiling', async () => {
    const clock = fakeClock();
    let tries = 0;
    await pollUntil(async () => (++tries === 12 ? true : undefined), {
      clock,
      timeoutMs: 3_600_000,
      what: 'x',
      maxDelayMs: 10_000,
    });
    expect(Math.max(...clock.slept)).toBe(10_000);
    expect(clock.slept.filter((d) => d === 10_000).length).toBeGreaterThan(3);
  });

  test('null is an answer, undefined is not', async () => {
    const clock = fakeClock();
    expect(await pollUntil(async () => null, { clock, timeoutMs: 1_000, what: 'x' })).toBeNull();
    expect(clock.slept).toEqual([]);
  });

  test('GIVEN a probe that never answers WHEN the time is up THEN a UserError names what was awaited, without overrunning the timeout', async () => {
    const clock = fakeClock();
    const start = clock.now();
    let tries = 0;

    const e = await rejectionOf(
      pollUntil(
        async () => {
          tries++;
          return undefined;
        },
        { clock, timeoutMs: 120_000, what: 'stack-a to finish deploying' },
      ),
    );

    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe('gave up waiting for stack-a to finish deploying after 120 s.');
    expect((e as UserError).remedy).toMatch(/timeout-minutes/);
    expect(clock.now() - start).toBeLessThanOrEqual(120_000);
    expect(clock.now() - start).toBeGreaterThan(100_000);
    expect(tries).toBe(clock.slept.length + 1);
  });

  test('an error from the probe ends the polling at once', async () => {
    const clock = fakeClock();
    const e = await rejectionOf(
      pollUntil(
        async () => {
          throw new Error('probe failed');
        },
        { clock, timeoutMs: 60_000, what: 'x' },
      ),
    );
    expect(e.message).toBe('probe failed');
    expect(clock.slept).toEqual([]);
  });
});
