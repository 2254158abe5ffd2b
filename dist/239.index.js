export const id = 239;
export const ids = [239];
export const modules = {

/***/ 290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {




/**
 * Collects diagnostics and gives each the line and column of its path. The location index is a
 * second walk over the YAML, so it is built only when the first diagnostic needs it (a valid config
 * never builds it unless a check needs what the text said: see `checkShape`).
 */
var createReporter = (function(locations) {
    const diagnostics = [];
    const push = (severity, path, message, atKey = false) => {
        const index = locations();
        const key = (0,_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .pathKey */ .Pn)(path);
        const info = (atKey ? index.get(key + '#key') : undefined) ?? index.get(key) ?? nearest(index, path);
        diagnostics.push({
            severity,
            path: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path),
            message: info?.via ? `${message} ${viaText(info.via)}` : message,
            ...(info ? { location: info.location } : {}),
        });
    };
    // A missing property has no position of its own: point at the object that lacks it.
    const nearest = (index, path) => {
        for (let n = path.length - 1; n >= 0; n--) {
            const hit = index.get((0,_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .pathKey */ .Pn)(path.slice(0, n)));
            if (hit)
                return hit;
        }
        return undefined;
    };
    return {
        diagnostics,
        error: (path, message, opts) => push('error', path, message, opts?.atKey ?? false),
        warning: (path, message) => push('warning', path, message),
    };
});
/** A value shared through an alias or a merge key is written once: say how it reached this path. */
var viaText = (function(via) {
    return via.kind === 'merge'
        ? `(merged in by the "<<" at line ${via.location.line})`
        : `(through the alias at line ${via.location.line})`;
});
/**
 * Walks `value` against `shape`, reporting every mismatch, and returns the value with accounts
 * normalised to strings (or undefined where the value is unusable). It never throws on user input.
 */
var checkShape = (function(value, shape, path, ctx) {
    const { report } = ctx;
    switch (shape.type) {
        case 'account': {
            if (typeof value === 'number') {
                // YAML turned an unquoted id into a number. Twelve digits with no leading zero survive any
                // YAML reader; a leading zero is already lost here and in every other tool that reads the file.
                const raw = ctx.locations().get((0,_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .pathKey */ .Pn)(path))?.raw ?? String(value);
                if (/^[1-9][0-9]{11}$/.test(raw))
                    return raw;
                report.error(path, /^0/.test(raw)
                    ? `account id ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${value} and drops the leading zero.`
                    : `account id ${raw} must be 12 digits, written in quotes ("${raw}").`);
                return undefined;
            }
            if (typeof value !== 'string' || !/^[0-9]{12}$/.test(value)) {
                report.error(path, `must be a 12-digit AWS account id in quotes, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        }
        case 'string': {
            if (typeof value !== 'string') {
                report.error(path, `must be a string, got ${typeName(value)}.`);
                return undefined;
            }
            if (LONE_SURROGATE.test(value)) {
                report.error(path, `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)} is not valid Unicode (a lone UTF-16 surrogate): AWS refuses it.`);
                return undefined;
            }
            if (shape.enum && !shape.enum.includes(value)) {
                report.error(path, `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)} is not one of ${shape.enum.join(', ')}.${(0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .suggestion */ .h)(value, shape.enum)}`);
                return undefined;
            }
            const problem = shape.minLength !== undefined && value.length < shape.minLength
                ? shape.minLength === 1
                    ? 'must not be empty.'
                    : `must be at least ${shape.minLength} characters long.`
                : shape.maxLength !== undefined && value.length > shape.maxLength
                    ? `must be at most ${shape.maxLength} characters long (it has ${value.length}).`
                    : shape.pattern && !new RegExp(shape.pattern, 'u').test(value)
                        ? `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)} is not valid: ${shape.patternHint ?? `must match ${shape.pattern}`}.`
                        : undefined;
            if (problem !== undefined) {
                report.error(path, shape.explain?.(value) ?? problem);
                return undefined;
            }
            return value;
        }
        case 'integer': {
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                report.error(path, `must be a whole number, got ${typeName(value)}.`);
                return undefined;
            }
            if ((shape.minimum !== undefined && value < shape.minimum) ||
                (shape.maximum !== undefined && value > shape.maximum)) {
                report.error(path, `must be between ${shape.minimum ?? '-∞'} and ${shape.maximum ?? '∞'}, got ${value}.`);
                return undefined;
            }
            return value;
        }
        case 'boolean':
            if (typeof value !== 'boolean') {
                report.error(path, `must be true or false, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        case 'array': {
            if (!Array.isArray(value)) {
                report.error(path, `must be a list, got ${typeName(value)}.`);
                return undefined;
            }
            if (shape.minItems !== undefined && value.length < shape.minItems) {
                report.error(path, `must have at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}.`);
            }
            if (shape.maxItems !== undefined && value.length > shape.maxItems) {
                report.error(path, `must have at most ${shape.maxItems} items (it has ${value.length}).`);
            }
            // Aliases let a short text repeat a long list many times over: past the limit, stop looking.
            const items = shape.maxItems !== undefined ? value.slice(0, shape.maxItems) : value;
            return items.map((item, i) => checkShape(item, shape.items, [...path, i], ctx));
        }
        case 'map': {
            if (!isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const entries = Object.entries(value);
            if (shape.maxEntries !== undefined && entries.length > shape.maxEntries) {
                report.error(path, `must have at most ${shape.maxEntries} entries (it has ${entries.length}).`);
            }
            const out = {};
            for (const [k, v] of shape.maxEntries !== undefined ? entries.slice(0, shape.maxEntries) : entries) {
                if (!usableKey(k, path, report))
                    continue;
                const keyTooLong = shape.keyMaxLength !== undefined && k.length > shape.keyMaxLength;
                if (keyTooLong || (shape.keyPattern && !new RegExp(shape.keyPattern, 'u').test(k))) {
                    const raw = keyTooLong ? undefined : (0,_yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .rawKeyOf */ .T1)(ctx.locations(), path, k);
                    if (raw !== undefined) {
                        report.error([...path, raw], `key ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${k}.`, {
                            atKey: true,
                        });
                        continue;
                    }
                    report.error([...path, k], shape.explainKey?.(k) ??
                        `key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(k)} is not valid: ${shape.keyHint ?? `must match ${shape.keyPattern}`}.`, { atKey: true });
                    continue;
                }
                const checked = checkShape(v, shape.values, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            return out;
        }
        case 'object': {
            if (!isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const known = Object.keys(shape.properties);
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                if (!usableKey(k, path, report))
                    continue;
                if (shape.extensionPrefix !== undefined && k.startsWith(shape.extensionPrefix))
                    continue;
                const child = Object.hasOwn(shape.properties, k) ? shape.properties[k] : undefined;
                if (!child) {
                    const extensions = shape.extensionPrefix === undefined
                        ? ''
                        : ` Keys starting with "${shape.extensionPrefix}" are ignored (a place for YAML anchors).`;
                    report.error([...path, k], `unknown key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(k)}.${(0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .suggestion */ .h)(k, known) || ` Allowed: ${known.join(', ')}.`}${extensions}`, { atKey: true });
                    continue;
                }
                const checked = checkShape(v, child, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            for (const req of shape.required ?? []) {
                if (!(req in value))
                    report.error([...path, req], `required key "${req}" is missing: ${shape.properties[req]?.description ?? ''}`.trim());
            }
            return out;
        }
    }
});
var isPlainObject = (function(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
});
/**
 * Keys a JavaScript object cannot hold as data (`__proto__` would set the prototype and vanish) or
 * that are not valid Unicode are refused by name, never dropped in silence.
 */
var usableKey = (function(key, path, report) {
    if (key === '__proto__') {
        report.error([...path, key], 'the key "__proto__" cannot be used: rename it.', { atKey: true });
        return false;
    }
    if (LONE_SURROGATE.test(key)) {
        report.error([...path, key], `the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(key)} is not valid Unicode (a lone UTF-16 surrogate).`, {
            atKey: true,
        });
        return false;
    }
    return true;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ createReporter),
/* harmony export */   eA: () => (/* binding */ checkShape)
/* harmony export */ });
/* unused harmony export isPlainObject */
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3195);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(523);
/* harmony import */ var _yaml_locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9162);
const typeName = ((v) => v === null
    ? 'null'
    : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
            ? 'a mapping'
            : `the ${typeof v} ${typeof v === 'string' ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v) : JSON.stringify(v)}`);
/** A UTF-16 surrogate without its pair: no valid Unicode text contains one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;


/***/ }),

/***/ 6766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/config/bucket-name.ts
/**
 * S3 general purpose bucket naming rules, as documented by AWS. Returns every broken rule, so the
 * user fixes a name once. Dots are legal but break virtual-hosted TLS, hence a separate warning.
 */
var bucketNameProblems = (function(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push(`must be 3-63 characters long (it has ${name.length})`);
    if (!/^[a-z0-9.-]*$/.test(name))
        problems.push('may contain only lowercase letters, digits, "." and "-"');
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        problems.push('must begin and end with a letter or digit');
    if (name.includes('..'))
        problems.push('must not contain two adjacent periods');
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        problems.push('must not be formatted as an IP address');
    for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
        if (name.startsWith(prefix))
            problems.push(`must not start with "${prefix}"`);
    }
    for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
        if (name.endsWith(suffix))
            problems.push(`must not end with "${suffix}"`);
    }
    return problems;
});
/**
 * Replica encryption must name a key by its full key ARN: S3 does not validate the key when the
 * configuration is written, so an alias or the AWS managed aws/s3 key only shows up later as
 * FAILED objects (AWS managed keys cannot be used across accounts at all).
 */
var checkKeyArn = (function(value) {
    if (value === 'aws/s3' || value === 'alias/aws/s3' || /:alias\/aws\/s3$/.test(value)) {
        return {
            ok: false,
            reason: 'the AWS managed key aws/s3 cannot be used: its policy cannot grant another account',
        };
    }
    if (value.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(value)) {
        return {
            ok: false,
            reason: 'an alias is not accepted: give the key ARN (arn:…:kms:REGION:ACCOUNT:key/ID)',
        };
    }
    const m = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/.exec(value);
    if (!m) {
        return {
            ok: false,
            reason: 'must be "create" or a KMS key ARN of the form arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID',
        };
    }
    const [, partition, region, account, keyId] = m;
    if (!KEY_ID.test(keyId))
        return { ok: false, reason: `${(0,quote/* quote */.h)(keyId)} is not a KMS key id (a UUID or mrk-…)` };
    return { ok: true, arn: { partition, region, account, keyId } };
});
/**
 * The monitoring block's rules beyond its shape: where the topic may be, what a subscription must
 * look like, and that the bucket's one notification configuration can hold every entry at once
 * (S3 refuses two entries for one event type whose key filters overlap).
 */
