export const id = 970;
export const ids = [970];
export const modules = {

/***/ 9580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** "3" or "25%"; undefined when the text is neither (the caller says what is wrong and where). */
var parseAmount = (function(text, opts) {
    const m = /^(\d{1,3})(%?)$/.exec(text.trim());
    if (!m)
        return undefined;
    const value = Number(m[1]);
    if (m[2] === '%')
        return value <= 100 && (value > 0 || opts.allowZero) ? { kind: 'percentage', value } : undefined;
    return value > 0 || opts.allowZero ? { kind: 'count', value } : undefined;
});
var formatAmount = (function(a) {
    return a.kind === 'count' ? String(a.value) : `${a.value}%`;
});
/** The request shape of StackSetOperationPreferences. */
var operationPreferences = (function(p) {
    return {
        ...(p.maxConcurrent.kind === 'count'
            ? { MaxConcurrentCount: p.maxConcurrent.value }
            : { MaxConcurrentPercentage: p.maxConcurrent.value }),
        ...(p.failureTolerance.kind === 'count'
            ? { FailureToleranceCount: p.failureTolerance.value }
            : { FailureTolerancePercentage: p.failureTolerance.value }),
        ConcurrencyMode: p.concurrencyMode === 'strict' ? 'STRICT_FAILURE_TOLERANCE' : 'SOFT_FAILURE_TOLERANCE',
        RegionConcurrencyType: p.regionConcurrency === 'sequential' ? 'SEQUENTIAL' : 'PARALLEL',
    };
});
/** What the settings get wrong, each naming the input; empty when they are usable. */
var checkBootstrapSettings = (function(s) {
    const problems = [];
    if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(s.stackSetName))
        problems.push(`input "stack-set-name" is "${s.stackSetName}": a StackSet name starts with a letter and has only letters, digits and hyphens (at most 128).`);
    if (/-destinations$/.test(s.stackSetName))
        problems.push(`input "stack-set-name" is "${s.stackSetName}": names ending in -destinations are the destinations' StackSets, which each account's deploy role may change; the bootstrap StackSet must not be one of them.`);
    if (s.permissionModel === 'service-managed') {
        if (s.organizationalUnits.length === 0)
            problems.push('input "organizational-units" is empty: a service-managed StackSet deploys to organizational units (ou-… or the root r-…).');
        for (const ou of s.organizationalUnits)
            if (!/^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$/.test(ou))
                problems.push(`input "organizational-units" has "${ou}": not an organizational unit id (ou-…) or root id (r-…).`);
        if (s.administrationRoleArn || s.executionRoleName)
            problems.push('inputs "administration-role-arn" and "execution-role-name" are for self-managed StackSets: service-managed ones use the roles Organizations creates.');
        if (Array.isArray(s.reuseOidcProvider))
            problems.push('input "reuse-oidc-provider" lists accounts: a service-managed StackSet deploys to organizational units, so use all or none.');
    }
    else {
        if (s.organizationalUnits.length > 0)
            problems.push('input "organizational-units" is set, but permission-model is self-managed: self-managed StackSets deploy to the accounts the configs name. Use permission-model: service-managed.');
        if (s.callAs === 'delegated-admin')
            problems.push('input "call-as" is delegated-admin, which only service-managed StackSets accept (permission-model: service-managed).');
    }
    if (!s.github.org || !s.github.repo)
        problems.push('the repository to trust is unknown: set input "repository" (OWNER/REPO); on a runner it defaults to this one.');
    if (Boolean(s.github.orgId) !== Boolean(s.github.repoId))
        problems.push('the immutable subject form needs both the owner id and the repository id.');
    return problems;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ parseAmount),
/* harmony export */   dx: () => (/* binding */ DEFAULT_PREFERENCES),
/* harmony export */   ej: () => (/* binding */ formatAmount),
/* harmony export */   iY: () => (/* binding */ operationPreferences),
/* harmony export */   ow: () => (/* binding */ checkBootstrapSettings)
/* harmony export */ });
/**
 * How a bootstrap StackSet is run: who administers it, where it goes, and how fast. Read from the
 * action's inputs or the CLI's flags; everything here is checked before any AWS call.
 */
const DEFAULT_PREFERENCES = {
    maxConcurrent: { kind: 'percentage', value: 25 },
    failureTolerance: { kind: 'percentage', value: 10 },
    concurrencyMode: 'strict',
    regionConcurrency: 'sequential',
};


/***/ }),

/***/ 6471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/** Renders a path the way users write it: `destinations[1].region`, `accounts["111111111111"]`. */
var formatPath = (function(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part))
            out += out === '' ? part : `.${part}`;
        else
            out += `[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(part)}]`;
    }
    return out === '' ? '(root)' : out;
});
var formatDiagnostic = (function(d, file) {
    // A file name is untrusted text too: one diagnostic, one line.
    const where = [file === undefined ? undefined : (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(file), d.location?.line, d.location?.column]
        .filter((x) => x !== undefined)
        .join(':');
    return `${where === '' ? '' : `${where}: `}${d.severity} ${d.path}: ${d.message}`;
});
/** Human text for a list of diagnostics, capped so a broken file does not flood the log. */
var formatDiagnostics = (function(diagnostics, file, cap = 50) {
    const shown = diagnostics.slice(0, cap).map((d) => formatDiagnostic(d, file));
    if (diagnostics.length > cap)
        shown.push(`… and ${diagnostics.length - cap} more`);
    return shown.join('\n');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oO: () => (/* binding */ formatDiagnostics),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3195);


/***/ }),

/***/ 523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Edit distance (Levenshtein), small inputs only: config keys and region names. */
var distance = (function(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
});
/** The closest candidate when it is close enough to be a plausible typo, else undefined. */
var didYouMean = (function(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    for (const name of candidates) {
        const d = distance(needle, name.toLowerCase());
        if (!best || d < best.d)
            best = { name, d };
    }
    if (!best)
        return undefined;
    const allowed = Math.max(1, Math.floor(Math.max(input.length, best.name.length) / 3));
    return best.d <= allowed ? best.name : undefined;
});
var suggestion = (function(input, candidates) {
    const hit = didYouMean(input, candidates);
    return hit === undefined ? '' : ` Did you mean "${hit}"?`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   h: () => (/* binding */ suggestion)
/* harmony export */ });


/***/ }),

/***/ 9907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var partitionOf = (function(region) {
    return PARTITION_OF.get(region);
});
/** The DNS suffix of service endpoints, as used in `kms:ViaService` values. */
var urlSuffix = (function(partition) {
    return partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ KNOWN_REGIONS),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   rW: () => (/* binding */ urlSuffix)
/* harmony export */ });
/**
 * Regions S3 replication can use, by partition. ARNs and service principals differ by partition,
 * and replication cannot cross one, so the partition is derived here rather than assumed.
 * Opt-in regions are included: whether an account has enabled one is checked at deploy time.
 */
const REGIONS = {
    aws: [
        'us-east-1',
        'us-east-2',
        'us-west-1',
        'us-west-2',
        'af-south-1',
        'ap-east-1',
        'ap-east-2',
        'ap-south-1',
        'ap-south-2',
        'ap-northeast-1',
        'ap-northeast-2',
        'ap-northeast-3',
        'ap-southeast-1',
        'ap-southeast-2',
        'ap-southeast-3',
        'ap-southeast-4',
        'ap-southeast-5',
        'ap-southeast-6',
        'ap-southeast-7',
        'ca-central-1',
        'ca-west-1',
        'eu-central-1',
        'eu-central-2',
        'eu-west-1',
        'eu-west-2',
        'eu-west-3',
        'eu-south-1',
        'eu-south-2',
        'eu-north-1',
        'il-central-1',
        'me-south-1',
        'me-central-1',
        'mx-central-1',
        'sa-east-1',
    ],
    'aws-cn': ['cn-north-1', 'cn-northwest-1'],
    'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'],
};
const PARTITION_OF = new Map(Object.entries(REGIONS).flatMap(([p, regions]) => regions.map((r) => [r, p])));
const KNOWN_REGIONS = [...PARTITION_OF.keys()];


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * An SDK failure while working on one stack, as a ServiceError naming the stack, its account and
 * region and what was being done; anything else is returned as it is. Expired credentials are
 * said to be so, with their own remedy.
 */
var stackServiceError = (function(e, stack, doing, remedy) {
    if (!isServiceFailure(e))
        return e;
    const code = e.code ?? e.name;
    const where = `${stack.name} (${stack.account}, ${stack.region})`;
    if (isExpiredCredentials(e))
        return new ServiceError(`${where}: the session of account ${stack.account}'s role had expired (${code})${doing ? ` ${doing}` : ''}: ${e.message}`, EXPIRED_REMEDY);
    return new ServiceError(`${where}: AWS did not answer as expected${doing ? ` ${doing}` : ''}: ${code}: ${e.message}`, remedy);
});
/**
 * AWS refused the temporary credentials a request was signed with as expired: `ExpiredToken` (S3,
 * CloudFormation, STS and the other query and XML APIs), `ExpiredTokenException` (JSON APIs).
 */
var isExpiredCredentials = (function(e) {
    const name = e.name;
    return name === 'ExpiredToken' || name === 'ExpiredTokenException';
});
/** An SDK or network failure, told apart from a bug by the SDK's own markers, never by message text. */
var isServiceFailure = (function(e) {
    const x = e;
    return (x.$metadata !== undefined ||
        x.$fault !== undefined ||
        /^E[A-Z]+$/.test(x.code ?? '') ||
        x.name === 'TimeoutError');
});
/** What to print for a failure: the message and remedy of ours, or the stack and where to report a bug. */
var failureMessage = (function(e) {
    if (e instanceof PartialFailure)
        return `${failureMessage(e.cause)}\n${e.done}`;
    if (e instanceof UserError || e instanceof ServiceError)
        return e.message + (e.remedy ? `\n${e.remedy}` : '');
    return `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`;
});
/** 2 only for a user's mistake that left everything as it was; a partial failure is 1, whatever its cause. */
var exitCodeOf = (function(error) {
    return error instanceof UserError ? EXIT.user : EXIT.internal;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   PartialFailure: () => (/* binding */ PartialFailure),
/* harmony export */   REPORT_BUGS: () => (/* binding */ REPORT_BUGS),
/* harmony export */   ServiceError: () => (/* binding */ ServiceError),
/* harmony export */   UserError: () => (/* binding */ UserError),
/* harmony export */   exitCodeOf: () => (/* binding */ exitCodeOf),
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   isExpiredCredentials: () => (/* binding */ isExpiredCredentials),
/* harmony export */   isServiceFailure: () => (/* binding */ isServiceFailure),
/* harmony export */   stackServiceError: () => (/* binding */ stackServiceError)
/* harmony export */ });
/* harmony import */ var _config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);

/**
 * Errors carry who must act: `user` (bad config or input: exit 2, say what to fix) or `internal`
 * (a bug: exit 1, say where to report). Anything else thrown is treated as internal.
 */
class UserError extends Error {
    remedy;
    name = 'UserError';
    constructor(message, remedy) {
        super(message);
        this.remedy = remedy;
    }
}
class ConfigError extends UserError {
    file;
    diagnostics;
    constructor(file, diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        super(`${file}: ${errors} problem${errors === 1 ? '' : 's'} in the config\n${(0,_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostics */ .oO)(diagnostics, file)}`);
        this.file = file;
        this.diagnostics = diagnostics;
    }
}
/**
 * AWS or the network failed in a way retries did not cure: not the user's config, not a bug.
 * Says what was being done, so the user knows what did and did not happen.
 */
