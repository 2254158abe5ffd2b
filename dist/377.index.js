export const id = 377;
export const ids = [377];
export const modules = {

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Classified by the SDK's error name, HTTP status and Node error code, never by message text. */
var isRetryable = (function(error) {
    const e = error;
    if (e.$retryable)
        return true;
    if (e.name && THROTTLING.has(e.name))
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return true;
    if (e.code && TRANSIENT_NETWORK.has(e.code))
        return true;
    return e.name === 'TimeoutError';
});
var withRetry = (async function(fn, options = DEFAULT_RETRY) {
    const pause = options.sleep ?? sleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (attempt >= options.attempts || !isRetryable(error))
                throw error;
            const delay = Math.round(random() * Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1)));
            options.onRetry?.(error, attempt, delay);
            await pause(delay);
        }
    }
});// CONCATENATED MODULE: ./src/shell/aws/credentials.ts



/**
 * STS calls are retried by this module alone (withRetry: bounded, and each retry logged); an SDK
 * retry inside it would multiply the attempts and hide them.
 */
var stsClient = (function(region, credentials) {
    return new dist_cjs/* STSClient */.iM({ region, maxAttempts: 1, ...(credentials ? { credentials } : {}) });
});
/**
 * A provider over one session that renews it (`renew`) once less than RENEW_BEFORE_MS is left;
 * clients that ask at once share one renewal. A failed renewal fails the call that needed it, and
 * the next call tries again.
 */
var renewingCredentials = (function(first, renew, now) {
    let current = first;
    /** When the last renewal ended (the first session may be renewed at once). */
    let renewedAt = -Infinity;
    let renewal;
    return () => {
        const left = current.expiration ? current.expiration.getTime() - now() : Infinity;
        if (left > RENEW_BEFORE_MS || now() - renewedAt < MIN_RENEWAL_INTERVAL_MS)
            return renewal ?? Promise.resolve(current);
        renewal ??= renew()
            .then((fresh) => {
            renewedAt = now();
            return (current = fresh);
        })
            .finally(() => (renewal = undefined));
        return renewal;
    };
});
/**
 * GitHub's OIDC token → AssumeRoleWithWebIdentity straight into each account (no role chaining,
 * so no one-hour chaining cap), then GetCallerIdentity to prove the account is the one expected.
 * Each session is renewed the same way, with a fresh token (GitHub's last minutes), before it
 * expires.
 */
var oidcCredentials = (async function(accounts, options, deps) {
    const retry = withLogging(deps);
    const fetchToken = async () => {
        let token;
        try {
            token = await withRetry(() => options.getIdToken(OIDC_AUDIENCE), retry);
        }
        catch (e) {
            throw noTokenError(options.context, e);
        }
        deps.mask(token);
        return token;
    };
    const firstToken = await fetchToken();
    const entries = await Promise.all(accounts.map(async (account) => {
        const roleArn = options.roleArn(account);
        const region = options.region(account);
        const assume = async (token) => {
            let credentials;
            try {
                const out = await withRetry(() => deps.stsClient(region).send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: roleArn,
                    RoleSessionName: options.sessionName,
                    WebIdentityToken: token,
                    DurationSeconds: options.durationSeconds,
                })), retry);
                credentials = toIdentity(out.Credentials, roleArn);
            }
            catch (e) {
                throw assumeError(e, roleArn, decodeClaims(token));
            }
            maskCredentials(credentials, deps.mask);
            return credentials;
        };
        const credentials = await assume(firstToken);
        await confirmAccount(account, region, credentials, deps, retry);
        deps.logger.info(`assumed ${roleArn} (session ${options.sessionName})`);
        const renew = async () => {
            const fresh = await assume(await fetchToken());
            deps.logger.info(`renewed the session of ${roleArn}`);
            return fresh;
        };
        return [
            account,
            { account, credentials: renewingCredentials(credentials, renew, deps.now ?? Date.now) },
        ];
    }));
    return new Map(entries);
});
/**
 * Outside Actions: the SDK's default credential chain, optionally assuming a role per account.
 * Without a role, every account must be the one the default credentials belong to.
 */