var checkMonitoring = (function(config, report) {
    const m = config.monitoring;
    const source = config.source;
    const sourcePartition = source?.region ? (0,regions/* partitionOf */.iQ)(source.region) : undefined;
    const metricsByDefault = m?.metrics ?? true;
    (config.destinations ?? []).forEach((d, i) => {
        if (d?.replicationTime !== undefined && d.metrics === false)
            report.error(['destinations', i, 'metrics'], 'must not be false with replicationTime: S3 Replication Time Control requires replication metrics.');
    });
    if (!m)
        return;
    const anyMetrics = (config.destinations ?? []).some((d) => d?.replicationTime !== undefined || (d?.metrics ?? metricsByDefault));
    // Asking for events, alarms or subscribers while every rule's metrics are off asks for nothing.
    const asked = m.failureEvents === true || m.alarms !== undefined || (m.subscriptions ?? []).length > 0;
    if (!anyMetrics && asked)
        report.warning(['monitoring', 'metrics'], 'metrics are off on every destination: S3 sends no failure events for rules without metrics, and no alarm is created.');
    const minutes = m.alarms?.backlog?.minutes;
    if (minutes !== undefined && minutes % 5 !== 0)
        report.error(['monitoring', 'alarms', 'backlog', 'minutes'], `must be a multiple of 5 (the alarm counts five-minute periods), got ${minutes}.`);
    if (m.topic !== undefined && m.topic !== 'create') {
        const arn = SNS_ARN.exec(m.topic);
        if (!arn)
            report.error(['monitoring', 'topic'], `${(0,quote/* quote */.h)(m.topic)} must be "create" or an SNS topic ARN (arn:PARTITION:sns:REGION:ACCOUNT:TOPIC).`);
        else {
            if (source?.region !== undefined && arn[2] !== source.region)
                report.error(['monitoring', 'topic'], `the topic is in ${arn[2]} but the source bucket in ${source.region}: S3 sends event notifications only to a topic in the bucket's region.`);
            else if (sourcePartition && arn[1] !== sourcePartition)
                report.error(['monitoring', 'topic'], `the topic ARN is in partition ${arn[1]} but the source is in ${sourcePartition}.`);
            if (m.subscriptions !== undefined && m.subscriptions.length > 0)
                report.error(['monitoring', 'subscriptions'], 'subscriptions are only for the topic the product creates (topic: create): subscribe to your own topic where you manage it.');
        }
    }
    const seen = new Map();
    (m.subscriptions ?? []).forEach((s, i) => {
        if (!s?.endpoint || !s.protocol)
            return;
        const path = ['monitoring', 'subscriptions', i, 'endpoint'];
        const problem = s.protocol === 'email' ? emailProblem(s.endpoint) : httpsProblem(s.endpoint);
        if (problem)
            report.error(path, problem);
        const key = `${s.protocol} ${s.endpoint.toLowerCase()}`;
        const first = seen.get(key);
        if (first !== undefined)
            report.error(path, `the same ${s.protocol} endpoint is monitoring.subscriptions[${first}] already.`);
        else
            seen.set(key, i);
    });
    checkBucketNotifications(config, report, anyMetrics);
});
var emailProblem = (function(endpoint) {
    return EMAIL.test(endpoint) ? undefined : `${(0,quote/* quote */.h)(endpoint)} is not an email address (name@example.com).`;
});
var httpsProblem = (function(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        return `${(0,quote/* quote */.h)(endpoint)} is not a URL: give an https:// address.`;
    }
    if (url.protocol !== 'https:')
        return `${(0,quote/* quote */.h)(endpoint)} is not https: SNS would send the events, with bucket and object names, in clear text.`;
    if (url.username !== '' || url.password !== '')
        return 'the URL carries a user name or password: the config is committed to the repository, so put no secret in it (use a webhook URL whose token you can rotate, or a secret-free endpoint).';
    return undefined;
});
/** `s3:ObjectCreated:*` covers `s3:ObjectCreated:Put`; two entries share a type if either covers the other. */
var sharesType = (function(a, b) {
    const covers = (w, x) => w === x || (w.endsWith(':*') && x.startsWith(w.slice(0, -1)));
    return covers(a, b) || covers(b, a);
});
/** S3: configurations for a shared event type conflict unless their prefixes or suffixes cannot both match. */
var overlap = (function(a, b) {
    const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
    const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
    return prefixes && suffixes;
});
var checkBucketNotifications = (function(config, report, anyMetrics) {
    const m = config.monitoring;
    const region = config.source?.region;
    const entries = [];
    // The product's own entries: no filter, so any entry for one of their types overlaps them.
    if ((m.failureEvents ?? true) && anyMetrics) {
        const rtc = (config.destinations ?? []).some((d) => d?.replicationTime !== undefined);
        entries.push({
            path: ['monitoring', 'failureEvents'],
            events: [monitoring_shape/* FAILURE_EVENT */.Gd, ...(rtc ? monitoring_shape/* RTC_EVENTS */.EH : [])],
            prefix: '',
            suffix: '',
        });
    }
    const n = m.bucketNotifications;
    for (const kind of ['topics', 'queues', 'functions']) {
        (n?.[kind] ?? []).forEach((t, i) => {
            if (!t)
                return;
            const path = ['monitoring', 'bucketNotifications', kind, i];
            if (t.arn !== undefined) {
                const arn = TARGET_ARN[kind].re.exec(t.arn);
                if (!arn)
                    report.error([...path, 'arn'], `${(0,quote/* quote */.h)(t.arn)} is not of the form ${TARGET_ARN[kind].form}.`);
                else if (region !== undefined && arn[2] !== region)
                    report.error([...path, 'arn'], `it is in ${arn[2]} but the source bucket in ${region}: S3 notifies only destinations in the bucket's region.`);
            }
            (t.events ?? []).forEach((e, j) => {
                if (e !== undefined && !monitoring_shape/* S3_NOTIFICATION_EVENTS */.TJ.includes(e))
                    report.error([...path, 'events', j], `${(0,quote/* quote */.h)(e)} is not an S3 event type.${(0,did_you_mean/* suggestion */.h)(e, monitoring_shape/* S3_NOTIFICATION_EVENTS */.TJ)}`);
            });
            entries.push({
                path,
                events: (t.events ?? []).filter((e) => e !== undefined),
                prefix: t.prefix ?? '',
                suffix: t.suffix ?? '',
            });
        });
    }
    entries.forEach((a, i) => {
        for (const b of entries.slice(0, i)) {
            const shared = a.events.find((x) => b.events.some((y) => sharesType(x, y)));
            if (shared === undefined || !overlap(a, b))
                continue;
            const ours = b.path[1] === 'failureEvents';
            report.error([...a.path, 'events'], ours
                ? `${(0,quote/* quote */.h)(shared)} is already sent to the failure-event topic (S3 refuses two entries for one event type with overlapping filters): subscribe to that topic instead.`
                : `${(0,quote/* quote */.h)(shared)} is also in ${formatEntry(b.path)} with an overlapping prefix and suffix: S3 refuses both (one entry per event type, unless the key filters cannot both match).`);
            break;
        }
    });
});
var formatEntry = (function(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
});// CONCATENATED MODULE: ./src/core/config/check-two-way.ts





/**
 * S3 does not replicate an object that is itself a replica to further destinations (Amazon S3 User
 * Guide, "Replicating metadata changes with replica modification sync" and "What does Amazon S3
 * replicate?"), so a two-way pair keeps two buckets in sync and nothing more: a write on the
 * destination reaches the source and stops there.
 */
var checkTwoWay = (function(config, report) {
    const destinations = config.destinations ?? [];
    const twoWay = destinations.flatMap((d, i) => (d?.twoWay === true ? [{ d, i }] : []));
    if (twoWay.length === 0)
        return;
    const first = twoWay[0];
    for (const { d, i } of twoWay.slice(1)) {
        report.error(['destinations', i, 'twoWay'], `only one destination per topology can be two-way (already destinations[${first.i}]): S3 does not replicate ` +
            `a replica further, so a write on ${(0,quote/* quote */.h)(d.bucket ?? d.id ?? '')} would reach the source but never ` +
            `${(0,quote/* quote */.h)(first.d.bucket ?? first.d.id ?? '')}. Keep one two-way pair per topology.`);
    }
    if (config.destinationStackSet !== undefined) {
        report.error(['destinations', first.i, 'twoWay'], 'a two-way destination holds its own replication role and rules, which the destinations StackSet ' +
            '(one template for every instance) does not deploy: remove destinationStackSet or twoWay.');
    }
    const oneWay = destinations.flatMap((d) => (d && d.twoWay !== true && d.id !== undefined ? [d.id] : []));
    if (oneWay.length > 0 && twoWay.length === 1) {
        report.warning(['destinations', first.i, 'twoWay'], `writes made on ${(0,quote/* quote */.h)(first.d.bucket ?? '')} reach the source but not ${oneWay.map((id) => (0,quote/* quote */.h)(id)).join(', ')}: ` +
            'S3 does not replicate a replica further.');
    }
    const twoWayIds = new Set(twoWay.flatMap(({ d }) => (d.id !== undefined ? [d.id] : [])));
    for (const { d, i } of twoWay) {
        if (d.id !== undefined && !(config.rules ?? []).some((r) => r?.destinations?.includes(d.id)))
            report.error(['destinations', i, 'twoWay'], `no rule replicates to ${(0,quote/* quote */.h)(d.id)}, so there is no rule to mirror for its way back (S3 wants at least one): ` +
                'name it in a rule, or drop twoWay.');
    }
    for (const { d, i } of twoWay) {
        if (d.id !== backfill_from/* FROM_SOURCE */.L)
            continue;
        report.error(['destinations', i, 'id'], `a two-way destination cannot be called ${(0,quote/* quote */.h)(backfill_from/* FROM_SOURCE */.L)}: backfill-from (--from) ${(0,quote/* quote */.h)(backfill_from/* FROM_SOURCE */.L)} ` +
            "means the source bucket's objects, so this destination's way back could not be backfilled. Choose another id.");
    }
    checkWayBackRuleIds(config, twoWayIds, report);
    (config.rules ?? []).forEach((r, i) => {
        if (!r || r.replicaModificationSync !== false)
            return;
        const named = (r.destinations ?? []).find((id) => twoWayIds.has(id));
        if (named !== undefined) {
            report.error(['rules', i, 'replicaModificationSync'], `must be true (or omitted) for a rule that replicates to the two-way destination ${(0,quote/* quote */.h)(named)}: ` +
                'without it, metadata changed on a replica (tags, ACLs, lock settings) never flows back to the source.');
        }
    });
    if (config.name !== undefined) {
        const base = config.source?.replicationRoleName ?? (0,names.defaultReplicationRoleName)(config.name);
        for (const { d, i } of twoWay) {
            if (d.id === undefined)
                continue;
            const name = (0,names.returnRoleNameOf)(base, d.id);
            if (name.length > names.ROLE_NAME_LIMIT) {
                report.error(['destinations', i, 'id'], `the role this destination replicates back with would be named ${(0,quote/* quote */.h)(name)}, ${name.length} characters; ` +
                    `IAM allows ${names.ROLE_NAME_LIMIT}. Shorten the id, the topology name or source.replicationRoleName.`);
            }
            else if ((0,names.batchRoleNameOf)(name).length > names.ROLE_NAME_LIMIT) {
                report.error(['destinations', i, 'id'], `the role that backfills this destination's way back would be named ${(0,quote/* quote */.h)((0,names.batchRoleNameOf)(name))}, ` +
                    `${(0,names.batchRoleNameOf)(name).length} characters; IAM allows ${names.ROLE_NAME_LIMIT}. Shorten the id by ` +
                    `${(0,names.batchRoleNameOf)(name).length - names.ROLE_NAME_LIMIT}, or the topology name or source.replicationRoleName.`);
            }
        }
    }
});
/**
 * The way back mirrors each rule to the two-way destination as the S3 rule "<rule id>-to-source"
 * (way-back.ts), and names its alarms after it. A one-way rule can spell the same id ("logs" to a
 * destination "to-source", or "logs-to" to "source"): then two rules share an alarm name, which
 * CloudFormation refuses where the pair shares an account and region, and every report shows two rows
 * under one name.
 */