class ServiceError extends Error {
    remedy;
    name = 'ServiceError';
    constructor(message, remedy) {
        super(message);
        this.remedy = remedy;
    }
}
/**
 * A run that failed after it had written something (a stack changed, a file renamed into place).
 * Exit 1 whatever the cause: exit 2 promises that nothing was written or deployed. Its message is
 * the cause's, followed by what the run had done.
 */
class PartialFailure extends Error {
    done;
    summary;
    name = 'PartialFailure';
    constructor(cause, 
    /** What was written before the failure, as a sentence. */
    done, 
    /** Markdown that lists what was done, for the job summary and the terminal. */
    summary) {
        super(`${cause?.message ?? String(cause)}\n${done}`, { cause });
        this.done = done;
        this.summary = summary;
    }
}
const EXPIRED_REMEDY = "Sessions are renewed before they expire, so an expired one means the runner's clock is behind AWS's or the " +
    "session was revoked. Check the runner's clock, then run again: a deploy resumes safely, and re-asserts each " +
    "stack's protection.";
/** 3: the run worked and found a problem (verify failed, or drift with fail-on-drift). */
const EXIT = { ok: 0, internal: 1, user: 2, found: 3 };
const REPORT_BUGS = 'This is a bug in s3-xrepl-action; please report it with the log above.';


/***/ }),

/***/ 5665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The role of this kind the config names for an account: plan (read and preview) or deploy. */
var roleArnOf = (function(topology, account, role) {
    const roles = topology.accounts[account];
    return role === 'plan' ? roles.planRoleArn : roles.deployRoleArn;
});
/** Each account deploys through one region's STS: the region of its first stack. */
var regionOf = (function(topology) {
    return (account) => topology.source.account === account
        ? topology.source.region
        : (topology.destinations.find((d) => d.account === account)?.region ?? topology.source.region);
});
/** Every account the topology acts in: source, destinations, and a destination StackSet's administrator. */
var accountsOf = (function(topology) {
    return [
        ...new Set([
            ...topology.destinations.map((d) => d.account),
            topology.source.account,
            ...(topology.destinationStackSet ? [topology.destinationStackSet.account] : []),
        ]),
    ];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   accountOfRole: () => (/* binding */ accountOfRole),
/* harmony export */   accountsOf: () => (/* binding */ accountsOf),
/* harmony export */   regionOf: () => (/* binding */ regionOf),
/* harmony export */   roleArnOf: () => (/* binding */ roleArnOf),
/* harmony export */   x: () => (/* binding */ ROLE_ARN)
/* harmony export */ });
/** An IAM role ARN as an input may give it (bootstrap's stack-set role, a StackSet administrator). */
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
/** The account of a role ARN that ROLE_ARN accepted. */
const accountOfRole = ((arn) => ROLE_ARN.exec(arn)[2]);


/***/ }),

/***/ 8376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ FROM_SOURCE)
/* harmony export */ });
/**
 * What backfill's `backfill-from` calls the source bucket: no two-way destination may take it as its
 * id. A module of its own because the backfill mode's input declaration needs it at start-up, where
 * names.ts (and the rest of the model) is not loaded.
 */
const FROM_SOURCE = 'source';


/***/ }),

/***/ 3195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The text as it is when it is printable on one line; otherwise with its unprintable characters escaped. */
var printable = (function(text) {
    return text.replace(UNPRINTABLE, escape);
});
/** The text in double quotes, on one line, with `"` and `\` escaped too: it reads back unambiguously. */
var quote = (function(text) {
    return `"${printable(text.replace(/["\\]/g, '\\$&'))}"`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   h: () => (/* binding */ quote)
/* harmony export */ });
/**
 * Untrusted text (a config value, a file name) inside a message: the log, an annotation, the CLI,
 * a report's code block. A line break in it would end the message's line and start one the text
 * chooses — a workflow command in the log, a section marker in a comment — so line breaks, other
 * controls, invisible formatting characters (bidirectional overrides among them) and lone
 * surrogates are spelled out as escapes: `\n`, `\r`, `\t`, `\uXXXX`. Everything else is kept.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escape = ((c) => {
    if (SHORT[c])
        return SHORT[c];
    const n = c.codePointAt(0);
    const hex = n.toString(16).toUpperCase();
    return n > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
});


/***/ }),

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The typed values of specs, with every problem (naming its input) collected. */
var readSpecs = (function(specs, get) {
    const values = {};
    const problems = [];
    for (const spec of specs) {
        const given = get(spec.name).trim();
        const text = given === '' ? spec.default : given;
        switch (spec.kind) {
            case 'string':
                values[spec.name] = text;
                break;
            case 'boolean': {
                const v = text.toLowerCase();
                if (v === 'true' || v === 'false')
                    values[spec.name] = v === 'true';
                else {
                    problems.push(`input "${spec.name}" is ${JSON.stringify(given)}: use true or false.`);
                    values[spec.name] = spec.default === 'true';
                }
                break;
            }
            case 'integer': {
                const n = Number(text);
                const { min = -Infinity, max = Infinity } = spec;
                if (!/^\d+$/.test(text) || n < min || n > max) {
                    problems.push(`input "${spec.name}" is ${JSON.stringify(given)}: use a whole number from ${min} to ${max}.`);
                    values[spec.name] = Number(spec.default);
                }
                else
                    values[spec.name] = n;
                break;
            }
        }
    }
    return { values, problems };
});
/** Throws every problem at once, as one user error. */
var refuse = (function(problems) {
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(problems.join('\n'));
});
/** The config input: required by every mode that reads one. */
var configProblem = (function(config) {
    return config === ''
        ? ['input "config" is required: the path of the topology YAML file (or a glob of them).']
        : [];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ readSpecs),
/* harmony export */   Fu: () => (/* binding */ MAX_PARALLEL),
/* harmony export */   Go: () => (/* binding */ GITHUB_TOKEN),
/* harmony export */   PI: () => (/* binding */ CONFIG),
/* harmony export */   RN: () => (/* binding */ OUT_DIR),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   YK: () => (/* binding */ COMMENT),
/* harmony export */   er: () => (/* binding */ configProblem),
/* harmony export */   gt: () => (/* binding */ ROLE_DURATION_SECONDS),
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   ik: () => (/* binding */ COMMENT_AUTHOR),
/* harmony export */   lE: () => (/* binding */ MODE_INPUT),
/* harmony export */   nv: () => (/* binding */ ASSUME_ROLES),
/* harmony export */   tu: () => (/* binding */ ALLOW_DESTRUCTIVE),
/* harmony export */   wD: () => (/* binding */ RECREATE_FAILED_STACKS),
/* harmony export */   yl: () => (/* binding */ TIMEOUT_MINUTES)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const flagOf = ((spec) => spec.flag === false ? undefined : (spec.flag ?? spec.name));
// ---- inputs several modes read ----
const CONFIG = {
    name: 'config',
    kind: 'string',
    default: '',
    help: 'the topology YAML file',
    placeholder: 'FILE',
};
const OUT_DIR = {
    name: 'out-dir',
    kind: 'string',
    default: 's3-xrepl.out',
    help: 'where synth writes its files, and plan its plan.md and plan.json',
    flag: 'out',
    placeholder: 'DIR',
};
const TIMEOUT_MINUTES = {
    name: 'timeout-minutes',
    kind: 'integer',
    default: '30',
    min: 1,
    max: 360,
    help: 'bound on every wait (change sets, stack operations, drift detection)',
    placeholder: 'N',
};
const ALLOW_DESTRUCTIVE = {
    name: 'allow-destructive',
    kind: 'boolean',
    default: 'false',
    help: 'let deploy replace or remove a bucket, key or the replication role (they are retained)',
};
const RECREATE_FAILED_STACKS = {
    name: 'recreate-failed-stacks',
    kind: 'boolean',
    default: 'false',
    help: 'let deploy delete and recreate a stack whose first creation failed',
};
const COMMENT = {
    name: 'comment',
    kind: 'boolean',
    default: 'true',
    help: 'also post the report to the pull request comment',
    flag: false,
};
const COMMENT_AUTHOR = {
    name: 'comment-author',
    kind: 'string',
    default: 'github-actions[bot]',
    help: "the login whose comments and issues are the action's own",
    flag: false,
};
const GITHUB_TOKEN = {
    name: 'github-token',
    kind: 'string',
    default: '${{ github.token }}',
    help: 'token for the comment, the tracking issue and the base branch config',
    flag: false,
};
const ROLE_DURATION_SECONDS = {
    name: 'role-duration-seconds',
    kind: 'integer',
    default: '3600',
    // STS accepts 900 s up to the role's MaxSessionDuration (the bootstrap roles allow 3600).
    min: 900,
    max: 43200,
    help: 'session length of the assumed roles (renewed before they end)',
    flag: false,
};
const MAX_PARALLEL = {
    name: 'max-parallel',
    kind: 'integer',
    default: '4',
    min: 1,
    max: 32,
    help: 'with a config glob, how many topologies run at once',
    flag: false,
};
const ASSUME_ROLES = {
    name: 'assume-roles',
    kind: 'boolean',
    default: 'false',
    help: "assume each account's plan or deploy role with your credentials (default: use them as they are)",
    cliOnly: true,
};
/** Inputs of the action itself, not of a mode. */
const MODE_INPUT = {
    name: 'mode',
    kind: 'string',
    default: 'synth',
    help: 'what to do',
    flag: false,
};


/***/ }),

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/modes/mode.ts
/** Times the phases of a run with the env's clock. */
var phaseTimer = (function(clock) {
    const phases = [];
    return {
        phases,
        async time(name, work) {
            const start = clock.now();
            try {
                return await work();
            }
            finally {
                phases.push({ name, ms: clock.now() - start });
            }
        },
    };
});
/** The way back of the two-way destination `id`, or a user error naming the ones there are. */
var wayBackFrom = (function(topology, id, wayBack) {
    const d = topology.destinations.find((x) => x.id === id);
    if (d?.twoWay)
        return wayBack(topology, d);
    const twoWay = topology.destinations.filter((x) => x.twoWay).map((x) => x.id);
    throw new errors.UserError(`input "backfill-from" is ${JSON.stringify(id)}, ${d ? 'a destination that is not two-way: nothing replicates from it' : `not a destination of ${topology.name}`}.`, twoWay.length > 0
        ? `Use "source", or ${twoWay.map((x) => JSON.stringify(x)).join(', ')} for its way back to the source.`
        : `Use "source": ${topology.name} has no two-way destination.`);
});
/**
 * The bootstrap inputs (or the CLI's flags of the same names), all checked at once: every problem
 * names its input. `requireRole`: the action has no other way into the administrator account.
 */