var defaultChainCredentials = (async function(accounts, options, deps) {
    const retry = withLogging(deps);
    if (!options.roleArn) {
        const region = options.region(accounts[0]);
        const who = await withRetry(() => deps.stsClient(region).send(new dist_cjs/* GetCallerIdentityCommand */.zI({})), retry);
        const others = accounts.filter((a) => a !== who.Account);
        if (others.length > 0) {
            throw new errors.UserError(`the default AWS credentials belong to account ${who.Account}, but the config also needs ${others.join(', ')}.`, "Pass --assume-roles to assume each account's deploy role, or use credentials for a single-account topology.");
        }
        return undefined; // the SDK's own chain serves every client
    }
    const entries = await Promise.all(accounts.map(async (account) => {
        const roleArn = options.roleArn(account);
        const region = options.region(account);
        const assume = async () => {
            const out = await withRetry(() => deps
                .stsClient(region)
                .send(new dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: options.sessionName })), retry).catch((e) => {
                throw new errors.UserError(`cannot assume ${roleArn}: ${errorName(e)}: ${e.message}`);
            });
            const credentials = toIdentity(out.Credentials, roleArn);
            maskCredentials(credentials, deps.mask);
            return credentials;
        };
        const credentials = await assume();
        await confirmAccount(account, region, credentials, deps, retry);
        const renew = async () => {
            const fresh = await assume();
            deps.logger.info(`renewed the session of ${roleArn}`);
            return fresh;
        };
        return [
            account,
            { account, credentials: renewingCredentials(credentials, renew, deps.now ?? Date.now) },
        ];
    }));
    return new Map(entries);
});
var confirmAccount = (async function(account, region, credentials, deps, retry) {
    const who = await withRetry(() => deps.stsClient(region, credentials).send(new dist_cjs/* GetCallerIdentityCommand */.zI({})), retry);
    if (who.Account !== account) {
        throw new errors.UserError(`the role for account ${account} resolved to account ${who.Account} (${who.Arn}).`, 'Check accounts.<id>.deployRole in the config: each account must name a role in that same account.');
    }
});
var toIdentity = (function(c, roleArn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new Error(`STS returned no credentials for ${roleArn}`);
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
});
var maskCredentials = (function(c, mask) {
    mask(c.accessKeyId);
    mask(c.secretAccessKey);
    if (c.sessionToken)
        mask(c.sessionToken);
});
var withLogging = (function(deps) {
    return {
        ...(deps.retry ?? DEFAULT_RETRY),
        onRetry: (e, attempt, delay) => deps.logger.info(`retrying after ${errorName(e)} (attempt ${attempt}, waiting ${delay} ms)`),
    };
});
var errorName = (function(e) {
    return e.name ?? 'Error';
});
/** The token's claims, read without verification: only to explain a refusal, never to decide. */
var decodeClaims = (function(token) {
    try {
        const payload = token.split('.')[1];
        return payload ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : {};
    }
    catch {
        return {};
    }
});
var noTokenError = (function(context, cause) {
    if (context.fromFork) {
        return new errors.UserError('no GitHub OIDC token: this is a pull request from a fork, and GitHub gives fork pull requests no token.', 'Deploy from the base repository; for fork pull requests run mode: synth (or plan, which falls back to an offline summary).');
    }
    if (!context.tokenRequestAvailable) {
        return new errors.UserError('no GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set.', 'Give the job `permissions: id-token: write` (and contents: read).');
    }
    return new errors.UserError(`could not get a GitHub OIDC token: ${cause.message ?? String(cause)}`);
});
var assumeError = (function(e, roleArn, claims) {
    const name = errorName(e);
    const sub = claims.sub ?? '(unknown)';
    if (name === 'AccessDenied' || name === 'AccessDeniedException') {
        const idForm = claims.repository && claims.repository_id && claims.repository_owner_id
            ? ` or, in the immutable-id form, "repo:${claims.repository_owner}@${claims.repository_owner_id}/${claims.repository.split('/')[1]}@${claims.repository_id}:…"`
            : '';
        return new errors.UserError(`${roleArn} refused this workflow's OIDC token (${name}). This run's subject is "${sub}".`, `The role's trust policy must allow token.actions.githubusercontent.com:sub = "${sub}"${idForm}, ` +
            'and aud = sts.amazonaws.com. Plan roles trust pull requests; deploy roles trust the deploy branch or environment.');
    }
    if (name === 'InvalidIdentityToken' ||
        name === 'IDPRejectedClaim' ||
        name === 'InvalidIdentityTokenException') {
        return new errors.UserError(`${roleArn}: AWS rejected the OIDC token (${name}).`, 'Check that the account has the GitHub OIDC provider (token.actions.githubusercontent.com, audience sts.amazonaws.com): deploy the bootstrap template.');
    }
    if ((0,errors.isExpiredCredentials)(e)) {
        return new errors.ServiceError(`${roleArn}: STS found this run's GitHub OIDC token expired (${name}).`, "A token is fetched for every session and every renewal, so an expired one means the runner's clock is " +
            "behind or STS was reached only minutes later. Check the runner's clock, then run again.");
    }
    return new errors.ServiceError(`could not assume ${roleArn}: ${name}: ${e.message}`);
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultChainCredentials: () => (/* binding */ defaultChainCredentials),
  oidcCredentials: () => (/* binding */ oidcCredentials),
  stsClient: () => (/* binding */ stsClient)
});

// UNUSED EXPORTS: MIN_RENEWAL_INTERVAL_MS, OIDC_AUDIENCE, RENEW_BEFORE_MS, decodeClaims, errorName, renewingCredentials

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/shell/aws/retry.ts
const DEFAULT_RETRY = { attempts: 6, baseMs: 200, maxMs: 8_000 };
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'PriorRequestNotComplete',
]);
const TRANSIENT_NETWORK = new Set([
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'UND_ERR_SOCKET',
]);
const sleep = ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));

;
/**
 * How long before its expiration a session is renewed: more than the five minutes at which SDK
 * clients ask their provider again, so that asking then gets fresh credentials. Sessions last at
 * least 15 minutes (STS's minimum), so each is used for at least five.
 */
const RENEW_BEFORE_MS = 10 * 60_000;
/**
 * A session is renewed at most this often: with a runner clock far ahead of AWS's, fresh
 * credentials still look near their end, and clients would otherwise renew on every request.
 */
const MIN_RENEWAL_INTERVAL_MS = 60_000;
const OIDC_AUDIENCE = 'sts.amazonaws.com';


/***/ })

};