var checkWayBackRuleIds = (function(config, twoWayIds, report) {
    const forward = new Map();
    for (const r of config.rules ?? [])
        for (const id of r?.destinations ?? [])
            if (r?.id !== undefined && id !== undefined)
                forward.set((0,monitoring.s3RuleIdOf)({ id: r.id }, { id }), { rule: r.id, destination: id });
    (config.rules ?? []).forEach((r, i) => {
        if (r?.id === undefined || !(r.destinations ?? []).some((id) => twoWayIds.has(id)))
            return;
        const back = (0,monitoring.s3RuleIdOf)({ id: r.id }, { id: way_back.WAY_BACK.id });
        const clash = forward.get(back);
        if (clash)
            report.error(['rules', i, 'id'], `this rule's way back would be the S3 rule ${(0,quote/* quote */.h)(back)}, the same id as rule ${(0,quote/* quote */.h)(clash.rule)}'s copy to ` +
                `${(0,quote/* quote */.h)(clash.destination)} (rule id + "-" + destination id): their alarms and report rows would share a name. ` +
                'Rename one of the rules, or that destination.');
    });
});
/**
 * `adopt:` on the source and each destination. The names themselves can only be checked against
 * the live bucket (mode plan does); here: nothing both kept and dropped, nothing named twice, no
 * kept name the template already uses, and nothing named that the template never touches.
 */
var checkAdopt = (function(config, report) {
    const generatedRuleIds = new Set();
    for (const r of config.rules ?? [])
        for (const d of r?.destinations ?? [])
            if (r?.id !== undefined)
                generatedRuleIds.add(`${r.id}-${d}`);
    const check = (adopt, path, end) => {
        if (!adopt)
            return;
        for (const kind of adoption/* ADOPTED_KINDS */.Y) {
            const kept = new Set();
            (adopt.keep?.[kind] ?? []).forEach((name, i) => {
                const at = [...path, 'keep', kind, i];
                if (kept.has(name))
                    report.error(at, `${(0,quote/* quote */.h)(name)} is listed twice.`);
                kept.add(name);
                if (kind === 'replicationRules' && generatedRuleIds.has(name))
                    report.error(at, `${(0,quote/* quote */.h)(name)} is also a rule id the config generates: S3 needs unique rule ids.`);
                if (kind === 'lifecycleRules' && PRODUCT_LIFECYCLE_IDS.has(name))
                    report.error(at, `${(0,quote/* quote */.h)(name)} is a lifecycle rule the product writes itself: do not keep it.`);
            });
            const dropped = new Set();
            (adopt.drop?.[kind] ?? []).forEach((name, i) => {
                const at = [...path, 'drop', kind, i];
                if (dropped.has(name))
                    report.error(at, `${(0,quote/* quote */.h)(name)} is listed twice.`);
                dropped.add(name);
                if (kept.has(name))
                    report.error(at, `${(0,quote/* quote */.h)(name)} is both kept and dropped: choose one.`);
            });
            // The destination template writes no replication or notification configuration: CloudFormation
            // leaves those as they are, so naming them would promise something nobody does.
            if (end === 'destination' && (kind === 'replicationRules' || kind === 'notifications'))
                for (const side of ['keep', 'drop'])
                    if ((adopt[side]?.[kind] ?? []).length > 0)
                        report.error([...path, side, kind], `a destination stack does not write ${kind === 'replicationRules' ? 'replication rules' : 'event notifications'}: the bucket keeps its own, so there is nothing to ${side}.`);
        }
        if (end === 'source' && (adopt.keep?.replicationRules ?? []).length > 0)
            report.warning([...path, 'keep', 'replicationRules'], 'kept rules will run as the replication role of this topology (S3 takes one role per configuration), which ' +
                "reaches only this topology's destinations: a kept rule to another bucket fails for every object. Plan names each.");
    };
    check(config.source?.adopt, ['source', 'adopt'], 'source');
    // A StackSet deploys one template to every instance, and StackSets import only through their
    // own operation, which deploy does not run.
    if (config.destinationStackSet)
        (config.destinations ?? []).forEach((d, i) => {
            if (d?.adopt)
                report.error(['destinations', i, 'adopt'], 'destinations deployed as a StackSet (destinationStackSet) cannot adopt an existing bucket: deploy this destination as its own stack, or let the StackSet create a new bucket.');
        });
    (config.destinations ?? []).forEach((d, i) => {
        // A two-way destination's stack writes the bucket's replication configuration too (its way back),
        // which the destination review does not compare: refused rather than replace live rules unseen.
        if (d?.adopt && d.twoWay === true)
            report.error(['destinations', i, 'adopt'], 'a two-way destination (twoWay: true) cannot adopt an existing bucket yet: its stack writes the ' +
                "bucket's replication rules (the way back), which would replace the bucket's own. Adopt it one-way " +
                'first, then turn twoWay on.');
        check(d?.adopt, ['destinations', i, 'adopt'], 'destination');
    });
});
/**
 * Rules that need more than one field, or knowledge of AWS, to decide. Runs on a config whose
 * shape may have failed in places: every field is treated as possibly absent.
 */
var checkSemantics = (function(config, report) {
    const source = config.source;
    const destinations = config.destinations ?? [];
    const sourcePartition = source?.region ? (0,regions/* partitionOf */.iQ)(source.region) : undefined;
    const checkPlace = (path, place) => {
        if (place.region !== undefined) {
            const partition = (0,regions/* partitionOf */.iQ)(place.region);
            if (!partition) {
                report.error([...path, 'region'], `${(0,quote/* quote */.h)(place.region)} is not a known AWS region.${(0,did_you_mean/* suggestion */.h)(place.region, regions/* KNOWN_REGIONS */.Qu)}`);
            }
            else if (sourcePartition && partition !== sourcePartition) {
                report.error([...path, 'region'], `${place.region} is in partition ${partition} but the source is in ${sourcePartition}: replication cannot cross partitions.`);
            }
        }
        if (place.bucket !== undefined) {
            const problems = bucketNameProblems(place.bucket);
            if (problems.length > 0)
                report.error([...path, 'bucket'], `${(0,quote/* quote */.h)(place.bucket)} is not a valid S3 bucket name: it ${problems.join('; it ')}.`);
            else if (place.bucket.includes('.')) {
                report.warning([...path, 'bucket'], `${(0,quote/* quote */.h)(place.bucket)} contains "." which breaks virtual-hosted-style HTTPS; prefer "-".`);
            }
        }
        if (place.kmsKey !== undefined && place.kmsKey !== 'create') {
            const key = checkKeyArn(place.kmsKey);
            if (!key.ok)
                report.error([...path, 'kmsKey'], key.reason + '.');
            else {
                if (place.region !== undefined && key.arn.region !== place.region) {
                    report.error([...path, 'kmsKey'], `the key is in ${key.arn.region} but the bucket is in ${place.region}: S3 needs a key in the bucket's region.`);
                }
                if (place.account !== undefined && key.arn.account !== place.account) {
                    report.error([...path, 'kmsKey'], `the key belongs to account ${key.arn.account} but the bucket to ${place.account}: use a key of the bucket's account.`);
                }
                const partition = place.region ? (0,regions/* partitionOf */.iQ)(place.region) : undefined;
                if (partition && key.arn.partition !== partition) {
                    report.error([...path, 'kmsKey'], `the key ARN is in partition ${key.arn.partition} but ${place.region} is in ${partition}.`);
                }
            }
        }
    };
    if (source)
        checkPlace(['source'], source);
    const ids = new Map();
    const logicalIds = new Map();
    const buckets = new Map();
    destinations.forEach((d, i) => {
        if (!d)
            return;
        const path = ['destinations', i];
        checkPlace(path, d);
        if (d.id !== undefined) {
            const seen = ids.get(d.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate destination id ${(0,quote/* quote */.h)(d.id)} (also destinations[${seen}].id).`);
            else {
                ids.set(d.id, i);
                const logical = (0,names.logicalIdOf)(d.id);
                const clash = logicalIds.get(logical);
                if (clash !== undefined) {
                    report.error([...path, 'id'], `${(0,quote/* quote */.h)(d.id)} and ${(0,quote/* quote */.h)(clash)} give the same CloudFormation name ${(0,quote/* quote */.h)(logical)}: rename one.`);
                }
                else
                    logicalIds.set(logical, d.id);
            }
        }
        if (d.bucket !== undefined) {
            if (source?.bucket === d.bucket) {
                report.error([...path, 'bucket'], `${(0,quote/* quote */.h)(d.bucket)} is the source bucket: a bucket cannot replicate to itself.`);
            }
            const seen = buckets.get(d.bucket);
            if (seen !== undefined)
                report.error([...path, 'bucket'], `bucket ${(0,quote/* quote */.h)(d.bucket)} is already destinations[${seen}].bucket.`);
            else
                buckets.set(d.bucket, i);
        }
        if (d.replicationTime && d.replicationTime.minutes !== undefined && d.replicationTime.minutes !== 15) {
            report.error([...path, 'replicationTime', 'minutes'], `must be 15: S3 Replication Time Control accepts only 15 minutes (got ${d.replicationTime.minutes}).`);
        }
    });
    checkRules(config, ids, report);
    checkStackTags(config, report);
    checkReplicationRoleName(config, report);
    checkAccounts(config, report);
    checkDestinationStackSet(config, report);
    checkMonitoring(config, report);
    checkTwoWay(config, report);
    checkAdopt(config, report);
});
var checkRules = (function(config, destinationIds, report) {
    const rules = config.rules ?? [];
    const ruleIds = new Map();
    const priorities = new Map();
    const used = new Set();
    // S3 rule ids are "<rule id>-<destination id>"; different pairs can spell the same id.
    const generatedIds = new Map();
    let generated = 0;
    rules.forEach((r, i) => {
        if (!r)
            return;
        const path = ['rules', i];
        if (r.id !== undefined) {
            const seen = ruleIds.get(r.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate rule id ${(0,quote/* quote */.h)(r.id)} (also rules[${seen}].id).`);
            else
                ruleIds.set(r.id, i);
        }
        if (r.priority !== undefined) {
            const seen = priorities.get(r.priority);
            if (seen !== undefined) {
                report.error([...path, 'priority'], `priority ${r.priority} is already used by rules[${seen}]: priorities must be unique.`);
            }
            else
                priorities.set(r.priority, i);
        }
        if (r.filter?.prefix !== undefined)
            checkPrefix(r.filter.prefix, [...path, 'filter', 'prefix'], report);
        const tagCount = Object.keys(r.filter?.tags ?? {}).length;
        if (tagCount > 0 && r.deleteMarkerReplication === true) {
            report.error([...path, 'deleteMarkerReplication'], 'must be false when the filter has tags: S3 does not replicate delete markers for tag-based rules.');
        }
        const seenHere = new Set();
        (r.destinations ?? []).forEach((id, j) => {
            if (id === undefined)
                return;
            if (seenHere.has(id))
                report.error([...path, 'destinations', j], `destination ${(0,quote/* quote */.h)(id)} is listed twice.`);
            seenHere.add(id);
            if (!destinationIds.has(id)) {
                const known = [...destinationIds.keys()];
                report.error([...path, 'destinations', j], `${(0,quote/* quote */.h)(id)} is not a destination id.${(0,did_you_mean/* suggestion */.h)(id, known) || (known.length ? ` Known: ${known.join(', ')}.` : '')}`);
            }
            else {
                used.add(id);
                if (r.id !== undefined && ruleIds.get(r.id) === i) {
                    const s3Id = `${r.id}-${id}`;
                    const clash = generatedIds.get(s3Id);
                    if (clash !== undefined && clash !== `${i}`) {
                        report.error([...path, 'id'], `rules[${clash}] and this rule both generate the S3 rule id ${(0,quote/* quote */.h)(s3Id)} (rule id + "-" + destination id): rename one.`);
                    }
                    generatedIds.set(s3Id, `${i}`);
                }
            }
        });
        generated += seenHere.size;
    });
    if (generated > MAX_S3_RULES) {
        report.error(['rules'], `these rules expand to ${generated} S3 rules (one per rule and destination); S3 accepts at most ${MAX_S3_RULES}.`);
    }
    for (const [id, i] of destinationIds) {
        if (!used.has(id) && rules.length > 0) {
            report.warning(['destinations', i, 'id'], `no rule replicates to ${(0,quote/* quote */.h)(id)}: its stack is deployed but receives nothing.`);
        }
    }
});
/**
 * The bootstrap's execution role may create and edit the roles these names match (always inside the
 * permissions boundary), so a name must be unmistakably the product's: never an existing role such as
 * OrganizationAccountAccessRole, which the execution role could otherwise fence in with the boundary.
 */