var readBootstrapInputs = (function(get, context, opts) {
    const problems = [];
    const oneOf = (name, allowed, fallback) => {
        const v = get(name).trim().toLowerCase();
        if (v === '')
            return fallback;
        if (allowed.includes(v))
            return v;
        problems.push(`input "${name}" is "${v}": allowed values are ${allowed.join(', ')}.`);
        return fallback;
    };
    const amount = (name, fallback, allowZero) => {
        const v = get(name).trim();
        if (v === '')
            return fallback;
        const parsed = (0,bootstrap_settings/* parseAmount */.C_)(v, { allowZero });
        if (!parsed)
            problems.push(`input "${name}" is "${v}": use a number of accounts (such as ${allowZero ? '0 or ' : ''}3) or a percentage (such as ${(0,bootstrap_settings/* formatAmount */.ej)(fallback)}).`);
        return parsed ?? fallback;
    };
    const list = (name) => get(name)
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    const stackSetRole = get('stack-set-role').trim();
    if (stackSetRole && !accounts/* ROLE_ARN */.x.test(stackSetRole))
        problems.push(`input "stack-set-role" is "${stackSetRole}": expected a role ARN, arn:aws:iam::<12-digit account>:role/<name>.`);
    if (!stackSetRole && opts.requireRole)
        problems.push('input "stack-set-role" is required for mode bootstrap: the role (trusting this repository through GitHub OIDC) in the StackSet administrator account.');
    const region = get('stack-set-region').trim() || 'us-east-1';
    if (!regions/* KNOWN_REGIONS */.Qu.includes(region))
        problems.push(`input "stack-set-region" is "${region}": not a known AWS region.`);
    const permissionModel = oneOf('permission-model', ['self-managed', 'service-managed'], 'self-managed');
    const reuseText = list('reuse-oidc-provider');
    let reuseOidcProvider = 'none';
    if (reuseText.length === 1 && ['all', 'none', 'true', 'false'].includes(reuseText[0].toLowerCase()))
        reuseOidcProvider = ['all', 'true'].includes(reuseText[0].toLowerCase()) ? 'all' : 'none';
    else if (reuseText.length > 0) {
        const bad = reuseText.filter((a) => !/^\d{12}$/.test(a));
        if (bad.length > 0)
            problems.push(`input "reuse-oidc-provider" has ${bad.map((b) => `"${b}"`).join(', ')}: use all, none, or 12-digit account ids.`);
        reuseOidcProvider = reuseText;
    }
    const repository = get('repository').trim() || (context.repo ? `${context.repo.owner}/${context.repo.repo}` : '');
    const [org = '', repo = ''] = repository.split('/');
    if (repository && !/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        problems.push(`input "repository" is "${repository}": expected OWNER/REPO, with no wildcard.`);
    const immutable = oneOf('immutable-subject', ['true', 'false'], 'false') === 'true';
    if (immutable && !context.repoIds)
        problems.push('input "immutable-subject" is true, but GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID are not set: run it on a runner.');
    const settings = {
        stackSetName: get('stack-set-name').trim() || 's3-xrepl-bootstrap',
        region,
        permissionModel,
        callAs: oneOf('call-as', ['self', 'delegated-admin'], 'self'),
        ...(get('administration-role-arn').trim()
            ? { administrationRoleArn: get('administration-role-arn').trim() }
            : {}),
        ...(get('execution-role-name').trim() ? { executionRoleName: get('execution-role-name').trim() } : {}),
        organizationalUnits: list('organizational-units'),
        autoDeployment: oneOf('auto-deployment', ['true', 'false'], 'true') === 'true',
        preferences: {
            maxConcurrent: amount('max-concurrent', bootstrap_settings/* DEFAULT_PREFERENCES */.dx.maxConcurrent, false),
            failureTolerance: amount('failure-tolerance', bootstrap_settings/* DEFAULT_PREFERENCES */.dx.failureTolerance, true),
            concurrencyMode: oneOf('concurrency-mode', ['strict', 'soft'], bootstrap_settings/* DEFAULT_PREFERENCES */.dx.concurrencyMode),
            regionConcurrency: oneOf('region-concurrency', ['sequential', 'parallel'], bootstrap_settings/* DEFAULT_PREFERENCES */.dx.regionConcurrency),
        },
        github: {
            org,
            repo,
            ...(immutable && context.repoIds ? { orgId: context.repoIds.owner, repoId: context.repoIds.repo } : {}),
            deployBranch: get('deploy-branch').trim() || context.defaultBranch || 'main',
            deployEnvironment: get('deploy-environment').trim(),
        },
        reuseOidcProvider,
    };
    const admin = settings.administrationRoleArn;
    if (admin && !accounts/* ROLE_ARN */.x.test(admin))
        problems.push(`input "administration-role-arn" is "${admin}": expected a role ARN, arn:aws:iam::<account>:role/<name>.`);
    // Settings that contradict each other are the inputs' fault too: say so in the same breath.
    problems.push(...(0,bootstrap_settings/* checkBootstrapSettings */.ow)(settings));
    if (problems.length > 0)
        throw new errors.UserError(problems.join('\n'));
    return { settings, ...(stackSetRole ? { stackSetRole } : {}) };
});
/**
 * Existing buckets the config adopts (issue 17), read again as plan read them: a deploy refuses,
 * before it changes anything, what plan would refuse. Returns the synthesis carrying what the
 * config keeps, and the buckets still to import. Undefined when the config adopts none.
 */
var adoptionsToDeploy = (async function(env, topology, synthesis, credentials) {
    const { adoptionTargets } = await Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 2379));
    const targets = adoptionTargets(topology, synthesis);
    if (targets.length === 0)
        return undefined;
    const [{ readAdoptions }, { importTemplates, withKeptSettings }, { refusedAdoptions }, { UserError }] = await Promise.all([
        Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 2720)),
        Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 1215)),
        Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 1745)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4296)),
    ]);
    const { adoptions, live } = await readAdoptions(targets, env.clients, credentials, env.clock.now());
    const refused = refusedAdoptions(adoptions);
    if (refused.length > 0)
        throw new UserError(`refusing to adopt ${refused.join(', ')}: ${refused.length === 1 ? 'it is' : 'they are'} managed by another stack, or live settings the config neither keeps nor drops would be lost. Nothing was changed.`, 'Run mode plan: it lists each one and where to name it.');
    const toImport = new Set(adoptions.filter((a) => a.status === 'to-import').map((a) => a.target.stackName));
    return {
        synthesis: withKeptSettings(synthesis, targets, live),
        imports: importTemplates(targets.filter((t) => toImport.has(t.stackName))),
    };
});
var deployReport = (function(topology, configPath, order, deployment) {
    const where = (s) => ({ name: s.name, kind: s.kind, account: s.account, region: s.region });
    const stack = (s) => {
        // A two-way destination deploys twice (synthesize.ts, wayBack): one row, failed if either failed.
        const o = deployment.failures.some((x) => x.stack.name === s.name)
            ? undefined
            : mergedOutcome(deployment.outcomes.filter((x) => x.stack.name === s.name));
        if (o)
            return {
                ...where(s),
                result: o.result.kind,
                stackId: o.result.stackId,
                changes: o.result.kind === 'unchanged' ? [] : o.result.changes,
                outputs: o.result.outputs,
                seconds: (o.finishedAt - o.startedAt) / 1000,
            };
        const f = deployment.failures.find((x) => x.stack.name === s.name);
        return {
            ...where(s),
            result: f ? 'failed' : 'not-deployed',
            stackId: '',
            changes: [],
            outputs: {},
            seconds: f ? (f.finishedAt - f.startedAt) / 1000 : 0,
            ...(f
                ? {
                    failure: {
                        message: f.error instanceof Error ? f.error.message : String(f.error),
                        changedStack: f.changed,
                    },
                }
                : {}),
        };
    };
    const times = [...deployment.outcomes, ...deployment.failures];
    return {
        topology: topology.name,
        configPath,
        ...(times.length > 0
            ? {
                seconds: (Math.max(...times.map((t) => t.finishedAt)) - Math.min(...times.map((t) => t.startedAt))) / 1000,
            }
            : {}),
        destinationIds: Object.fromEntries(topology.destinations.map((d) => [d.stackName, d.id])),
        stacks: order.map(stack),
    };
});
/** A stack's outcomes over the phases it deployed in, as one: created or updated if any phase was. */
var mergedOutcome = (function(phases) {
    if (phases.length <= 1)
        return phases[0];
    const kinds = phases.map((p) => p.result.kind);
    const last = phases.at(-1);
    const kind = kinds.includes('created') ? 'created' : kinds.includes('updated') ? 'updated' : 'unchanged';
    const changes = phases.flatMap((p) => (p.result.kind === 'unchanged' ? [] : p.result.changes));
    return {
        ...last,
        startedAt: phases[0].startedAt,
        result: kind === 'unchanged'
            ? last.result
            : { kind, stackId: last.result.stackId, outputs: last.result.outputs, changes },
    };
});
/** "created a, b; a failed after changing it; c not deployed" */
var doneText = (function(r) {
    const named = (pick) => r.stacks
        .filter(pick)
        .map((s) => s.name)
        .join(', ');
    return [
        ['created', named((s) => s.result === 'created')],
        ['updated', named((s) => s.result === 'updated')],
        ['unchanged', named((s) => s.result === 'unchanged')],
        ['failed after changing the stack', named((s) => s.failure?.changedStack === true)],
        ['failed before changing the stack', named((s) => s.failure?.changedStack === false)],
        ['not deployed', named((s) => s.result === 'not-deployed')],
    ]
        .filter(([, names]) => names !== '')
        .map(([what, names]) => `${what}: ${names}`)
        .join('; ');
});
var allClients = (async function() {
    const [{ CloudFormationClient }, { S3Client }, { KMSClient }, { IAMClient }, { CloudWatchClient }, { SNSClient },] = await Promise.all([
        Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
        Promise.all(/* import() | aws-kms */[__webpack_require__.e(861), __webpack_require__.e(642)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19)),
        Promise.all(/* import() | aws-iam */[__webpack_require__.e(861), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19)),
        Promise.all(/* import() | aws-cloudwatch */[__webpack_require__.e(861), __webpack_require__.e(763)]).then(__webpack_require__.t.bind(__webpack_require__, 6466, 19)),
        Promise.all(/* import() | aws-sns */[__webpack_require__.e(861), __webpack_require__.e(171)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
    ]);
    return {
        cfn: CloudFormationClient,
        s3: S3Client,
        kms: KMSClient,
        iam: IAMClient,
        cloudwatch: CloudWatchClient,
        sns: SNSClient,
    };
});
var stackDrift = (async function(s, c, partition, timeoutMs, env) {
    const [{ describeStack }, { detectStackDrift }, { directFindings }] = await Promise.all([
        Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 5804)),
        Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 9646)),
        Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4672)),
    ]);
    const where = { name: s.name, kind: s.kind, account: s.account, region: s.region };
    const stack = await describeStack(c.cfn, s.name);
    if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
        return { ...where, deployed: false, findings: [] };
    const [cloudFormation, findings] = await Promise.all([
        detectStackDrift(c.cfn, s.name, env.clock, timeoutMs),
        directFindings(s, c, partition, stack),
    ]);
    env.logger.info(`${s.name}: CloudFormation ${cloudFormation.status}; ${findings.filter((f) => f.status === 'drifted').length} drifted, ${findings.filter((f) => f.status === 'unknown').length} unknown of ${findings.length} direct checks`);
    return { ...where, deployed: true, cloudFormation, findings };
});
/**
 * On a schedule or manual run (the action's), one issue per config follows the drift: found first,
 * so the report can say when each drifted thing was first seen (kept in the issue's state line).
 */
var trackedIssue = (async function(env, inputs) {
    const [{ findTrackingIssue, tracksIssues }, { firstSeenIn, firstSeenOf }] = await Promise.all([
        Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 6301)),
        Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 8343)),
    ]);
    if (!tracksIssues(env))
        return undefined;
    let found;
    try {
        found = { issue: await findTrackingIssue(env.github.issues(), inputs.config, env.github.author) };
    }
    catch {
        // syncTrackingIssue looks again, and says what went wrong.
        found = undefined;
    }
    return {
        found,
        firstSeen: (keys) => firstSeenOf(keys, firstSeenIn(found?.issue?.body ?? '', inputs.config), new Date(env.clock.now()).toISOString()),
    };
});
var planOf = (async function(inputs, env, topology, planned) {
    const basis = basisOf(inputs, env);
    if (basis.kind === 'offline') {
        const [{ offlinePlan }, { loadTopology }] = await Promise.all([
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 5646)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 9239)),
        ]);
        const base = await basis.base();
        let baseSynthesis;
        if (base.text !== undefined) {
            const loaded = loadTopology(base.text);
            if (loaded.ok)
                baseSynthesis = loaded.synthesis;
            else
                env.logger.warning('the base version of this config is not valid; every stack is shown as new');
        }
        if (topology.source.adopt || topology.destinations.some((d) => d.adopt))
            env.logger.warning('plan: an offline plan cannot read the buckets this config adopts; deploy reads them and refuses what would be lost');
        return offlinePlan({
            topology,
            synthesis: planned,
            base: baseSynthesis,
            configPath: inputs.config,
            allowDestructive: inputs.allowDestructive,
            reason: basis.reason,
            comparedWith: base.text === undefined ? `${base.label}, where this config does not exist` : base.label,
        });
    }
    const [{ planTopology }, { readDeployedStacks }, { withResolvedValues }, { CloudFormationClient }, { S3Client },] = await Promise.all([
        Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 5353)),
        Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 7704)),
        Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 3439)),
        Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
    ]);
    const credentials = await env.credentials(topology, 'plan');
    const adopted = await readAdoptions(env, topology, planned, credentials);
    const synthesis = adopted?.synthesis ?? planned;
    const clients = env.clients(credentials, { cfn: CloudFormationClient, s3: S3Client });
    const deps = { clients, logger: env.logger, clock: env.clock, runId: env.runId };
    const plan = await planTopology(topology, synthesis, inputs.config, {
        allowDestructive: inputs.allowDestructive,
        recreateFailedStacks: inputs.recreateFailedStacks,
        timeoutMs: inputs.timeoutMs,
    }, deps);
    // The values the report shows are resolved from what each stack has deployed: without them, only
    // new stacks can be (a failure here costs the report its detail, never the plan).
    const deployed = await readDeployedStacks(topology, synthesis, deps).catch((e) => {
        env.logger.warning(`plan: could not read the deployed stacks (${e.name}: ${e.message}); existing stacks show CloudFormation's own values`);
        return new Map();
    });
    const resolved = withResolvedValues(plan, { topology, synthesis, deployed, offline: false }, (e) => env.logger.warning(`plan: could not resolve the templates' values (${e.message}); showing CloudFormation's own`));
    if (!adopted)
        return resolved;
    const { withAdoptions } = await Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 4686));
    return withAdoptions(resolved, adopted.adoptions);
});
/**
 * Existing buckets the config adopts (issue 17): each read and compared with its template, and
 * the synthesis with what the config keeps carried into the templates. Undefined when none.
 */
var readAdoptions = (async function(env, topology, synthesis, credentials) {
    const { adoptionTargets } = await Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 2379));
    const targets = adoptionTargets(topology, synthesis);
    if (targets.length === 0)
        return undefined;
    const [{ readAdoptions }, { withKeptSettings }] = await Promise.all([
        Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 2720)),
        Promise.all(/* import() | adopt */[__webpack_require__.e(861), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 1215)),
    ]);
    const { adoptions, live } = await readAdoptions(targets, env.clients, credentials, env.clock.now());
    return { adoptions, synthesis: withKeptSettings(synthesis, targets, live) };
});
/** Live through the plan role when credentials can be had; otherwise against the base's config. */
var basisOf = (function(inputs, env) {
    if (inputs.baseConfig)
        return {
            kind: 'offline',
            reason: '--base-config given',
            base: async () => ({ label: inputs.baseConfig, text: await env.readFile(inputs.baseConfig) }),
        };
    const { context } = env.github;
    if (env.frontDoor === 'cli' || context.oidcAvailable)
        return { kind: 'live' };
    const pr = context.pullRequest;
    if (!pr)
        throw new errors.UserError('mode plan has no OIDC token to reach AWS, and this run is not for a pull request, so there is no base branch to compare with either.', 'Give the job "permissions: id-token: write".');
    return {
        kind: 'offline',
        reason: pr.fromFork
            ? 'a pull request from a fork gets no OIDC token'
            : 'no OIDC token: the job lacks "permissions: id-token: write"',
        base: () => env.github.baseConfig(inputs.config),
    };
});
/**
 * A short-lived subscription to the topology's alerts topic while the canaries run, when S3 sends
 * failure events there; otherwise a listener that says why there is nothing to hear.
 */
var listenForFailures = (async function(topology, sourceStack, c, env) {
    const [{ productEvents }, { ALERTS_OUTPUTS }, { verifyQueuePrefix }, { describeFailureReason }] = await Promise.all([
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 5735)),
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 2096)),
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 1837)),
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 8015)),
    ]);
    const silent = (note) => ({
        explain: () => Promise.resolve({ failureEventNote: note }),
        close: () => Promise.resolve(),
    });
    if (productEvents(topology).length === 0)
        return silent('failure events are off for this topology (monitoring.failureEvents, or metrics), so S3 said nothing.');
    const topicArn = sourceStack.Outputs?.find((o) => o.OutputKey === ALERTS_OUTPUTS.topicArn)?.OutputValue;
    if (!topicArn)
        return silent('the source stack has no alerts topic yet (deploy the current config), so S3 said nothing verify could hear.');
    const { listenForFailureEvents } = await Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 2682));
    let listener;
    try {
        listener = await listenForFailureEvents({
            sns: c.sns,
            sqs: c.sqs,
            topicArn,
            queuePrefix: verifyQueuePrefix(topology.stackPrefix, topology.name),
            partition: topology.partition,
            account: topology.source.account,
            region: topology.source.region,
            clock: env.clock,
            logger: env.logger,
        });
    }
    catch (e) {
        env.logger.warning(`verify: could not subscribe to ${topicArn}: ${e.name}: ${e.message}`);
        return silent(`verify could not subscribe to the alerts topic (${e.name}), so it cannot show S3's reason.`);
    }
    return {
        async explain(d) {
            const event = d.key
                ? await listener.reasonFor({ key: d.key, ...(d.versionId ? { versionId: d.versionId } : {}), bucket: d.bucket }, FAILURE_EVENT_WAIT_MS)
                : undefined;
            if (!event?.failureReason)
                return {
                    failureEventNote: `no failure event for the canary reached verify within ${FAILURE_EVENT_WAIT_MS / 1000} s; the topic's other subscribers get it when S3 sends it.`,
                };
            const description = describeFailureReason(event.failureReason);
            return {
                failureEvent: {
                    reason: event.failureReason,
                    ...(description ? { description } : {}),
                    ...(event.ruleId ? { ruleId: event.ruleId } : {}),
                    ...(event.eventTime ? { eventTime: event.eventTime } : {}),
                },
            };
        },
        close: () => listener.close(),
    };
});
/**
 * The source's monitoring, and each two-way destination's way back, watched in its own account and
 * region (its stack's alarms): one observation, the way back's rows named `<id> to source` as the
 * canary rows are.
 */
var observeBothWays = (async function(topology, clients, env) {
    const { wayBack } = await Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 4392));
    const parts = [
        await observe(topology, clients(topology.source.account, topology.source.region).cloudwatch, env),
    ];
    for (const d of topology.destinations.filter((x) => x.twoWay)) {
        const back = await observe(wayBack(topology, d), clients(d.account, d.region).cloudwatch, env);
        const label = `${d.id} to source`;
        parts.push(back && {
            ...back,
            alarms: back.alarms.map((a) => ({ ...a, destinationId: label })),
            recentFailures: back.recentFailures.map((f) => ({ ...f, destinationId: label })),
        });
    }
    const seen = parts.filter((p) => p !== undefined);
    if (seen.length === 0)
        return undefined;
    return {
        alarms: seen.flatMap((p) => p.alarms),
        recentFailures: seen.flatMap((p) => p.recentFailures),
        hours: seen[0].hours,
        notes: seen.flatMap((p) => p.notes),
    };
});
/** The alarms' states and the recent failures per rule; undefined when the topology has no metrics. */
var observe = (async function(topology, cloudwatch, env) {
    const [{ alarmsOf }, { observeMonitoring }] = await Promise.all([
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 5735)),
        Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 7295)),
    ]);
    if (!topology.destinations.some((d) => d.metrics))
        return undefined;
    const observed = await observeMonitoring({
        cloudwatch,
        topology,
        alarms: alarmsOf(topology),
        clock: env.clock,
        hours: RECENT_HOURS,
    });
    for (const a of observed.alarms.filter((x) => x.state === 'ALARM'))
        env.logger.warning(`verify: alarm ${a.name} is in ALARM: ${a.reason ?? ''}`);
    for (const a of observed.alarms.filter((x) => x.state === 'missing'))
        env.logger.warning(`verify: alarm ${a.name} does not exist: failures of rule ${a.s3RuleId} page nobody`);
    return observed;
});
var modesOf = (function(frontDoor) {
    return MODES.filter((m) => m.frontDoors.includes(frontDoor));
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ modesOf)
});

// UNUSED EXPORTS: MODES

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/model/backfill-from.ts
var backfill_from = __webpack_require__(8376);
;

// EXTERNAL MODULE: ./src/modes/inputs.ts
var modes_inputs = __webpack_require__(4863);
;// CONCATENATED MODULE: ./src/modes/backfill.ts




const STATUSES = {
    name: 'backfill-statuses',
    kind: 'string',
    default: 'NONE,FAILED',
    help: 'replication statuses of the versions to replicate: NONE, FAILED, COMPLETED, REPLICA',
    flag: 'statuses',
    placeholder: 'LIST',
};
const RULE = {
    name: 'backfill-rule',
    kind: 'string',
    default: '',
    help: "only what this config rule covers (its prefix; S3's generator cannot filter by tag)",
    flag: 'rule',
    placeholder: 'ID',
};
const PREFIX = {
    name: 'backfill-prefix',
    kind: 'string',
    default: '',
    help: 'only keys under this prefix',
    flag: 'prefix',
    placeholder: 'PREFIX',
};
const FROM = {
    name: 'backfill-from',
    kind: 'string',
    default: backfill_from/* FROM_SOURCE */.L,
    help: "whose existing objects: 'source', or a two-way destination's id (its way back to the source)",
    flag: 'from',
    placeholder: 'ID',
};
const WAIT = {
    name: 'wait',
    kind: 'boolean',
    default: 'false',
    help: 'follow the job until it ends (bounded by timeout-minutes), then report its result',
};
const AGAIN = {
    name: 'backfill-again',
    kind: 'boolean',
    default: 'false',
    help: 'start a new job even when the last one of this selection has finished',
    flag: 'again',
};
/**
 * `backfill`: S3 Batch Replication for a deployed topology (DESIGN.md §5), with the deploy role in
 * the source account: the versions live replication never copied (written before a rule, or FAILED)
 * are replicated by a Batch Operations job on AWS's own engine, as the source stack's batch role.
 * One job per topology and selection at a time: a running one is reported, not doubled, and a
 * finished one is reported until `backfill-again` asks for another. Exit 3 when tasks failed.
 * `backfill-from: <id>` does the same for a two-way destination's way back: its bucket's objects
 * replicated to the source, with the deploy role and the batch role of the destination's account.
 */