var checkReplicationRoleName = (function(config, report) {
    const name = config.source?.replicationRoleName;
    if (name === undefined)
        return;
    const prefixes = [...new Set([names.DEFAULT_STACK_PREFIX, config.options?.stackPrefix ?? names.DEFAULT_STACK_PREFIX])];
    const ours = prefixes.some((p) => name.startsWith(`${p}-`) &&
        name.endsWith(names.REPLICATION_ROLE_SUFFIX) &&
        name.length > p.length + names.REPLICATION_ROLE_SUFFIX.length + 1);
    if (!ours)
        report.error(['source', 'replicationRoleName'], `"${name}" is not a product role name: it must look like ${prefixes.map((p) => `"${p}-…${names.REPLICATION_ROLE_SUFFIX}"`).join(' or ')}, because the bootstrap's execution role may create and change the roles these names match and must never reach a role the product does not own.`);
    else if ((0,names.batchRoleNameOf)(name).length > names.ROLE_NAME_LIMIT)
        report.error(['source', 'replicationRoleName'], `the backfill role is named after this one, "${(0,names.batchRoleNameOf)(name)}", which is ${(0,names.batchRoleNameOf)(name).length} characters: IAM allows ${names.ROLE_NAME_LIMIT}. Shorten the name by ${(0,names.batchRoleNameOf)(name).length - names.ROLE_NAME_LIMIT}.`);
});
var checkAccounts = (function(config, report) {
    const partition = config.source?.region ? (0,regions/* partitionOf */.iQ)(config.source.region) : undefined;
    const inTopology = new Set();
    if (config.source?.account)
        inTopology.add(config.source.account);
    if (config.destinationStackSet?.account)
        inTopology.add(config.destinationStackSet.account);
    for (const d of config.destinations ?? [])
        if (d?.account)
            inTopology.add(d.account);
    for (const [account, settings] of Object.entries(config.accounts ?? {})) {
        if (!inTopology.has(account)) {
            report.warning(['accounts', account], `account ${account} is neither the source nor a destination; its settings are unused.`);
        }
        for (const field of ['deployRole', 'planRole', 'executionRole']) {
            const role = settings?.[field];
            if (role === undefined)
                continue;
            const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):role\/([\w+=,.@/-]{1,64})$/.exec(role);
            if (role.startsWith('arn:')) {
                if (!arn)
                    report.error(['accounts', account, field], `${(0,quote/* quote */.h)(role)} is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME).`);
                else if (partition && arn[1] !== partition) {
                    report.error(['accounts', account, field], `the role ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
                }
                else if (arn[2] !== account) {
                    report.error(['accounts', account, field], `the role is in account ${arn[2]}, not ${account}: the action assumes a role in each account directly.`);
                }
            }
            else if (!/^[\w+=,.@-]{1,64}$/.test(role)) {
                report.error(['accounts', account, field], `${(0,quote/* quote */.h)(role)} is not an IAM role name (up to 64 letters, digits and +=,.@_-).`);
            }
        }
        const boundary = settings?.permissionsBoundary;
        if (boundary !== undefined && boundary !== names.NO_BOUNDARY) {
            const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):policy\/([\w+=,.@/-]{1,128})$/.exec(boundary);
            const path = ['accounts', account, 'permissionsBoundary'];
            if (boundary.startsWith('arn:')) {
                if (!arn)
                    report.error(path, `"${boundary}" is not a managed policy ARN (arn:PARTITION:iam::ACCOUNT:policy/NAME).`);
                else if (partition && arn[1] !== partition)
                    report.error(path, `the policy ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
                else if (arn[2] !== account)
                    report.error(path, `the policy is in account ${arn[2]}, not ${account}: a permissions boundary must be in the role's own account.`);
            }
            else if (!/^[\w+=,.@-]{1,128}$/.test(boundary))
                report.error(path, `"${boundary}" is not a managed policy name (up to 128 letters, digits and +=,.@_-), an ARN, or "none".`);
        }
    }
});
/**
 * A StackSet holds one instance per account and region: two destinations there would be one
 * instance. Its own region must be in the topology's partition (StackSets do not cross them).
 */
var checkDestinationStackSet = (function(config, report) {
    const set = config.destinationStackSet;
    if (!set)
        return;
    const seen = new Map();
    (config.destinations ?? []).forEach((d, i) => {
        if (!d?.account || !d.region)
            return;
        const key = `${d.account}/${d.region}`;
        const first = seen.get(key);
        if (d.tags !== undefined)
            report.error(['destinations', i, 'tags'], 'a StackSet (destinationStackSet) has one set of tags for every instance: put them in the top-level tags.');
        if (first !== undefined)
            report.error(['destinations', i, 'region'], `destinations[${first}] is in the same account and region (${d.account}, ${(0,quote/* printable */.g)(String(d.region))}): a StackSet (destinationStackSet) has one instance per account and region. Use separate stacks for these, or another region.`);
        else
            seen.set(key, i);
    });
    if (set.region !== undefined) {
        const partition = (0,regions/* partitionOf */.iQ)(set.region);
        const sourcePartition = config.source?.region ? (0,regions/* partitionOf */.iQ)(config.source.region) : undefined;
        if (!partition)
            report.error(['destinationStackSet', 'region'], `${(0,quote/* quote */.h)(set.region)} is not a known AWS region.${(0,did_you_mean/* suggestion */.h)(set.region, regions/* KNOWN_REGIONS */.Qu)}`);
        else if (sourcePartition && partition !== sourcePartition)
            report.error(['destinationStackSet', 'region'], `${set.region} is in partition ${partition} but the source is in ${sourcePartition}: a StackSet cannot deploy across partitions.`);
    }
});
/**
 * Each stack carries the top-level tags merged with its own, plus the tag deploy adds
 * (`s3-xrepl:topology`, or `s3-xrepl:destinations` on a StackSet), and hands them all to its
 * resources; a key the stack creates also carries `s3-xrepl:managed`. CloudFormation, IAM, S3 and
 * KMS each allow 50 tags (see tag-rules.ts), so the merged count is checked per stack, not per map.
 * IAM compares a role's tag keys without case, so the source stack's may not differ only in case.
 */
var checkStackTags = (function(config, report) {
    const top = config.tags ?? {};
    const stackSet = config.destinationStackSet !== undefined;
    const creates = (kmsKey) => kmsKey === undefined || kmsKey === 'create';
    const stacks = [];
    if (config.source)
        stacks.push({
            name: 'the source stack',
            path: ['source', 'tags'],
            own: config.source.tags ?? {},
            createsKey: creates(config.source.kmsKey),
            addedTag: names.TOPOLOGY_STACK_TAG,
        });
    (config.destinations ?? []).forEach((d, i) => {
        if (!d)
            return;
        stacks.push({
            name: stackSet
                ? `destination ${(0,quote/* quote */.h)(String(d.id))} (a StackSet instance)`
                : `the stack of destination ${(0,quote/* quote */.h)(String(d.id))}`,
            path: ['destinations', i, 'tags'],
            own: stackSet ? {} : (d.tags ?? {}),
            createsKey: creates(d.kmsKey),
            addedTag: stackSet ? names.DESTINATIONS_STACK_SET_TAG : names.TOPOLOGY_STACK_TAG,
        });
    });
    const reported = new Set();
    for (const stack of stacks) {
        const count = Object.keys({ ...top, ...stack.own }).length;
        const added = [
            `"${stack.addedTag}" on the stack`,
            ...(stack.createsKey ? [`"${product_scope/* PRODUCT_KEY_TAG */.t1.key}" on its key`] : []),
        ];
        const limit = tag_rules/* TAGS_PER_RESOURCE */.tC - added.length;
        if (count <= limit)
            continue;
        const ownCount = Object.keys(stack.own).length;
        const path = ownCount > 0 ? stack.path : ['tags'];
        const message = `${stack.name} would carry ${count} tags (${Object.keys(top).length} from tags` +
            `${ownCount > 0 ? `, ${ownCount} from ${(0,diagnostic/* formatPath */.jV)(stack.path)}` : ''}, merged); with ` +
            `${added.join(' and ')}, which s3-xrepl adds, ${stack.createsKey ? 'that key' : 'its resources'} would carry ` +
            `${count + added.length}, and CloudFormation, IAM, S3 and KMS each allow ${tag_rules/* TAGS_PER_RESOURCE */.tC}. Remove ${count - limit}.`;
        // Top-level tags alone too many: say it once, not once per stack.
        if (ownCount === 0 && reported.has(`${limit}`))
            continue;
        if (ownCount === 0)
            reported.add(`${limit}`);
        report.error(path, message);
    }
    if (config.source) {
        const own = config.source.tags ?? {};
        const byLowerCase = new Map();
        const entries = [
            ...Object.keys(top)
                .filter((k) => !Object.hasOwn(own, k))
                .map((k) => ({ key: k, path: ['tags', k] })),
            ...Object.keys(own).map((k) => ({ key: k, path: ['source', 'tags', k] })),
        ];
        for (const entry of entries) {
            const first = byLowerCase.get(entry.key.toLowerCase());
            if (!first) {
                byLowerCase.set(entry.key.toLowerCase(), entry);
                continue;
            }
            report.error(entry.path, `tag keys ${(0,quote/* quote */.h)(first.key)} and ${(0,quote/* quote */.h)(entry.key)} differ only in case: IAM compares a role's tag keys ` +
                "without case, so the replication role (which carries the source stack's tags) cannot have both. Keep one.", { atKey: true });
        }
    }
});
/**
 * A prefix longer than any object key can never match, and S3 reads the replication configuration
 * as XML: control characters there are refused or changed (a carriage return arrives as a line
 * feed; Amazon S3 User Guide, "XML related object key constraints"), so the rule would not select
 * the keys it names.
 */
var checkPrefix = (function(prefix, path, report) {
    const bytes = (0,utf8/* utf8Length */.w)(prefix);
    if (bytes > MAX_PREFIX_BYTES)
        report.error(path, `is ${bytes} bytes in UTF-8; an S3 object key, and so a prefix that can match one, has at most ${MAX_PREFIX_BYTES}.`);
    const control = /[\p{Cc}\uFFFE\uFFFF]/u.exec(prefix);
    if (control)
        report.error(path, `${(0,quote/* quote */.h)(prefix)} contains the control character ${(0,quote/* quote */.h)(control[0])}: S3 receives replication rules as XML, ` +
            'which refuses or changes control characters, so the rule would not select the keys it names.');
});
/** YAML text → checked Config, or every problem found in one pass. Pure: never throws on input. */
var parseConfig = (function(text) {
    const refused = (message, location) => ({
        ok: false,
        diagnostics: [{ severity: 'error', path: '(root)', message, ...(location ? { location } : {}) }],
    });
    if (text.length > MAX_CONFIG_BYTES || (0,utf8/* utf8Length */.w)(text) > MAX_CONFIG_BYTES) {
        return refused(`the config file is ${(0,utf8/* utf8Length */.w)(text).toLocaleString('en-US')} bytes; the limit is ` +
            `${MAX_CONFIG_BYTES.toLocaleString('en-US')} (2 MiB). Everything a config says ends up in the ` +
            `source template, which CloudFormation caps at 1 MB, so a larger file cannot deploy: split the ` +
            `topology, or move long comments out of the file.`);
    }
    if (!/^[ \t]*[^#\s]/m.test(text))
        return refused('the config file is empty.');
    let events;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
        const aliases = events.filter((ev) => ev.type === js_yaml/* EVENT_ID */.hy.ALIAS);
        if (aliases.length > MAX_ALIASES) {
            return refused(`the config uses ${aliases.length.toLocaleString('en-US')} aliases (*name); the limit is ` +
                `${MAX_ALIASES.toLocaleString('en-US')}. Each alias repeats a whole subtree, so a few can ask ` +
                `for unbounded work; no config needs this many.`, (0,yaml_locations/* locator */.fl)(text)((0,yaml_locations/* eventStart */.bD)(aliases[MAX_ALIASES])));
        }
        documents = (0,js_yaml/* constructFromEvents */.fw)(events, {
            source: text,
            schema: SCHEMA,
            // js-yaml's default (10,000) would refuse 1,000 rules that each merge ten shared settings.
            maxTotalMergeKeys: 100_000,
        });
    }
    catch (e) {
        const mark = e.mark;
        const reason = e.reason ?? (e instanceof Error ? e.message : String(e));
        return refused(`not valid YAML: ${reason}`, mark?.line !== undefined ? { line: mark.line + 1, column: (mark.column ?? 0) + 1 } : undefined);
    }
    // A stray `---` at the end leaves an empty document behind: only documents with content count.
    const filled = documents.flatMap((value, n) => value === undefined || value === null ? [] : [{ value, n }]);
    if (filled.length === 0)
        return refused('the config file is empty.');
    if (filled.length > 1) {
        return refused('the file holds more than one YAML document (a second one starts here, after "---"): a config file ' +
            'is one document. Put each topology in its own file.', documentStart(text, events, filled[1].n));
    }
    const locations = lazy(() => (0,yaml_locations/* indexLocations */.PT)(text, events));
    const report = (0,check_shape/* createReporter */.A5)(locations);
    const checked = (0,check_shape/* checkShape */.eA)(filled[0].value, config_shape/* configShape */._, [], { report, locations });
    if (checked)
        checkSemantics(checked, report);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !checked)
        return { ok: false, diagnostics: sortByLocation(report.diagnostics) };
    return { ok: true, config: checked, warnings: sortByLocation(report.diagnostics) };
});
/** The line of the `---` that starts document `n` (0-based), or of its first node. */
var documentStart = (function(text, events, n) {
    let seen = -1;
    for (let i = 0; i < events.length; i++) {
        if (events[i].type !== js_yaml/* EVENT_ID */.hy.DOCUMENT || ++seen !== n)
            continue;
        const first = events.slice(i + 1).find((ev) => (0,yaml_locations/* eventStart */.bD)(ev) >= 0);
        if (!first)
            return undefined;
        const offset = (0,yaml_locations/* eventStart */.bD)(first);
        const marker = text.lastIndexOf('\n---', offset);
        return (0,yaml_locations/* locator */.fl)(text)(marker >= 0 ? marker + 1 : offset);
    }
    return undefined;
});
/** The value of `make`, computed on first call. */
var lazy = (function(make) {
    let value;
    return () => (value ??= { v: make() }).v;
});
var sortByLocation = (function(ds) {
    return [...ds].sort((a, b) => (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RZ: () => (/* binding */ lazy),
  o4: () => (/* binding */ parseConfig),
  pH: () => (/* binding */ sortByLocation)
});

// UNUSED EXPORTS: MAX_ALIASES, MAX_CONFIG_BYTES

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/config/check-shape.ts
var check_shape = __webpack_require__(290);
;

// EXTERNAL MODULE: ./src/core/quote.ts
var quote = __webpack_require__(3195);
// EXTERNAL MODULE: ./src/core/config/did-you-mean.ts
var did_you_mean = __webpack_require__(523);
;// CONCATENATED MODULE: ./src/core/config/key-arn.ts

const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

// EXTERNAL MODULE: ./src/core/config/monitoring-shape.ts
var monitoring_shape = __webpack_require__(4754);
// EXTERNAL MODULE: ./src/core/config/regions.ts
var regions = __webpack_require__(9907);
;// CONCATENATED MODULE: ./src/core/config/check-monitoring.ts




const SNS_ARN = /^arn:(aws|aws-cn|aws-us-gov):sns:([a-z0-9-]+):([0-9]{12}):([A-Za-z0-9_-]{1,256})$/;
const TARGET_ARN = {
    topics: { re: SNS_ARN, form: 'arn:PARTITION:sns:REGION:ACCOUNT:TOPIC' },
    queues: {
        re: /^arn:(aws|aws-cn|aws-us-gov):sqs:([a-z0-9-]+):([0-9]{12}):([A-Za-z0-9_-]{1,80}(\.fifo)?)$/,
        form: 'arn:PARTITION:sqs:REGION:ACCOUNT:QUEUE',
    },
    functions: {
        re: /^arn:(aws|aws-cn|aws-us-gov):lambda:([a-z0-9-]+):([0-9]{12}):function:([A-Za-z0-9_-]{1,64})(:[A-Za-z0-9$_-]+)?$/,
        form: 'arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME',
    },
};
/** RFC 5321 allows more, SNS less: one @, no spaces, a dot in the domain. */
const EMAIL = /^[^@\s"<>()[\],;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/core/model/backfill-from.ts
var backfill_from = __webpack_require__(8376);
// EXTERNAL MODULE: ./src/core/model/monitoring.ts
var monitoring = __webpack_require__(5735);
// EXTERNAL MODULE: ./src/core/model/way-back.ts
var way_back = __webpack_require__(4392);
;

// EXTERNAL MODULE: ./src/core/model/adoption.ts
var adoption = __webpack_require__(6697);
;// CONCATENATED MODULE: ./src/core/config/check-adopt.ts


/** Lifecycle rule ids the product's buckets carry themselves (templates/bucket.ts). */
const PRODUCT_LIFECYCLE_IDS = new Set(['s3-xrepl-canary-backstop', 'expire-noncurrent-versions']);

// EXTERNAL MODULE: ./src/core/config/diagnostic.ts
var diagnostic = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/core/templates/product-scope.ts
var product_scope = __webpack_require__(33);
// EXTERNAL MODULE: ./src/core/config/tag-rules.ts
var tag_rules = __webpack_require__(9220);
// EXTERNAL MODULE: ./src/core/config/utf8.ts
var utf8 = __webpack_require__(7659);
;// CONCATENATED MODULE: ./src/core/config/check-semantics.ts













/** S3 accepts at most 1,000 rules in one replication configuration. */
const MAX_S3_RULES = 1000;
/** An object key has at most 1,024 bytes of UTF-8 (Amazon S3 User Guide, "Naming Amazon S3 objects"). */
const MAX_PREFIX_BYTES = 1024;

// EXTERNAL MODULE: ./src/core/config/config-shape.ts + 1 modules
var config_shape = __webpack_require__(4062);
// EXTERNAL MODULE: ./src/core/config/yaml-locations.ts
var yaml_locations = __webpack_require__(9162);
;// CONCATENATED MODULE: ./src/core/config/parse-config.ts







/**
 * The largest config file read. Everything a config says (rule ids, prefixes, tags) lands in the
 * source template, which CloudFormation caps at 1 MB, so a file twice that size cannot be a config
 * that deploys; the rest is room for comments. Parsing is what costs: a 5.9 MB file took 3.5 s of
 * CPU and 412 MiB before this cap.
 */
const MAX_CONFIG_BYTES = 2 * 1024 * 1024;
/**
 * Aliases (`*name`) per config. Each one can stand for a whole subtree, which is how a small file
 * asks for unbounded work; a config has at most 1,000 rules and 100 destinations, and even one
 * alias per field of each stays far below this.
 */
const MAX_ALIASES = 10_000;
/** YAML 1.2 core schema plus merge keys (`<<: *defaults`), which people use to share settings. */
const SCHEMA = js_yaml/* CORE_SCHEMA */.OU.withTags(js_yaml/* mergeTag */.LJ);


/***/ }),

/***/ 9162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/** The map key for a path; shared with the validator so both sides agree. */
var pathKey = (function(path) {
    return JSON.stringify(path);
});
/** 0-based offset → 1-based line and column. */
var locator = (function(source) {
    const lineStarts = [0];
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
    };
});
/** Where a scalar's value begins (not its anchor or tag: a message about the value points at it). */
var valueStart = (function(ev) {
    return ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.anchorStart, ev.tagStart, 0);
});
/** Where an event's node begins in the text (its anchor or tag, if it has one), or -1. */
var eventStart = (function(ev) {
    switch (ev.type) {
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
            // Anchor and tag come before the value when present.
            let start = ev.valueStart;
            if (ev.tagStart >= 0 && (start < 0 || ev.tagStart < start))
                start = ev.tagStart;
            if (ev.anchorStart >= 0 && (start < 0 || ev.anchorStart < start))
                start = ev.anchorStart;
            return start;
        }
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE:
            return ev.start;
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS:
            return ev.anchorStart - 1; // the "*"
        default:
            return -1;
    }
});
/**
 * js-yaml's loader drops source positions, so the event stream (which keeps offsets) is walked to
 * record where each value, and each mapping key, begins. Keys are recorded under the path of their
 * value with a `#key` suffix so "unknown key" errors point at the key itself. Aliases and merge
 * keys (`<<`) are followed the way the loader follows them, so every path the loaded value has is
 * found here too. Only the first document is indexed (a config is one document).
 *
 * Pass the events of the parse that loaded the value to avoid parsing the text again.
 */