const backfill = {
    name: 'backfill',
    summary: 'replicate what existed before the rules, or failed, with S3 Batch Replication (exit 3 on failures)',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    comment: { section: 'backfill', failed: 'Backfill failed' },
    reads: [modes_inputs/* CONFIG */.PI, STATUSES, RULE, PREFIX, FROM, WAIT, AGAIN, modes_inputs/* TIMEOUT_MINUTES */.yl, modes_inputs/* ASSUME_ROLES */.nv],
    outputs: [{ name: 'job-id' }, { name: 'job-status' }, { name: 'backfill-json' }, { name: 'comment-url' }],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return {
            config: String(values.config),
            selection: {
                statuses: String(values['backfill-statuses']),
                rule: String(values['backfill-rule']).trim(),
                prefix: String(values['backfill-prefix']),
            },
            from: String(values['backfill-from']).trim() || backfill_from/* FROM_SOURCE */.L,
            wait: values.wait === true,
            again: values['backfill-again'] === true,
            timeoutMs: Number(values['timeout-minutes']) * 60_000,
            assumeRoles: values['assume-roles'] === true,
        };
    },
    async run(inputs, env) {
        const [{ readTopology }, { describeStack }, batch, { selectionOf }, { backfillJobRequest, jobDescription }, { isFinished, finishedClean, newest, progressOf }, { progressLine }, { backfillReport, backfillExitCode, backfillVerdict }, { renderBackfill }, { SOURCE_OUTPUTS }, { CloudFormationClient }, { S3Client }, { S3ControlClient }, { wayBack },] = await Promise.all([
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 5804)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 4787)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 1156)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 3861)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 4085)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 8711)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 5604)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 9663)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 4665)),
            Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
            Promise.all(/* import() | aws-s3-control */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(81)]).then(__webpack_require__.t.bind(__webpack_require__, 2619, 19)),
            Promise.all(/* import() | backfill */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(81), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(590), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 4392)),
        ]);
        const timer = phaseTimer(env.clock);
        const read = await readTopology(inputs.config, env);
        // The way back is a topology of its own (model/way-back.ts): the destination is its source.
        const topology = inputs.from === backfill_from/* FROM_SOURCE */.L ? read.topology : wayBackFrom(read.topology, inputs.from, wayBack);
        // Every problem with the selection is found before anything is created.
        const chosen = selectionOf(topology, inputs.selection);
        if (!chosen.ok)
            throw new errors.UserError(chosen.problems.join('\n'));
        const { selection } = chosen;
        const { account, region, bucket, stackName } = topology.source;
        const bucketArn = `arn:${topology.partition}:s3:::${bucket}`;
        // Batch Operations runs in the source account: no session is opened in any other.
        const sourceOnly = { ...topology, destinations: [] };
        delete sourceOnly.destinationStackSet;
        const credentials = await env.credentials(sourceOnly, 'deploy');
        const c = env.clients(credentials, {
            cfn: CloudFormationClient,
            s3: S3Client,
            s3control: S3ControlClient,
        })(account, region);
        const stack = await describeStack(c.cfn, stackName);
        if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
            throw new errors.UserError(`${stackName} (${account}, ${region}) is not deployed, so there is nothing to backfill.`, 'Run mode deploy first.');
        const batchRoleArn = stack.Outputs?.find((o) => o.OutputKey === SOURCE_OUTPUTS.batchRoleArn)?.OutputValue;
        if (!batchRoleArn)
            throw new errors.UserError(`${stackName} (${account}, ${region}) has no batch replication role: it was deployed by a version without backfill.`, `Run mode deploy with this version first: it adds the role (BatchRoleArn) to ${inputs.from === backfill_from/* FROM_SOURCE */.L ? 'the source stack' : 'the two-way destination stack'}.`);
        // One job per topology and selection: found by its description, confirmed by its role and bucket.
        const description = jobDescription(topology, selection);
        const ours = await timer.time('find jobs', async () => {
            const listed = (await batch.listJobsDescribed(c.s3control, account, description)).filter((j) => j.Description === description);
            const running = listed.filter((j) => !isFinished(j.Status ?? ''));
            const latest = newest(listed.filter((j) => isFinished(j.Status ?? '')).map(batch.jobOf));
            const candidates = [...running.map((j) => j.JobId), ...(latest ? [latest.id] : [])];
            const described = await Promise.all(candidates.map((id) => batch.describeJob(c.s3control, account, id)));
            return described.filter((j) => {
                const mine = j.roleArn === batchRoleArn && j.sourceBucketArn === bucketArn;
                if (!mine)
                    env.logger.warning(`backfill: job ${j.id} carries this selection's description but another role or bucket; it is not ours and is left alone.`);
                return mine;
            });
        });
        const running = newest(ours.filter((j) => !isFinished(j.status)));
        const latestFinished = newest(ours.filter((j) => isFinished(j.status)));
        let outcome;
        let job;
        if (running) {
            outcome = 'running';
            job = running;
            env.logger.info(`backfill: job ${job.id} of this selection is ${job.status}; not starting another.`);
        }
        else if (latestFinished && !inputs.again) {
            outcome = 'finished-before';
            job = latestFinished;
            env.logger.info(`backfill: job ${job.id} of this selection finished (${job.status}); backfill-again starts a new one.`);
        }
        else {
            outcome = 'started';
            const request = backfillJobRequest({
                topology,
                selection,
                batchRoleArn,
                latestFinishedJobId: latestFinished?.id,
            });
            job = await timer.time('create job', async () => {
                const id = await batch.createJob(c.s3control, request);
                return batch.describeJob(c.s3control, account, id);
            });
            env.logger.info(`backfill: started job ${job.id} (${job.status}) as ${batchRoleArn}.`);
        }
        let timedOut = false;
        if (inputs.wait && !isFinished(job.status)) {
            const started = env.clock.now();
            let lastLogged = { key: '', at: -Infinity };
            const followed = await timer.time('follow job', () => batch.followJob({
                s3control: c.s3control,
                account,
                jobId: job.id,
                clock: env.clock,
                timeoutMs: inputs.timeoutMs,
                onProgress: (j) => {
                    const line = progressLine(j, env.clock.now() - started);
                    if (env.logger.progress)
                        return env.logger.progress(line, progressOf(j));
                    // A line on each change, and one a minute while nothing changes: the log stays readable.
                    const key = `${j.status} ${j.tasks?.succeeded ?? ''} ${j.tasks?.failed ?? ''}`;
                    if (key !== lastLogged.key || env.clock.now() - lastLogged.at >= 60_000) {
                        env.logger.info(line);
                        lastLogged = { key, at: env.clock.now() };
                    }
                },
            }));
            job = followed.job;
            timedOut = followed.timedOut;
            // The bar's last state stays on a line of its own (the log had its line already).
            if (env.logger.progress)
                env.logger.info(progressLine(job, env.clock.now() - started));
            if (timedOut)
                env.logger.warning(`backfill: job ${job.id} is still ${job.status} after ${Math.round(inputs.timeoutMs / 60_000)} min; it goes on without this run. Run backfill again to see it.`);
        }
        let failures;
        if (isFinished(job.status) && !finishedClean(job) && job.report)
            failures = await timer.time('read report', () => batch
                .readFailures({ s3: c.s3, job, expectedOwner: account })
                .catch((e) => ({ error: e.message })));
        const followCommand = [
            's3-xrepl backfill',
            `--config ${inputs.config}`,
            `--statuses ${selection.statuses.join(',')}`,
            ...(selection.ruleId !== undefined ? [`--rule ${selection.ruleId}`] : []),
            ...(inputs.selection.prefix !== '' ? [`--prefix ${JSON.stringify(inputs.selection.prefix)}`] : []),
            ...(inputs.from !== backfill_from/* FROM_SOURCE */.L ? [`--from ${inputs.from}`] : []),
            '--wait',
            ...(env.frontDoor === 'action' || inputs.assumeRoles ? ['--assume-roles'] : []),
        ].join(' ');
        const report = backfillReport({
            topology: topology.name,
            configPath: inputs.config,
            source: { account, region, bucket },
            selection,
            outcome,
            job,
            followed: inputs.wait,
            timedOut,
            ...(failures ? { failures } : {}),
            followCommand,
        });
        const exitCode = backfillExitCode(report);
        if (exitCode !== 0)
            env.logger.error(`backfill: job ${job.id} ${job.status === 'Complete' ? `finished with ${job.tasks?.failed ?? 0} failed tasks` : job.status.toLowerCase()}; see the report for why.`);
        const { context } = env.github;
        return {
            exitCode,
            outputs: {
                'job-id': job.id,
                'job-status': job.status,
                'backfill-json': JSON.stringify(report),
            },
            verdict: backfillVerdict(report),
            report: renderBackfill(report, {
                ...(context.commit ? { commit: context.commit } : {}),
                ...(context.runUrl ? { runUrl: context.runUrl } : {}),
                now: env.clock.now(),
            }),
            json: report,
            phases: timer.phases,
        };
    },
};

// EXTERNAL MODULE: ./src/core/bootstrap/bootstrap-settings.ts
var bootstrap_settings = __webpack_require__(9580);
// EXTERNAL MODULE: ./src/core/config/regions.ts
var regions = __webpack_require__(9907);
// EXTERNAL MODULE: ./src/core/model/accounts.ts
var accounts = __webpack_require__(5665);
;// CONCATENATED MODULE: ./src/modes/bootstrap.ts





const bootstrap_text = ((name, def, help, placeholder = 'VALUE') => ({
    name,
    kind: 'string',
    default: def,
    help,
    placeholder,
}));
/** The bootstrap's own inputs, parsed together by readBootstrapInputs (they depend on each other). */
const BOOTSTRAP_INPUTS = [
    bootstrap_text('stack-set-role', '', 'role in the StackSet administrator account, assumed to manage the StackSet', 'ARN'),
    bootstrap_text('stack-set-name', 's3-xrepl-bootstrap', 'name of the StackSet', 'NAME'),
    bootstrap_text('stack-set-region', 'us-east-1', 'region of the StackSet and of its one instance per account', 'REGION'),
    bootstrap_text('permission-model', 'self-managed', 'self-managed or service-managed'),
    bootstrap_text('administration-role-arn', '', 'self-managed: the StackSet administration role', 'ARN'),
    bootstrap_text('execution-role-name', '', "self-managed: each account's StackSet execution role", 'NAME'),
    bootstrap_text('organizational-units', '', 'service-managed: ou-... or r-... ids, comma separated', 'IDS'),
    bootstrap_text('call-as', 'self', 'service-managed: self or delegated-admin'),
    bootstrap_text('auto-deployment', 'true', 'service-managed: accounts joining the OUs get an instance'),
    bootstrap_text('max-concurrent', '25%', 'accounts at once: a number or a percentage'),
    bootstrap_text('failure-tolerance', '10%', 'failed accounts before an operation stops'),
    bootstrap_text('concurrency-mode', 'strict', 'strict or soft'),
    bootstrap_text('region-concurrency', 'sequential', 'sequential or parallel'),
    bootstrap_text('repository', '', 'OWNER/REPO the plan and deploy roles trust (default: this one)', 'OWNER/REPO'),
    bootstrap_text('immutable-subject', 'false', 'trust the repo:OWNER@ID/REPO@ID subject form'),
    bootstrap_text('deploy-branch', '', 'the branch whose workflows may deploy (default: the default branch)', 'BRANCH'),
    bootstrap_text('deploy-environment', '', 'a GitHub environment whose jobs may deploy, instead of the branch', 'NAME'),
    bootstrap_text('reuse-oidc-provider', 'none', "accounts that already have GitHub's OIDC provider: all, none or ids"),
];
/**
 * `bootstrap`: one StackSet of the bootstrap template for every config the `config` input matches,
 * an instance in each account they name. Exit 1 when an account did not end up with a current
 * instance: the report says why.
 */
const bootstrap = {
    name: 'bootstrap',
    summary: 'one bootstrap StackSet with an instance in every account the configs name',
    frontDoors: ['action', 'cli'],
    configs: 'all',
    reads: [modes_inputs/* CONFIG */.PI, modes_inputs/* TIMEOUT_MINUTES */.yl, ...BOOTSTRAP_INPUTS],
    outputs: [{ name: 'bootstrap-json' }, { name: 'failed-accounts' }],
    parse(get, facts) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)([modes_inputs/* CONFIG */.PI, modes_inputs/* TIMEOUT_MINUTES */.yl], get);
        let inputs;
        try {
            // A terminal may use its own credentials in the administrator account; the runner has only OIDC.
            inputs = readBootstrapInputs(get, facts, { requireRole: facts.frontDoor === 'action' });
        }
        catch (e) {
            problems.push(e.message);
        }
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return { ...inputs, timeoutMs: Number(values['timeout-minutes']) * 60_000 };
    },
    async run(inputs, env) {
        const [{ runBootstrap }, { bootstrapVerdict }, { renderBootstrap }, { renderAll }, { inline }] = await Promise.all([
            Promise.all(/* import() | bootstrap */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 4338)),
            Promise.all(/* import() | bootstrap */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 3416)),
            Promise.all(/* import() | bootstrap */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 4091)),
            Promise.all(/* import() | bootstrap */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 6133)),
            Promise.all(/* import() | bootstrap */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 8116)),
        ]);
        const result = await runBootstrap({ configPaths: env.configPaths, settings: inputs.settings, timeoutMs: inputs.timeoutMs }, { ...env, stackSetClient: (region) => env.stackSetClient(inputs.stackSetRole, region) });
        const verdict = bootstrapVerdict(result);
        const json = {
            stackSet: result.stackSetName,
            region: result.region,
            ok: verdict.ok,
            accounts: verdict.lines,
            operations: result.operations.map((o) => ({
                operationId: o.operationId,
                status: o.status,
                results: o.results,
            })),
        };
        const parts = renderBootstrap(result);
        return {
            exitCode: verdict.ok ? errors.EXIT.ok : errors.EXIT.internal,
            outputs: {
                'bootstrap-json': JSON.stringify(json),
                'failed-accounts': JSON.stringify(verdict.lines.filter((l) => l.state !== 'ok').map((l) => l.account)),
            },
            verdict: inline(renderAll(parts).split('\n')[2] ?? ''),
            report: parts,
            json,
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/deploy.ts


/**
 * A deploy that failed after it had changed a stack: exit 1, never 2, and its report says what was
 * deployed, what failed and what was never begun.
 */
class PartialDeployError extends errors.PartialFailure {
    report;
    name = 'PartialDeployError';
    constructor(report, cause, summary) {
        super(cause, `The deploy stopped part-way: ${doneText(report)}. The job summary lists every stack.`, summary);
        this.report = report;
    }
}
/**
 * `deploy`: every stack through change sets with each account's deploy role, destinations first.
 * The config is validated completely before any AWS call. A failure that changed nothing is thrown
 * as it is; one after a stack changed, as a PartialDeployError with the report.
 */
const deploy = {
    name: 'deploy',
    summary: 'deploy the stacks (destinations, then the source) through change sets',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    // On the push that merged a pull request, its comment gets what the deploy did, beside the plan.
    comment: { section: 'deploy', failed: 'Not deployed' },
    reads: [modes_inputs/* CONFIG */.PI, modes_inputs/* ALLOW_DESTRUCTIVE */.tu, modes_inputs/* RECREATE_FAILED_STACKS */.wD, modes_inputs/* TIMEOUT_MINUTES */.yl, modes_inputs/* ASSUME_ROLES */.nv],
    outputs: [
        { name: 'changed' },
        { name: 'stack-ids' },
        { name: 'source-bucket-arn' },
        { name: 'source-key-arn' },
        { name: 'replication-role-arn' },
        { name: 'destination-bucket-arns' },
        { name: 'destination-key-arns' },
        { name: 'comment-url' },
    ],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return {
            config: String(values.config),
            allowDestructive: values['allow-destructive'] === true,
            recreateFailedStacks: values['recreate-failed-stacks'] === true,
            timeoutMs: Number(values['timeout-minutes']) * 60_000,
        };
    },
    async run(inputs, env) {
        const [{ readTopology }, { deployTopology, deploymentError }, { CloudFormationClient }, { S3Client }, { wroteAnything, deployOutputs, anythingChanged }, { renderDeploy, renderDeploySummary },] = await Promise.all([
            Promise.all(/* import() | deploy */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | deploy */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 5715)),
            Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
            Promise.all(/* import() | deploy */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 4858)),
            Promise.all(/* import() | deploy */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 4915)),
        ]);
        const { topology, synthesis: synthesized } = await readTopology(inputs.config, env);
        const credentials = await env.credentials(topology, 'deploy');
        const adopted = await adoptionsToDeploy(env, topology, synthesized, credentials);
        const synthesis = adopted?.synthesis ?? synthesized;
        const deployment = await deployTopology(topology, synthesis, {
            allowDestructive: inputs.allowDestructive,
            recreateFailedStacks: inputs.recreateFailedStacks,
            timeoutMs: inputs.timeoutMs,
        }, {
            clients: env.clients(credentials, { cfn: CloudFormationClient, s3: S3Client }),
            logger: env.logger,
            clock: env.clock,
            runId: env.runId,
        }, adopted?.imports);
        const report = deployReport(topology, inputs.config, synthesis.manifest.stacks, deployment);
        const error = deploymentError(deployment);
        if (error !== undefined)
            throw wroteAnything(report)
                ? new PartialDeployError(report, error, renderDeploySummary(report))
                : error;
        const changed = report.stacks.filter((s) => s.result !== 'unchanged').length;
        return {
            exitCode: 0,
            outputs: deployOutputs(report),
            verdict: anythingChanged(report)
                ? `deployed ${topology.name}: ${changed} of ${report.stacks.length} stacks changed`
                : `deployed ${topology.name}: no changes in ${report.stacks.length} stacks`,
            report: renderDeploy(report, {
                ...(env.github.context.commit ? { commit: env.github.context.commit } : {}),
                ...(env.github.context.runUrl ? { runUrl: env.github.context.runUrl } : {}),
            }),
            json: report,
            phases: report.stacks.map((s) => ({ name: s.name, ms: s.seconds * 1000 })),
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/drift.ts


const FAIL_ON_DRIFT = {
    name: 'fail-on-drift',
    kind: 'boolean',
    default: 'false',
    help: 'exit 3 when anything drifted (an unknown result only warns)',
};
/**
 * `drift`: CloudFormation drift detection plus a direct comparison of the live buckets, keys and
 * role with the template each stack was deployed with (its own template and parameters, so a config
 * change not yet deployed is not mistaken for drift). Read-only: the plan role suffices. On a
 * schedule or manual run, one tracking issue follows it. With fail-on-drift, drift exits 3; an
 * unknown result only warns (it proves nothing either way).
 */
const drift = {
    name: 'drift',
    summary: 'compare the live resources with what the stacks deployed',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    reads: [modes_inputs/* CONFIG */.PI, modes_inputs/* TIMEOUT_MINUTES */.yl, FAIL_ON_DRIFT, modes_inputs/* ASSUME_ROLES */.nv],
    outputs: [{ name: 'drift' }, { name: 'drift-json' }, { name: 'issue-url' }],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return {
            config: String(values.config),
            timeoutMs: Number(values['timeout-minutes']) * 60_000,
            failOnDrift: values['fail-on-drift'] === true,
        };
    },
    async run(inputs, env) {
        const [{ readTopology }, { locateStacks }, { stackServiceError }, { driftVerdict }, { renderDrift }, sdk,] = await Promise.all([
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 7780)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4296)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 6283)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4021)),
            allClients(),
        ]);
        const read = await readTopology(inputs.config, env);
        const credentials = await env.credentials(read.topology, 'plan');
        const clients = env.clients(credentials, sdk);
        // Destinations deployed as a StackSet live in its instances' stacks.
        const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...env, clients });
        const stacks = await Promise.all(synthesis.manifest.stacks.map((s) => stackDrift(s, clients(s.account, s.region), topology.partition, inputs.timeoutMs, env).catch((e) => {
            throw stackServiceError(e, s, 'while checking drift', 'Nothing was changed. Run the drift check again once the service is reachable.');
        })));
        const report = { topology: topology.name, configPath: inputs.config, stacks };
        const verdict = driftVerdict(report);
        const { context } = env.github;
        const [{ labelsOf }, { driftItems }] = await Promise.all([
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 3439)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4397)),
        ]);
        const labels = labelsOf(topology);
        const tracked = await trackedIssue(env, inputs);
        const firstSeen = tracked?.firstSeen(driftItems(report, labels).map((i) => i.key));
        const parts = renderDrift(report, {
            ...(context.commit ? { commit: context.commit } : {}),
            ...(context.runUrl ? { runUrl: context.runUrl } : {}),
            labels,
            ...(firstSeen ? { firstSeen } : {}),
        });
        const [{ trackScheduledCheck }, { driftOutcome }] = await Promise.all([
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 6301)),
            Promise.all(/* import() | drift */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 8343)),
        ]);
        const issueUrl = await trackScheduledCheck(env, {
            check: 'drift',
            outcome: driftOutcome(verdict),
            configPath: inputs.config,
            topology: report.topology,
            parts,
            ...(firstSeen ? { firstSeen } : {}),
            ...(tracked?.found ? { found: tracked.found } : {}),
        });
        if (verdict === 'unknown')
            env.logger.warning('drift: some things could not be checked; see the report.');
        if (verdict === 'drifted')
            (inputs.failOnDrift ? env.logger.error : env.logger.warning)(`drift: the live resources of ${report.topology} differ from what the stacks deployed; see the report.`);
        return {
            exitCode: verdict === 'drifted' && inputs.failOnDrift ? errors.EXIT.found : errors.EXIT.ok,
            outputs: { drift: verdict, 'drift-json': JSON.stringify(report), 'issue-url': issueUrl },
            verdict: `drift of ${report.topology}: ${verdict}`,
            report: parts,
            json: report,
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/plan.ts


const BASE_CONFIG = {
    name: 'base-config',
    kind: 'string',
    default: '',
    help: 'plan offline: compare the templates with this config instead of the live stacks',
    placeholder: 'FILE',
    cliOnly: true,
};
/**
 * `plan`: what merging would change, stack by stack, through change sets that are never executed,
 * with the plan role. Without credentials to be had (a pull request from a fork), an offline plan
 * against the base branch's config. Never fails for what it found: destructive changes are
 * reported and flagged in the outputs, for the workflow to act on.
 */
const plan = {
    name: 'plan',
    summary: 'preview every stack through change sets (nothing is executed) and report it',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    comment: { section: 'plan', failed: 'No plan' },
    reads: [
        modes_inputs/* CONFIG */.PI,
        modes_inputs/* OUT_DIR */.RN,
        modes_inputs/* ALLOW_DESTRUCTIVE */.tu,
        modes_inputs/* RECREATE_FAILED_STACKS */.wD,
        modes_inputs/* TIMEOUT_MINUTES */.yl,
        BASE_CONFIG,
        modes_inputs/* ASSUME_ROLES */.nv,
    ],
    outputs: [{ name: 'has-changes' }, { name: 'destructive' }, { name: 'plan-json' }, { name: 'comment-url' }],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return {
            config: String(values.config),
            outDir: String(values['out-dir']),
            allowDestructive: values['allow-destructive'] === true,
            recreateFailedStacks: values['recreate-failed-stacks'] === true,
            timeoutMs: Number(values['timeout-minutes']) * 60_000,
            baseConfig: String(values['base-config']),
        };
    },
    async run(inputs, env) {
        const [{ readTopology }, { planJson, summarizePlan }, { renderAll }, { renderPlan }, { inline }, { estimateMonthlyCost },] = await Promise.all([
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 6940)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 6133)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 2552)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 8116)),
            Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 1125)),
        ]);
        const { topology, synthesis } = await readTopology(inputs.config, env);
        const plan = {
            ...(await planOf(inputs, env, topology, synthesis)),
            monthlyCost: estimateMonthlyCost(topology),
        };
        const { context } = env.github;
        const parts = renderPlan(plan, {
            ...(context.commit ? { commit: context.commit } : {}),
            ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        });
        const json = planJson(plan);
        await env.writeOutputDir(inputs.outDir, new Map([
            ['plan.json', `${JSON.stringify(json, null, 2)}\n`],
            ['plan.md', renderAll(parts)],
        ]));
        const summary = summarizePlan(plan);
        const { refusedAdoptions } = await Promise.all(/* import() | plan */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 1745));
        return {
            // Adopting a bucket that would lose what it has is refused here, before anything is deployed.
            exitCode: refusedAdoptions(plan.adoptions).length > 0 ? 1 : 0,
            outputs: {
                'has-changes': String(summary.hasChanges),
                destructive: String(summary.destructive.length > 0),
                'plan-json': JSON.stringify(json),
            },
            verdict: inline(renderAll(parts).split('\n')[2] ?? ''),
            report: parts,
            json,
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/schema.ts

const OUT = {
    name: 'out',
    kind: 'string',
    default: '',
    help: 'the directory to write the JSON Schema and its Markdown reference into (default: print the schema)',
    placeholder: 'DIR',
    cliOnly: true,
};
/** `s3-xrepl schema`: the config's JSON Schema (and its Markdown reference). */
const schema = {
    name: 'schema',
    summary: "write (or print) the config's JSON Schema and its Markdown reference",
    frontDoors: ['cli'],
    configs: 'none',
    reads: [OUT],
    outputs: [],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)(problems);
        return { out: String(values.out) };
    },
    async run(inputs, env) {
        const { CONFIG_REFERENCE_FILE, SCHEMA_FILE, configReferenceText, configSchemaText } = await Promise.all(/* import() | schema */[__webpack_require__.e(695), __webpack_require__.e(637), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 4711));
        if (inputs.out === '')
            // The schema itself is the result: printed as it is, in every format.
            return {
                exitCode: 0,
                outputs: {},
                verdict: '',
                json: JSON.parse(configSchemaText()),
                raw: configSchemaText(),
            };
        const written = await env.writeOutputDir(inputs.out, new Map([
            [SCHEMA_FILE, configSchemaText()],
            [CONFIG_REFERENCE_FILE, configReferenceText()],
        ]));
        return { exitCode: 0, outputs: {}, verdict: `wrote ${written.join(', ')}` };
    },
};