var indexLocations = (function(source, parsed) {
    const index = new Map();
    let events;
    try {
        events = parsed ?? (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(source, {});
    }
    catch {
        return index; // the loader reports the syntax error itself
    }
    const root = events.findIndex((ev) => ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) + 1;
    if (root <= 0 || root >= events.length || events[root].type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
        return index;
    const locate = locator(source);
    const structure = describeStructure(source, events, locate);
    let expanded = 0;
    const set = (key, info) => {
        if (info.via)
            expanded++;
        index.set(key, info);
    };
    // Path keys are built as text, the way pathKey spells them: `["rules",0` + `]`.
    const child = (open, part) => `${open}${open === '[' ? '' : ','}${JSON.stringify(part)}`;
    const walk = (i, open, via, depth) => {
        const ev = events[i];
        const key = open + ']';
        switch (ev.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const info = {
                    location: locate(valueStart(ev)),
                    raw: source.slice(ev.valueStart, ev.valueEnd),
                };
                set(key, via ? { ...info, via } : info);
                return;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const target = structure.aliasTarget.get(i);
                const here = locate(eventStart(ev));
                if (target === undefined || expanded >= EXPANDED_ENTRIES_BUDGET || depth > 50) {
                    set(key, { location: here });
                    return;
                }
                walk(target, open, via ?? { location: here, kind: 'alias' }, depth + 1);
                return;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                set(key, via ? { location: locate(ev.start), via } : { location: locate(ev.start) });
                let n = 0;
                for (const item of structure.children(i)) {
                    if (via && expanded >= EXPANDED_ENTRIES_BUDGET)
                        return;
                    walk(item, child(open, n++), via, depth + 1);
                }
                return;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING: {
                set(key, via ? { location: locate(ev.start), via } : { location: locate(ev.start) });
                for (const pair of structure.pairs(i, depth)) {
                    if ((via || pair.merge) && expanded >= EXPANDED_ENTRIES_BUDGET)
                        return;
                    const pairVia = via ?? (pair.merge ? { location: pair.merge, kind: 'merge' } : undefined);
                    const keyEvent = events[pair.key];
                    const open2 = child(open, pair.name);
                    const keyInfo = {
                        location: locate(keyEvent.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR ? valueStart(keyEvent) : 0),
                        raw: pair.name,
                    };
                    set(open2 + ']#key', pairVia ? { ...keyInfo, via: pairVia } : keyInfo);
                    walk(pair.value, open2, pairVia, depth + 1);
                }
                return;
            }
            default:
                return;
        }
    };
    walk(root, '[', undefined, 0);
    return index;
});
/**
 * The tree the event stream describes: where each collection ends, what each alias refers to
 * (the last anchor of that name before it, as YAML says), and the pairs of each mapping with merge
 * keys applied: the mapping's own keys win, then the merged mappings in order, the first one first.
 */
var describeStructure = (function(source, events, locate) {
    const end = new Int32Array(events.length);
    const aliasTarget = new Map();
    const anchors = new Map();
    const open = [];
    for (let i = 0; i < events.length; i++) {
        const ev = events[i];
        if (ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE)
            open.push(i);
        else if (ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            const start = open.pop();
            if (start !== undefined)
                end[start] = i;
        }
        else
            end[i] = i;
        if ((ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE || ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) &&
            ev.anchorStart >= 0)
            anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), i);
        if (ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            const target = anchors.get(source.slice(ev.anchorStart, ev.anchorEnd));
            // An alias inside the node it names (a cycle) is not followed.
            if (target !== undefined && !(end[target] === 0 && open.includes(target)))
                aliasTarget.set(i, target);
        }
    }
    const children = (i) => {
        const out = [];
        for (let j = i + 1; j < end[i]; j = end[j] + 1)
            out.push(j);
        return out;
    };
    const resolve = (i) => {
        const target = events[i].type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS ? aliasTarget.get(i) : i;
        return target ?? -1;
    };
    const isMergeKey = (ev) => ev.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR &&
        ((ev.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && ev.tagStart < 0 && (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(source, ev) === '<<') ||
            (ev.tagStart >= 0 && source.slice(ev.tagStart, ev.tagEnd) === '!!merge'));
    const pairs = (i, depth) => {
        const own = [];
        const merges = [];
        const items = children(i);
        for (let n = 0; n + 1 < items.length; n += 2) {
            const k = items[n];
            const v = items[n + 1];
            const keyEvent = events[k];
            if (keyEvent.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR)
                continue; // a complex key: the loader refuses or stringifies it
            if (isMergeKey(keyEvent)) {
                const at = locate(Math.max(eventStart(keyEvent), 0));
                const source = resolve(v);
                if (source < 0)
                    continue;
                if (events[source].type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE)
                    for (const item of children(source))
                        merges.push({ from: resolve(item), at });
                else
                    merges.push({ from: source, at });
                continue;
            }
            own.push({ name: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(source, keyEvent), key: k, value: v });
        }
        if (merges.length === 0 || depth > 50)
            return own;
        const seen = new Set(own.map((p) => p.name));
        const out = [...own];
        for (const m of merges) {
            if (m.from < 0 || events[m.from].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING)
                continue;
            for (const p of pairs(m.from, depth + 1)) {
                if (seen.has(p.name))
                    continue;
                seen.add(p.name);
                // The `<<` of this mapping brought it in, however the merged mapping got it.
                out.push({ ...p, merge: m.at });
            }
        }
        return out;
    };
    return { aliasTarget, children, pairs };
});
/**
 * The key as written, for a key js-yaml turned into a number and back (e.g. an unquoted account id
 * 012345678901 arrives as "12345678901"); undefined when the key was loaded as written.
 */
var rawKeyOf = (function(index, parent, loadedKey) {
    const prefix = pathKey(parent).slice(0, -1);
    for (const [k, info] of index) {
        if (!k.endsWith('#key') || !k.startsWith(prefix) || info.raw === undefined || info.raw === loadedKey)
            continue;
        if (pathKey([...parent, info.raw]) + '#key' === k &&
            /^[0-9]+$/.test(info.raw) &&
            Number(info.raw) === Number(loadedKey)) {
            return info.raw;
        }
    }
    return undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ indexLocations),
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   T1: () => (/* binding */ rawKeyOf),
/* harmony export */   bD: () => (/* binding */ eventStart),
/* harmony export */   fl: () => (/* binding */ locator)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/**
 * Aliases and merge keys can make a small text stand for a very large tree; past this many entries
 * reached through them, the index stops following them (values there point at the alias instead).
 */
const EXPANDED_ENTRIES_BUDGET = 200_000;


/***/ }),

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/model/build-topology.ts