;// CONCATENATED MODULE: ./src/modes/synth.ts

/** `synth`: config → templates, parameters and manifest.json in out-dir. No AWS. */
const synth = {
    name: 'synth',
    summary: 'validate a config and write its templates, parameters and manifest.json (no AWS access)',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    reads: [modes_inputs/* CONFIG */.PI, modes_inputs/* OUT_DIR */.RN],
    outputs: [{ name: 'manifest' }, { name: 'stacks' }],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return { config: String(values.config), outDir: String(values['out-dir']) };
    },
    async run(inputs, env) {
        const [{ readTopology }, { renderSynthesisFiles }, { renderSynthSummary }] = await Promise.all([
            Promise.all(/* import() | synth */[__webpack_require__.e(624), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | synth */[__webpack_require__.e(624), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 3726)),
            Promise.all(/* import() | synth */[__webpack_require__.e(624), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 8754)),
        ]);
        const { topology, synthesis } = await readTopology(inputs.config, env);
        await env.writeOutputDir(inputs.outDir, renderSynthesisFiles(synthesis));
        const { manifest } = synthesis;
        return {
            exitCode: 0,
            outputs: {
                manifest: `${inputs.outDir}/manifest.json`,
                stacks: JSON.stringify(manifest.stacks.map((s) => s.name)),
            },
            verdict: `synthesized ${manifest.stacks.length} stacks for ${JSON.stringify(topology.name)} into ${inputs.outDir}: ${[...manifest.stacks.map((s) => s.name), ...(manifest.wayBack ?? []).map((s) => `${s.name} again (way back)`)].join(' → ')}`,
            report: { head: [renderSynthSummary(manifest, inputs.outDir).trimEnd()], details: [], tail: [] },
            json: manifest,
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/templates.ts

const templates_OUT = {
    name: 'out',
    kind: 'string',
    default: '',
    help: 'the directory to write them into (the repository keeps them in templates/)',
    placeholder: 'DIR',
    cliOnly: true,
};
/** `s3-xrepl templates`: the generic destination and bootstrap templates. */
const templates = {
    name: 'templates',
    summary: 'write the generic destination and bootstrap templates',
    frontDoors: ['cli'],
    configs: 'none',
    reads: [templates_OUT],
    outputs: [],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([
            ...(values.out === '' ? ['input "out" is required: the directory to write into.'] : []),
            ...problems,
        ]);
        return { out: String(values.out) };
    },
    async run(inputs, env) {
        const { genericTemplateFiles } = await Promise.all(/* import() | templates */[__webpack_require__.e(695), __webpack_require__.e(637), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 4711));
        const written = await env.writeOutputDir(inputs.out, genericTemplateFiles());
        return { exitCode: 0, outputs: {}, verdict: `wrote ${written.join(', ')}` };
    },
};

;// CONCATENATED MODULE: ./src/modes/validate.ts

/** `s3-xrepl validate`: only the config's checks, nothing written. */
const validate = {
    name: 'validate',
    summary: 'only validate a config (every problem, with its line)',
    frontDoors: ['cli'],
    configs: 'each',
    reads: [modes_inputs/* CONFIG */.PI],
    outputs: [],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return { config: String(values.config) };
    },
    async run(inputs, env) {
        const { readTopology } = await Promise.all(/* import() | validate */[__webpack_require__.e(624), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(673)]).then(__webpack_require__.bind(__webpack_require__, 2078));
        const { topology, synthesis } = await readTopology(inputs.config, env);
        return {
            exitCode: 0,
            outputs: {},
            verdict: `${inputs.config}: valid (topology ${JSON.stringify(topology.name)}, ${synthesis.manifest.stacks.length} stacks)`,
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/verify.ts


const VERIFY_TIMEOUT_MINUTES = {
    name: 'verify-timeout-minutes',
    kind: 'integer',
    default: '15',
    min: 1,
    max: 120,
    help: 'how long to wait for each canary to replicate',
    flag: 'timeout-minutes',
    placeholder: 'N',
};
/**
 * `verify`: a canary per destination, all at once, with the deploy role (verify runs right after a
 * deploy, and that role may write canaries under the reserved segment only). Exit 3 when any
 * destination did not pass; the report names the broken link when the live state shows it.
 */
const verify = {
    name: 'verify',
    summary: 'put a canary per destination and check its replica (exit 3 on failure)',
    frontDoors: ['action', 'cli'],
    configs: 'each',
    comment: { section: 'verify', failed: 'Not verified' },
    reads: [modes_inputs/* CONFIG */.PI, VERIFY_TIMEOUT_MINUTES, modes_inputs/* ASSUME_ROLES */.nv],
    outputs: [{ name: 'verified' }, { name: 'verify-json' }, { name: 'comment-url' }, { name: 'issue-url' }],
    parse(get) {
        const { values, problems } = (0,modes_inputs/* readSpecs */.F5)(this.reads, get);
        (0,modes_inputs/* refuse */.TR)([...(0,modes_inputs/* configProblem */.er)(values.config), ...problems]);
        return { config: String(values.config), timeoutMs: Number(values['verify-timeout-minutes']) * 60_000 };
    },
    async run(inputs, env) {
        const [{ readTopology }, { locateStacks }, { runCanary }, { describeStack }, { directFindings }, { canaryObjects }, { verified }, { renderVerify }, { DESTINATION_OUTPUTS }, { SOURCE_OUTPUTS }, { CloudFormationClient }, { S3Client }, { KMSClient }, { IAMClient }, { CloudWatchClient }, { SNSClient }, { SQSClient },] = await Promise.all([
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 2078)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 7780)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 3966)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 5804)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 4672)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 1332)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 9154)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 8918)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 8318)),
            Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 4665)),
            Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(28), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
            Promise.all(/* import() | aws-kms */[__webpack_require__.e(861), __webpack_require__.e(642)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19)),
            Promise.all(/* import() | aws-iam */[__webpack_require__.e(861), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19)),
            Promise.all(/* import() | aws-cloudwatch */[__webpack_require__.e(861), __webpack_require__.e(763)]).then(__webpack_require__.t.bind(__webpack_require__, 6466, 19)),
            Promise.all(/* import() | aws-sns */[__webpack_require__.e(861), __webpack_require__.e(171)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
            Promise.all(/* import() | aws-sqs */[__webpack_require__.e(861), __webpack_require__.e(382)]).then(__webpack_require__.t.bind(__webpack_require__, 8868, 19)),
        ]);
        const read = await readTopology(inputs.config, env);
        const credentials = await env.credentials(read.topology, 'deploy');
        const clients = env.clients(credentials, {
            cfn: CloudFormationClient,
            s3: S3Client,
            kms: KMSClient,
            iam: IAMClient,
            cloudwatch: CloudWatchClient,
            sns: SNSClient,
            sqs: SQSClient,
        });
        // Destinations deployed as a StackSet live in its instances' stacks.
        const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...env, clients });
        const described = new Map();
        const placeOf = async (p, keyOutput) => {
            const c = clients(p.account, p.region);
            const stack = await describeStack(c.cfn, p.stackName);
            const keyArn = stack?.Outputs?.find((o) => o.OutputKey === keyOutput)?.OutputValue;
            if (!stack || !keyArn)
                throw new errors.UserError(`${p.stackName} (${p.account}, ${p.region}) is not deployed, so there is nothing to verify.`, 'Run mode deploy first.');
            described.set(p.stackName, stack);
            return { account: p.account, region: p.region, bucket: p.bucket, keyArn, s3: c.s3 };
        };
        const source = await placeOf(topology.source, SOURCE_OUTPUTS.kmsKeyArn);
        const destinations = new Map();
        for (const d of topology.destinations)
            destinations.set(d.id, await placeOf(d, DESTINATION_OUTPUTS.kmsKeyArn));
        /**
         * S3 never says why a version FAILED; the live state can. The destination's and the source's
         * stacks compared with what they deployed: what drifted is the likely broken link. Each stack is
         * compared once, however many failed canaries ask (the source's, by every one).
         */
        const driftedOf = new Map();
        const drifted = (s) => {
            const hit = driftedOf.get(s.name);
            if (hit)
                return hit;
            const found = directFindings(s, clients(s.account, s.region), topology.partition, described.get(s.name))
                .then((findings) => {
                const bad = findings.filter((f) => f.status === 'drifted');
                return bad.length > 0
                    ? {
                        name: s.name,
                        kind: s.kind,
                        account: s.account,
                        region: s.region,
                        deployed: true,
                        findings: bad,
                    }
                    : undefined;
            })
                .catch((e) => {
                env.logger.warning(`verify: could not compare ${s.name} with its template: ${e.message}`);
                return undefined;
            });
            driftedOf.set(s.name, found);
            return found;
        };
        const brokenLinks = async (destinationId) => {
            const d = topology.destinations.find((x) => x.id === destinationId);
            const stacks = synthesis.manifest.stacks.filter((s) => s.name === d.stackName || s.kind === 'source');
            return (await Promise.all(stacks.map(drifted))).filter((x) => x !== undefined);
        };
        // S3 says why a version FAILED only in an event, to whoever listens when it happens.
        const sourceClients = clients(topology.source.account, topology.source.region);
        const listening = await listenForFailures(topology, described.get(topology.source.stackName), sourceClients, env);
        const results = await Promise.all(canaryObjects(topology, env.runId).map(async (choice) => {
            if (choice.kind === 'unverifiable') {
                const d = destinations.get(choice.destinationId);
                return {
                    destinationId: choice.destinationId,
                    account: d.account,
                    region: d.region,
                    bucket: d.bucket,
                    status: 'unverifiable',
                    checks: [],
                    hints: [choice.reason],
                    leftBehind: [],
                };
            }
            const ran = await runCanary({
                canary: choice.object,
                runId: env.runId,
                source,
                destinations,
                clock: env.clock,
                timeoutMs: inputs.timeoutMs,
            });
            const links = ran.status === 'pass' ? [] : await brokenLinks(ran.destinationId);
            const result = ran.status === 'pass'
                ? ran
                : {
                    ...ran,
                    // Once the live state names the broken link, the usual suspects are no help.
                    ...(links.length > 0 ? { hints: [], brokenLinks: links } : {}),
                    ...(ran.replicationStatus === 'FAILED' ? await listening.explain(ran) : {}),
                };
            env.logger.info(`verify ${choice.object.destinationId}: ${result.status}${result.replicationStatus ? ` (${result.replicationStatus})` : ''}${result.latencyMs !== undefined ? ` in ${result.latencyMs} ms` : ''}`);
            return result;
        })).finally(() => listening.close());
        // A two-way pair is verified the other way too (replica modification sync included).
        const { verifyWayBack } = await Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 7195));
        results.push(...(await verifyWayBack({
            topology,
            runId: env.runId,
            source,
            destinations,
            clock: env.clock,
            timeoutMs: inputs.timeoutMs,
        })));
        const monitoring = await observeBothWays(topology, clients, env);
        const report = {
            topology: topology.name,
            configPath: inputs.config,
            destinations: results,
            ...(monitoring ? { monitoring } : {}),
        };
        const ok = verified(report);
        for (const d of report.destinations.filter((x) => x.status === 'unverifiable'))
            env.logger.warning(`verify ${d.destinationId}: not verifiable: ${d.hints[0] ?? ''}`);
        if (!ok)
            for (const d of report.destinations.filter((x) => x.status !== 'pass' && x.status !== 'unverifiable'))
                env.logger.error(`verify ${d.destinationId} (${d.account}, ${d.region}): ${d.status}${d.replicationStatus ? ` (${d.replicationStatus})` : ''}${d.failureEvent ? `; S3's reason: ${d.failureEvent.reason}` : ''}. ${d.brokenLinks?.length ? `Drifted: ${d.brokenLinks.flatMap((s) => s.findings.map((f) => `${f.what}${f.subject ? ` (${f.subject})` : ''} of ${f.resource} in ${s.name}`)).join('; ')}` : `Look at: ${d.hints[0] ?? 'the report'}`}`);
        const { context } = env.github;
        const passed = report.destinations.filter((d) => d.status === 'pass').length;
        const parts = renderVerify(report, {
            ...(context.commit ? { commit: context.commit } : {}),
            ...(context.runUrl ? { runUrl: context.runUrl } : {}),
            labels: new Map([
                [topology.source.stackName, 'source'],
                ...topology.destinations.map((d) => [d.stackName, d.id]),
            ]),
        });
        // The scheduled canary keeps the same issue as drift: opened by a failure, closed when both pass.
        const { trackScheduledCheck } = await Promise.all(/* import() | verify */[__webpack_require__.e(861), __webpack_require__.e(624), __webpack_require__.e(91), __webpack_require__.e(28), __webpack_require__.e(711), __webpack_require__.e(763), __webpack_require__.e(358), __webpack_require__.e(642), __webpack_require__.e(171), __webpack_require__.e(382), __webpack_require__.e(695), __webpack_require__.e(239), __webpack_require__.e(637), __webpack_require__.e(590), __webpack_require__.e(619), __webpack_require__.e(302), __webpack_require__.e(113), __webpack_require__.e(130), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 6301));
        const issueUrl = await trackScheduledCheck(env, {
            check: 'canary',
            outcome: ok ? 'passing' : 'failing',
            configPath: inputs.config,
            topology: report.topology,
            parts,
        });
        return {
            exitCode: ok ? errors.EXIT.ok : errors.EXIT.found,
            outputs: { verified: String(ok), 'verify-json': JSON.stringify(report), 'issue-url': issueUrl },
            verdict: ok
                ? `replication verified to ${passed} of ${report.destinations.length} destinations`
                : `replication NOT verified: ${report.destinations
                    .filter((d) => d.status !== 'pass')
                    .map((d) => `${d.destinationId} ${d.status}${d.failureEvent ? ` (S3: ${d.failureEvent.reason})` : ''}`)
                    .join(', ')}`,
            report: parts,
            json: report,
            phases: results
                .filter((r) => r.latencyMs !== undefined)
                .map((r) => ({ name: `replication to ${r.destinationId}`, ms: r.latencyMs })),
        };
    },
};
/** How long verify waits for S3's failure event of a canary it saw FAILED (S3 sends it within seconds). */
const FAILURE_EVENT_WAIT_MS = 60_000;
/** How far back verify counts failed operations per rule: a day covers the time between nightly runs. */
const RECENT_HOURS = 24;