/** Applies defaults and derives names. Expects a config that passed parseConfig. */
var buildTopology = (function(config) {
    const partition = (0,regions/* partitionOf */.iQ)(config.source.region);
    if (!partition)
        throw new Error(`internal: unvalidated region ${config.source.region}`);
    const prefix = config.options?.stackPrefix ?? 's3-xrepl';
    const bucketKeys = config.options?.bucketKeys ?? true;
    const tagsFor = (own) => ({ ...config.tags, ...own });
    const key = (k) => k === undefined || k === 'create' ? { kind: 'create' } : { kind: 'existing', arn: k };
    const accounts = {};
    const stackSet = config.destinationStackSet;
    const admin = stackSet ? (stackSet.account ?? config.source.account) : undefined;
    const allAccounts = [
        ...new Set([
            config.source.account,
            ...config.destinations.map((d) => d.account),
            ...(admin ? [admin] : []),
        ]),
    ];
    for (const account of allAccounts) {
        const s = config.accounts?.[account];
        accounts[account] = {
            deployRoleArn: roleArn(partition, account, s?.deployRole ?? names.DEFAULT_ROLES.deployRole),
            planRoleArn: roleArn(partition, account, s?.planRole ?? names.DEFAULT_ROLES.planRole),
            ...(s?.executionRole === names.NO_EXECUTION_ROLE
                ? {}
                : { executionRoleArn: roleArn(partition, account, s?.executionRole ?? names.DEFAULT_ROLES.executionRole) }),
        };
    }
    return {
        name: config.name,
        partition,
        stackPrefix: prefix,
        hardenTrust: config.options?.hardenTrust ?? true,
        ...(config.options?.noncurrentVersionExpirationDays !== undefined
            ? { noncurrentVersionExpirationDays: config.options.noncurrentVersionExpirationDays }
            : {}),
        source: {
            account: config.source.account,
            region: config.source.region,
            bucket: config.source.bucket,
            key: key(config.source.kmsKey),
            bucketKey: config.source.bucketKey ?? bucketKeys,
            tags: tagsFor(config.source.tags),
            stackName: (0,names.sourceStackName)(prefix, config.name),
            ...(0,adoption/* adoptionOf */.w)(config.source.adopt),
            replicationRoleName: config.source.replicationRoleName ?? (0,names.defaultReplicationRoleName)(config.name),
            batchRoleName: (0,names.batchRoleNameOf)(config.source.replicationRoleName ?? (0,names.defaultReplicationRoleName)(config.name)),
            ...boundaryOf(partition, config.source.account, config.accounts?.[config.source.account]?.permissionsBoundary),
        },
        destinations: config.destinations.map((d) => ({
            id: d.id,
            logicalId: (0,names.logicalIdOf)(d.id),
            account: d.account,
            region: d.region,
            bucket: d.bucket,
            key: key(d.kmsKey),
            bucketKey: d.bucketKey ?? bucketKeys,
            tags: tagsFor(d.tags),
            stackName: (0,names.destinationStackName)(prefix, config.name, d.id),
            ...(0,adoption/* adoptionOf */.w)(d.adopt),
            ...(d.storageClass !== undefined ? { storageClass: d.storageClass } : {}),
            replicationTime: d.replicationTime !== undefined,
            metrics: d.replicationTime !== undefined || (d.metrics ?? config.monitoring?.metrics ?? true),
            ownerTranslation: d.ownerTranslation ?? false,
            ...(d.twoWay === true
                ? {
                    twoWay: {
                        roleName: (0,names.returnRoleNameOf)(config.source.replicationRoleName ?? (0,names.defaultReplicationRoleName)(config.name), d.id),
                        ...returnBoundaryOf(boundaryOf(partition, d.account, config.accounts?.[d.account]?.permissionsBoundary)),
                    },
                }
                : {}),
        })),
        rules: config.rules.map((r) => ({
            id: r.id,
            priority: r.priority,
            ...(r.filter?.prefix !== undefined ? { prefix: r.filter.prefix } : {}),
            tags: Object.entries(r.filter?.tags ?? {}).map(([k, v]) => ({ key: k, value: v })),
            destinationIds: [...r.destinations],
            enabled: r.enabled ?? true,
            deleteMarkerReplication: r.deleteMarkerReplication ?? false,
            // A two-way destination turns it on for its own rules (replication-rules.ts, check-two-way.ts).
            replicaModificationSync: r.replicaModificationSync ?? false,
        })),
        accounts,
        monitoring: monitoringOf(config, prefix),
        ...(stackSet && admin
            ? {
                destinationStackSet: {
                    name: (0,names.destinationStackSetName)(prefix, config.name),
                    account: admin,
                    region: stackSet.region ?? config.source.region,
                    administrationRoleArn: roleArn(partition, admin, stackSet.administrationRoleName ?? names.DEFAULT_STACK_SET_ROLES.administrationRole),
                    executionRoleName: stackSet.executionRoleName ?? names.DEFAULT_STACK_SET_ROLES.executionRole,
                },
            }
            : {}),
    };
});
var monitoringOf = (function(config, prefix) {
    const m = config.monitoring;
    const backlog = m?.alarms?.backlog;
    const targets = (list) => (list ?? []).map((t) => ({
        arn: t.arn,
        events: [...t.events],
        ...(t.prefix !== undefined ? { prefix: t.prefix } : {}),
        ...(t.suffix !== undefined ? { suffix: t.suffix } : {}),
    }));
    return {
        failureEvents: m?.failureEvents ?? true,
        alarms: {
            failedOperations: m?.alarms?.failedOperations ?? true,
            latency: m?.alarms?.latency ?? true,
            ...(backlog ? { backlog: { operations: backlog.operations, minutes: backlog.minutes ?? 30 } } : {}),
        },
        topic: m?.topic === undefined || m.topic === 'create'
            ? { kind: 'create', name: (0,names.alertsTopicName)(prefix, config.name) }
            : { kind: 'existing', arn: m.topic },
        subscriptions: (m?.subscriptions ?? []).map((s) => ({ protocol: s.protocol, endpoint: s.endpoint })),
        bucketNotifications: {
            eventBridge: m?.bucketNotifications?.eventBridge ?? false,
            topics: targets(m?.bucketNotifications?.topics),
            queues: targets(m?.bucketNotifications?.queues),
            functions: targets(m?.bucketNotifications?.functions),
        },
    };
});
/** The replication role's permissions boundary: the bootstrap's by default, a name, an ARN, or none. */
var boundaryOf = (function(partition, account, given) {
    const nameOrArn = given ?? names.DEFAULT_REPLICATION_BOUNDARY;
    if (nameOrArn === names.NO_BOUNDARY)
        return {};
    return {
        replicationBoundaryArn: nameOrArn.startsWith('arn:')
            ? nameOrArn
            : `arn:${partition}:iam::${account}:policy/${nameOrArn}`,
    };
});
var returnBoundaryOf = (function(b) {
    return b.replicationBoundaryArn !== undefined ? { boundaryArn: b.replicationBoundaryArn } : {};
});
var roleArn = (function(partition, account, nameOrArn) {
    return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:iam::${account}:role/${nameOrArn}`;
});
/**
 * Limits that depend on the generated output rather than on any one field: checked before
 * anything is written, because AWS would only refuse them halfway through a deploy.
 */
var checkTopologyLimits = (function(topology) {
    const problems = [];
    const policy = (0,replication_role/* replicationPolicySize */.KB)(topology);
    if (policy > replication_role/* ROLE_INLINE_POLICY_LIMIT */.SJ) {
        problems.push({
            path: ['destinations'],
            message: `the replication role's policy for these ${topology.destinations.length} destinations would be about ${policy} ` +
                `characters; IAM allows ${replication_role/* ROLE_INLINE_POLICY_LIMIT */.SJ} per role. Split the destinations over several topologies ` +
                `(or shorten bucket names).`,
        });
    }
    const configuration = (0,replication_rules/* replicationConfigurationSize */.cl)(topology);
    if (configuration > replication_rules/* REPLICATION_CONFIGURATION_LIMIT */.eO) {
        problems.push({
            path: ['rules'],
            message: `the replication configuration these rules generate would be up to ${n(configuration)} bytes as S3 receives ` +
                `it (XML, with "&", "<" and quotes escaped); S3 allows ${n(replication_rules/* REPLICATION_CONFIGURATION_LIMIT */.eO)} (2 MB). Use fewer ` +
                `rules, shorter prefixes and tag filters, or split the topology.`,
        });
    }
    return problems;
});
/**
 * Every generated template and stack against the limit that applies to how deploy sends it: a
 * stack's template inline when it fits 51,200 bytes and through S3 (1 MB) otherwise, minified; a
 * StackSet's template always inline, as rendered (CreateStackSet is called with TemplateBody).
 */
var checkSynthesisLimits = (function(topology, synthesis) {
    const problems = [];
    const checked = new Set();
    let destination = 0;
    for (const stack of synthesis.manifest.stacks) {
        // The config entry a stack comes from, and the list its template grows with.
        const where = stack.kind === 'source' ? ['source'] : ['destinations', destination++];
        const templateWhere = stack.kind === 'source' ? ['source'] : ['destinations'];
        if (stack.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(stack.name))
            problems.push({
                path: where,
                message: `the stack name ${stack.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
            });
        const template = synthesis.templates.get(stack.template);
        if (template)
            problems.push(...parameterProblems(stack, template, where));
        const viaStackSet = topology.destinationStackSet !== undefined && stack.kind === 'destination';
        const key = `${stack.template}/${viaStackSet}`;
        if (checked.has(key))
            continue;
        checked.add(key);
        if (!template)
            continue;
        const alarms = alarmProblem(watchedBy(topology, stack), stack.template, template);
        if (alarms)
            problems.push(alarms.problem);
        problems.push(...templateProblems(stack.template, template, viaStackSet, templateWhere, alarms?.covers));
    }
    const set = topology.destinationStackSet;
    if (set && (set.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(set.name)))
        problems.push({
            path: ['destinationStackSet'],
            message: `the StackSet name ${set.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
        });
    return problems;
});
/**
 * The values a stack is given, as CloudFormation checks them before it starts: each declared by
 * the template, within 4,096 bytes, matching its AllowedPattern (the whole value, as Java's
 * `matches`), AllowedValues, lengths and numeric bounds; and every parameter without a default
 * given a value. A value fed by an earlier stack's output is checked when that stack exists.
 */
var parameterProblems = (function(stack, template, where) {
    const problems = [];
    const say = (name, what) => problems.push({ path: where, message: `parameter ${name} of stack ${stack.name} ${what}` });
    const declared = template.Parameters ?? {};
    for (const [name, value] of Object.entries(stack.parameters)) {
        const p = Object.hasOwn(declared, name) ? declared[name] : undefined;
        if (!p) {
            say(name, 'is not declared by its template: CloudFormation refuses parameters a template does not have.');
            continue;
        }
        if (typeof value !== 'string')
            continue;
        const bytes = (0,utf8/* utf8Length */.w)(value);
        if (bytes > CFN_LIMITS.parameterValue)
            say(name, `would be ${check_synthesis_n(bytes)} bytes; CloudFormation allows ${check_synthesis_n(CFN_LIMITS.parameterValue)}.`);
        if (p.AllowedPattern !== undefined && !new RegExp(`^(?:${p.AllowedPattern})$`, 'u').test(value))
            say(name, `would be ${(0,quote/* quote */.h)(value)}, which its template's AllowedPattern ${p.AllowedPattern} refuses.`);
        if (p.AllowedValues !== undefined && !p.AllowedValues.includes(value))
            say(name, `would be ${(0,quote/* quote */.h)(value)}, not one of its template's AllowedValues (${p.AllowedValues.join(', ')}).`);
        if ((p.MinLength !== undefined && value.length < p.MinLength) ||
            (p.MaxLength !== undefined && value.length > p.MaxLength))
            say(name, `would have ${value.length} characters, outside its template's ${p.MinLength ?? 0}-${p.MaxLength ?? '∞'}.`);
        if (p.Type === 'Number') {
            const x = Number(value);
            if (value.trim() === '' || !Number.isFinite(x))
                say(name, `would be ${(0,quote/* quote */.h)(value)}, not a number.`);
            else if ((p.MinValue !== undefined && x < p.MinValue) || (p.MaxValue !== undefined && x > p.MaxValue))
                say(name, `would be ${value}, outside its template's ${p.MinValue ?? '-∞'}-${p.MaxValue ?? '∞'}.`);
        }
    }
    for (const [name, p] of Object.entries(declared))
        if (p.Default === undefined && !Object.hasOwn(stack.parameters, name))
            say(name, 'has no value and no default: CloudFormation refuses to create the stack.');
    return problems;
});
/** The rules a stack's alarms watch: the source's, or a two-way destination's way back. */
var watchedBy = (function(topology, stack) {
    if (stack.kind === 'source')
        return topology;
    const d = topology.destinations.find((x) => x.twoWay && x.stackName === stack.name);
    return d ? (0,way_back.wayBack)(topology, d) : undefined;
});
/**
 * The source stack declares an alarm per rule and destination (two with Replication Time Control),
 * so with monitoring's defaults the alarms are what outgrows it first: 1,000 rules are 1,000 to
 * 2,000 alarms, where CloudFormation allows 500 resources in a stack, and about 800 bytes each.
 * When the template would fit without them, that is said, with the switch that turns them off:
 * the failure events still reach the topic, one per object, with S3's reason.
 */
var alarmProblem = (function(topology, file, template) {
    if (!topology)
        return undefined;
    const alarms = (0,monitoring.alarmsOf)(topology).filter((a) => Object.hasOwn(template.Resources, a.logicalId));
    if (alarms.length === 0)
        return undefined;
    const count = Object.keys(template.Resources).length;
    const others = count - alarms.length;
    const resources = count > CFN_LIMITS.resources && others <= CFN_LIMITS.resources;
    const size = (0,utf8/* utf8Length */.w)(JSON.stringify(template));
    let alarmBytes = 0;
    if (size > CFN_LIMITS.templateUrl) {
        const ids = new Set(alarms.map((a) => a.logicalId));
        const rest = Object.fromEntries(Object.entries(template.Resources).filter(([id]) => !ids.has(id)));
        alarmBytes = size - (0,utf8/* utf8Length */.w)(JSON.stringify({ ...template, Resources: rest }));
    }
    const bytes = size > CFN_LIMITS.templateUrl && size - alarmBytes <= CFN_LIMITS.templateUrl;
    if (!resources && !bytes)
        return undefined;
    const kinds = new Set(alarms.map((a) => a.kind));
    const off = [
        ...(kinds.has('failed-operations') ? ['failedOperations: false'] : []),
        ...(kinds.has('latency') ? ['latency: false'] : []),
    ];
    const fix = (off.length > 0 ? `monitoring: { alarms: { ${off.join(', ')} } }` : '') +
        (kinds.has('backlog') ? `${off.length > 0 ? ' and no ' : 'no '}monitoring.alarms.backlog` : '');
    const watched = [
        ...(kinds.has('failed-operations') ? ['failed operations'] : []),
        ...(kinds.has('latency') ? ['latency where replicationTime is on'] : []),
        ...(kinds.has('backlog') ? ['the backlog'] : []),
    ];
    const declares = watched
        .map((w, i, all) => i === 0
        ? `an alarm per rule and destination on ${w}`
        : `${i === all.length - 1 ? 'and ' : ''}another on ${w}`)
        .join(', ');
    const over = [
        ...(resources
            ? [`declare ${check_synthesis_n(count)} resources where CloudFormation allows ${CFN_LIMITS.resources} in a stack`]
            : []),
        ...(bytes
            ? [
                `be ${check_synthesis_n(size)} bytes (minified, as deploy uploads it to S3) where it accepts ${check_synthesis_n(CFN_LIMITS.templateUrl)} (1 MB)`,
            ]
            : []),
    ].join(', and ');
    const fewer = resources
        ? `or use fewer rules: ${check_synthesis_n(Math.max(0, CFN_LIMITS.resources - others))} alarms fit next to the stack's other ${others} resources`
        : 'or use fewer rules, or shorter prefixes and rule ids';
    return {
        problem: {
            path: ['monitoring', 'alarms'],
            // A config that never wrote monitoring.alarms has them by default: point at what multiplies them.
            orElse: [['monitoring'], ['rules']],
            message: `${file} would ${over}; without its ${check_synthesis_n(alarms.length)} alarms it would fit. Monitoring declares ${declares}. ` +
                `Turn the per-rule alarms off with ${fix} (S3's failure events still reach the topic with their reason, ` +
                `and the metrics stay), ${fewer}.`,
        },
        covers: { resources, size: bytes },
    };
});
var templateProblems = (function(file, template, viaStackSet, where, covered = { resources: false, size: false }) {
    const problems = [];
    // What grows a template is its rules (source) or its destinations: point there.
    const growth = where[0] === 'source' ? ['rules'] : where;
    if (viaStackSet) {
        const size = (0,utf8/* utf8Length */.w)((0,render_files.toJsonText)(template));
        if (size > CFN_LIMITS.templateBody)
            problems.push({
                path: ['destinationStackSet'],
                message: `${file} is ${check_synthesis_n(size)} bytes, and a StackSet takes its template inline, where CloudFormation allows ${check_synthesis_n(CFN_LIMITS.templateBody)}.`,
            });
    }
    else {
        const size = (0,utf8/* utf8Length */.w)(JSON.stringify(template));
        if (size > CFN_LIMITS.templateUrl && !covered.size)
            problems.push({
                path: growth,
                message: `${file} would be ${check_synthesis_n(size)} bytes (minified, as deploy uploads it to S3); CloudFormation accepts at most ` +
                    `${check_synthesis_n(CFN_LIMITS.templateUrl)} (1 MB) for a template in S3. Use fewer rules or shorter prefixes and tag ` +
                    `filters, or split the topology into several configs.`,
            });
    }
    const count = (what, names, limit, path) => {
        if (names.length > limit)
            problems.push({
                path,
                message: `${file} would declare ${names.length} ${what}; CloudFormation allows ${limit}. Split the topology into several configs.`,
            });
        for (const name of names)
            if (name.length > CFN_LIMITS.nameLength)
                problems.push({
                    path,
                    message: `${file} would name a ${what.replace(/s$/, '')} with ${name.length} characters; CloudFormation allows ${CFN_LIMITS.nameLength}.`,
                });
    };
    // The source template takes two parameters per destination.
    count('parameters', Object.keys(template.Parameters ?? {}), CFN_LIMITS.parameters, where[0] === 'source' ? ['destinations'] : where);
    const resourceLimit = covered.resources ? Infinity : CFN_LIMITS.resources;
    count('resources', Object.keys(template.Resources), resourceLimit, where);
    count('outputs', Object.keys(template.Outputs ?? {}), CFN_LIMITS.outputs, where);
    count('mappings', Object.keys(template.Mappings ?? {}), CFN_LIMITS.mappings, where);
    const description = (0,utf8/* utf8Length */.w)(template.Description);
    if (description > CFN_LIMITS.description)
        problems.push({
            path: where,
            message: `${file}'s description would be ${check_synthesis_n(description)} bytes; CloudFormation allows ${check_synthesis_n(CFN_LIMITS.description)}.`,
        });
    for (const [name, parameter] of Object.entries(template.Parameters ?? {}))
        if (parameter.Description.length > CFN_LIMITS.parameterDescription)
            problems.push({
                path: where,
                message: `${file}: the description of parameter ${name} would have ${parameter.Description.length} characters; CloudFormation allows ${check_synthesis_n(CFN_LIMITS.parameterDescription)}.`,
            });
    return problems;
});// CONCATENATED MODULE: ./src/core/load-topology.ts








/**
 * Config text → Topology, the one entry every mode starts from. Whatever AWS would refuse in the
 * generated output (sizes, counts, names) is refused here too, with the path and line that cause
 * it, so nothing is deployed halfway.
 */
var loadTopology = (function(text) {
    const parsed = (0,parse_config/* parseConfig */.o4)(text);
    if (!parsed.ok)
        return parsed;
    const topology = buildTopology(parsed.config);
    const synthesis = (0,synthesize/* synthesize */.D)(topology);
    const problems = [
        ...checkTopologyLimits(topology),
        ...checkSynthesisLimits(topology, synthesis),
        ...(0,replication_loops/* loopProblems */.J1)(topology),
    ];
    if (problems.length > 0) {
        const index = (0,parse_config/* lazy */.RZ)(() => (0,yaml_locations/* indexLocations */.PT)(text));
        const report = (0,check_shape/* createReporter */.A5)(index);
        const written = (path) => index().has((0,yaml_locations/* pathKey */.Pn)(path));
        for (const p of problems)
            report.error([p.path, ...(p.orElse ?? [])].find(written) ?? p.path, p.message);
        return { ok: false, diagnostics: (0,parse_config/* sortByLocation */.pH)([...parsed.warnings, ...report.diagnostics]) };
    }
    return { ok: true, topology, synthesis, warnings: parsed.warnings };
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTopology: () => (/* binding */ loadTopology)
});

// EXTERNAL MODULE: ./src/core/config/check-shape.ts
var check_shape = __webpack_require__(290);
// EXTERNAL MODULE: ./src/core/config/parse-config.ts + 6 modules
var parse_config = __webpack_require__(6766);
// EXTERNAL MODULE: ./src/core/config/yaml-locations.ts
var yaml_locations = __webpack_require__(9162);
// EXTERNAL MODULE: ./src/core/config/regions.ts
var regions = __webpack_require__(9907);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/core/model/adoption.ts
var adoption = __webpack_require__(6697);
;

// EXTERNAL MODULE: ./src/core/templates/replication-role.ts
var replication_role = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/core/templates/replication-rules.ts
var replication_rules = __webpack_require__(1795);
;// CONCATENATED MODULE: ./src/core/model/check-topology.ts


const n = ((x) => x.toLocaleString('en-US'));

// EXTERNAL MODULE: ./src/core/model/replication-loops.ts
var replication_loops = __webpack_require__(7385);
// EXTERNAL MODULE: ./src/core/config/utf8.ts
var utf8 = __webpack_require__(7659);
// EXTERNAL MODULE: ./src/core/model/monitoring.ts
var monitoring = __webpack_require__(5735);
// EXTERNAL MODULE: ./src/core/model/way-back.ts
var way_back = __webpack_require__(4392);
// EXTERNAL MODULE: ./src/core/synth/render-files.ts
var render_files = __webpack_require__(3726);
// EXTERNAL MODULE: ./src/core/quote.ts
var quote = __webpack_require__(3195);
;// CONCATENATED MODULE: ./src/core/synth/check-synthesis.ts





/**
 * CloudFormation's limits on what synth produces (AWS CloudFormation User Guide, "Understand
 * CloudFormation quotas"; CloudFormation API Reference, CreateStack and CreateStackSet).
 */
const CFN_LIMITS = {
    /** `TemplateBody` in a request: deploy sends a template this small inline. */
    templateBody: 51_200,
    /**
     * A template in S3 (`TemplateURL`): documented as "1 MB", read as 1,000,000 bytes, the smaller
     * reading, so a template synth accepts is never refused. Deploy stages anything over the inline
     * limit in S3, minified.
     */
    templateUrl: 1_000_000,
    resources: 500,
    parameters: 200,
    outputs: 200,
    mappings: 200,
    /** Logical ids, parameter, output and mapping names. */
    nameLength: 255,
    /** The template's own Description, in bytes. */
    description: 1_024,
    parameterDescription: 4_000,
    /** One parameter value, in bytes. */
    parameterValue: 4_096,
    /** Stack and StackSet names: a letter, then letters, digits and hyphens. */
    stackName: 128,
};
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const check_synthesis_n = ((x) => x.toLocaleString('en-US'));

// EXTERNAL MODULE: ./src/core/synth/synthesize.ts + 1 modules
var synthesize = __webpack_require__(1771);
;


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var adoptionOf = (function(config) {
    if (config === undefined)
        return {};
    const names = (side) => ({
        replicationRules: [...(side?.replicationRules ?? [])],
        policyStatements: [...(side?.policyStatements ?? [])],
        lifecycleRules: [...(side?.lifecycleRules ?? [])],
        notifications: [...(side?.notifications ?? [])],
    });
    return { adopt: { keep: names(config.keep), drop: names(config.drop) } };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ADOPTED_KINDS),
/* harmony export */   w: () => (/* binding */ adoptionOf)
/* harmony export */ });
/** The kinds of live bucket settings a template replaces as a whole, named as the config names them. */
const ADOPTED_KINDS = [
    'replicationRules',
    'policyStatements',
    'lifecycleRules',
    'notifications',
];


/***/ }),