;// CONCATENATED MODULE: ./src/modes/registry.ts










/**
 * Every mode, in the order help lists them. Both front doors run these and nothing else: adding a
 * mode is one file and one line here. (Each file's static imports are light: what a mode runs is
 * loaded when it runs.)
 */
const MODES = [
    synth,
    plan,
    deploy,
    verify,
    backfill,
    drift,
    bootstrap,
    validate,
    templates,
    schema,
];


/***/ }),

/***/ 360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var endpointAsGiven = (function(params) {
    if (!params.Endpoint)
        throw new Error('S3 Control: an endpoint was configured but the SDK passed none');
    return {
        url: new URL(params.Endpoint),
        properties: {
            authSchemes: [
                { name: 'sigv4', signingName: 's3', signingRegion: params.Region, disableDoubleEncoding: true },
            ],
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ clientsFactory)
/* harmony export */ });
/* unused harmony export endpointAsGiven */
/** SDK retries (exponential backoff with jitter) absorb throttling on every call. */
const MAX_ATTEMPTS = 8;
/**
 * An emulator on loopback has no virtual-hosted bucket names; the standard AWS_ENDPOINT_URL
 * settings that point the SDK at one also switch S3 to path-style addressing.
 */
const pathStyle = (() => Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3));
/**
 * S3 Control puts the account id in front of the host (111111111111.s3-control.<region>...), an
 * endpoint given by AWS_ENDPOINT_URL too, and an emulator on loopback has no such names
 * (111111111111.127.0.0.1 is not even a URL). Like path-style S3, the endpoint given is then used as
 * it is: the account still travels in x-amz-account-id, and requests are signed for s3 as usual.
 */
const controlEndpointGiven = (() => Boolean(process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3_CONTROL));
/**
 * One client per service, account and region, made when first used and reused for the whole run.
 * Each is given its account's credential provider, so it renews its credentials as they near expiry.
 */
const clientsFactory = ((credentials, makers) => {
    const cache = new Map();
    return (account, region) => {
        const made = {};
        for (const kind of Object.keys(makers)) {
            Object.defineProperty(made, kind, {
                enumerable: true,
                get: () => {
                    const key = `${String(kind)}/${account}/${region}`;
                    if (!cache.has(key)) {
                        const creds = credentials?.get(account)?.credentials;
                        const Make = makers[kind];
                        const config = {
                            region,
                            maxAttempts: MAX_ATTEMPTS,
                            ...(creds ? { credentials: creds } : {}),
                            ...(kind === 's3' ? { forcePathStyle: pathStyle() } : {}),
                        };
                        cache.set(key, new Make(kind === 's3control' && controlEndpointGiven()
                            ? Object.assign({ endpointProvider: endpointAsGiven }, config)
                            : config));
                    }
                    return cache.get(key);
                },
            });
        }
        return made;
    };
});


/***/ }),

/***/ 3063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Polls `probe` until it returns a value, backing off from 1 s to 10 s so long waits stay polite
 * to CloudFormation's API limits; gives up after `timeoutMs` with an error naming what it waited for.
 */
var pollUntil = (async function(probe, opts) {
    const deadline = opts.clock.now() + opts.timeoutMs;
    let delay = opts.firstDelayMs ?? 1_000;
    for (;;) {
        const value = await probe();
        if (value !== undefined)
            return value;
        if (opts.clock.now() + delay > deadline) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.UserError(`gave up waiting for ${opts.what} after ${Math.round(opts.timeoutMs / 1000)} s.`, 'Raise timeout-minutes, or look at the stack in the CloudFormation console: the operation may still finish.');
        }
        await opts.clock.sleep(delay);
        delay = Math.min(opts.maxDelayMs ?? 10_000, Math.round(delay * 1.5));
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** What went wrong with a path, in words: never ENOENT or EISDIR alone. */
var fileProblem = (function(e) {
    switch (e.code) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EISDIR':
            return 'it is a directory, not a file';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a directory';
        case 'EEXIST':
            return 'a file of that name is in the way (a directory is needed)';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOSPC':
            return 'the disk is full';
        case 'EROFS':
            return 'the file system is read-only';
        default:
            return e.message ?? String(e);
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fileProblem)
/* harmony export */ });


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {




/**
 * Writes every file into `dir`, all or nothing: the files are written into a temporary directory
 * first, which then becomes `dir` by one rename (a new `dir`), or whose files are renamed into it
 * (an existing `dir`, whose other files stay). A failure before that leaves nothing behind, not
 * even a directory made for the output; so a UserError (exit 2) really means nothing was written.
 * Called only after all of the output was computed.
 *
 * Synchronous inside: a handful of small files, where each asynchronous call would be a trip
 * through the thread pool, and loading `node:fs/promises` alone costs a CLI's synth a few
 * milliseconds of its start-up.
 */
var writeOutputDir = (async function(dir, files) {
    const targets = [...files.keys()].map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
    const renamed = [];
    let made;
    let staging;
    try {
        // A symbolic link to a directory is that directory: it is written into, never replaced.
        const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
        if (found && !found.isDirectory())
            throw Object.assign(new Error(`${dir} exists and is not a directory`), { code: 'EEXIST' });
        const existing = found !== undefined;
        if (!existing)
            made = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), { recursive: true });
        staging = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(existing ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.s3-xrepl-staging-') : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir)}-`));
        for (const [name, text] of files)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, name), text, 'utf8');
        if (!existing) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staging, dir);
            return targets;
        }
        // A directory where a file must go would stop the renames part-way: refuse before the first.
        for (const target of targets)
            if (isDirectory(target))
                throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
        for (const [i, name] of [...files.keys()].entries()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, name), targets[i]);
            renamed.push(targets[i]);
        }
        return targets;
    }
    catch (e) {
        if (staging)
            removeQuietly(staging);
        if (made)
            removeEmptyDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), made);
        const code = e.code;
        const error = code
            ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`cannot write to ${dir}: ${(0,_file_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .fileProblem */ .W)(e)}.`, 'Choose an output directory you can write to.')
            : e;
        if (renamed.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.PartialFailure(error, `These files were written before the failure: ${renamed.join(', ')}.`);
        throw error;
    }
    finally {
        if (staging)
            removeQuietly(staging);
    }
});
/**
 * The directories made for the output, from `from` up to `made`, each only while it is empty:
 * parallel topologies of a config glob write into subdirectories of one out-dir.
 */
var removeEmptyDirectories = (function(from, made) {
    for (let d = from;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(d);
        }
        catch {
            return;
        }
        if (d === made || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            return;
    }
});
var removeQuietly = (function(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true });
    }
    catch {
        // Left behind only if it cannot be removed; the error that matters is the one being thrown.
    }
});
var isDirectory = (function(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
});
/** A config file; synchronous for the same reason as the writes. */
var readTextFile = (async function(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readTextFile),
/* harmony export */   m: () => (/* binding */ writeOutputDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _file_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6114);


/***/ })

};