/***/ 7385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/* unused harmony exports hopsOf, findLoops, describeLoop */
/** Every bucket-to-bucket way the topologies replicate along: each rule's, and each pair's way back. */
var hopsOf = (function(topology) {
    const named = new Set(topology.rules.filter((r) => r.enabled).flatMap((r) => r.destinationIds));
    return topology.destinations.flatMap((d, i) => {
        if (!named.has(d.id))
            return [];
        const out = {
            from: topology.source.bucket,
            to: d.bucket,
            topology: topology.name,
            destinationIndex: i,
            back: false,
        };
        return d.twoWay ? [out, { ...out, from: d.bucket, to: topology.source.bucket, back: true }] : [out];
    });
});
/**
 * The loops among the topologies' buckets. S3 never replicates a replica further, so only a
 * declared two-way pair (A → B and B → A of one topology, with replica modification sync) is a
 * safe cycle. Anything else is refused: two one-way rules written against each other (the
 * hand-built loop), a one-way rule that doubles a pair's way, or a ring through a third bucket,
 * where each bucket's own writes travel on and metadata changes chase each other around.
 */
var findLoops = (function(topologies) {
    const hops = topologies.flatMap(hopsOf);
    const from = new Map();
    for (const h of hops)
        from.set(h.from, [...(from.get(h.from) ?? []), h]);
    const isPair = (a, b) => a.topology === b.topology && a.destinationIndex === b.destinationIndex && a.back !== b.back;
    const loops = [];
    const seen = new Set();
    // Buckets are few (one source and its destinations per topology): a depth-first walk per bucket is enough.
    const walk = (start, path, visited) => {
        for (const h of from.get(path.at(-1)?.to ?? start) ?? []) {
            if (h.to === start) {
                const cycle = [...path, h];
                if (cycle.length === 2 && isPair(cycle[0], cycle[1]))
                    continue;
                const key = canonical(cycle);
                if (!seen.has(key)) {
                    seen.add(key);
                    loops.push({ hops: cycle });
                }
            }
            else if (!visited.has(h.to)) {
                visited.add(h.to);
                walk(start, [...path, h], visited);
                visited.delete(h.to);
            }
        }
    };
    for (const bucket of from.keys())
        walk(bucket, [], new Set([bucket]));
    return loops;
});
/** The same loop found from each of its buckets counts once. */
var canonical = (function(cycle) {
    const ids = cycle.map((h) => `${h.topology}/${h.destinationIndex}/${h.back}`);
    const first = ids.indexOf([...ids].sort()[0]);
    return [...ids.slice(first), ...ids.slice(0, first)].join(' ');
});
/** "a → b → c → a", naming the topology of each hop that another topology declares. */
var describeLoop = (function(loop, home) {
    const hops = loop.hops.map((h) => h.topology === home ? ` → ${h.to}` : ` → ${h.to} (topology "${h.topology}")`);
    return loop.hops[0].from + hops.join('');
});
/** Loops that run through `topology`, as config problems at the destination that closes them. */
var loopProblems = (function(topology, others = []) {
    return findLoops([topology, ...others])
        .filter((loop) => loop.hops.some((h) => h.topology === topology.name))
        .map((loop) => {
        const own = loop.hops.find((h) => h.topology === topology.name);
        return {
            path: ['destinations', own.destinationIndex, own.back ? 'twoWay' : 'bucket'],
            message: `replication would loop: ${describeLoop(loop, topology.name)}. S3 keeps exactly two buckets in sync ` +
                'only as a declared two-way pair (destinations[].twoWay); any other way back to a bucket is refused.',
        };
    });
});
/**
 * Loops across config files (bootstrap sees every config of the repository at once; plan and
 * deploy see one), each named with the files whose rules close it.
 */
var loopsAmong = (function(topologies) {
    const fileOf = new Map(topologies.map((t) => [t.topology.name, t.file]));
    return findLoops(topologies.map((t) => t.topology)).map((loop) => {
        const files = [...new Set(loop.hops.map((h) => fileOf.get(h.topology)))];
        return (`the configs would replicate in a loop: ${describeLoop(loop)} (${files.join(', ')}). Only a declared two-way ` +
            'pair (destinations[].twoWay) may lead back to a bucket: remove one of these rules.');
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ loopProblems),
/* harmony export */   Ql: () => (/* binding */ loopsAmong)
/* harmony export */ });


/***/ })

};
