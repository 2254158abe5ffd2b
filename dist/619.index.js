export const id = 619;
export const ids = [619,892];
export const modules = {

/***/ 3416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * One line per account the configs name: current, or why not. A failure names the cause the
 * operation gave for that account (missing execution role, a resource that failed, ...).
 */
var bootstrapVerdict = (function(result) {
    const lastResult = new Map();
    for (const op of result.operations)
        for (const r of op.results)
            lastResult.set(`${r.account}/${r.region}`, r);
    const instanceOf = new Map(result.instances.map((i) => [`${i.account}/${i.region}`, i]));
    const lines = result.accounts.map((account) => {
        const key = `${account}/${result.region}`;
        const instance = instanceOf.get(key);
        const last = lastResult.get(key);
        if (last?.status === 'FAILED')
            return {
                account,
                region: result.region,
                state: 'failed',
                detail: last.reason ?? instance?.statusReason ?? 'no reason given',
            };
        if (last?.status === 'CANCELLED')
            return {
                account,
                region: result.region,
                state: 'cancelled',
                detail: 'not attempted: the operation stopped after failures reached the failure tolerance',
            };
        if (!instance)
            return {
                account,
                region: result.region,
                state: 'missing',
                detail: result.permissionModel === 'SERVICE_MANAGED'
                    ? "no instance: the account is not in the organizational units given, or it is the organization's management account (service-managed StackSets never deploy there)"
                    : 'no instance',
            };
        if (instance.status !== 'CURRENT')
            return {
                account,
                region: result.region,
                state: 'outdated',
                detail: `${instance.status}${instance.detailedStatus ? ` (${instance.detailedStatus})` : ''}${instance.statusReason ? `: ${instance.statusReason}` : ''}`,
            };
        return {
            account,
            region: result.region,
            state: 'ok',
            detail: last ? `${last.status} in this run` : 'already current',
        };
    });
    const failedOperation = result.operations.some((o) => o.status === 'FAILED' || o.status === 'STOPPED');
    return { ok: !failedOperation && lines.every((l) => l.state === 'ok'), lines };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bootstrapVerdict: () => (/* binding */ bootstrapVerdict)
/* harmony export */ });


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The bootstrap StackSet for a set of topologies. Throws (as a list of problems) when the
 * topologies cannot share one bootstrap: different partitions, stack prefixes or role names.
 */
var desiredStackSet = (function(settings, topologies) {
    const problems = [];
    const notes = [];
    const first = topologies[0].topology;
    const mustAgree = (what, valueOf) => {
        const values = new Map();
        for (const { file, topology } of topologies)
            if (!values.has(valueOf(topology)))
                values.set(valueOf(topology), file);
        if (values.size > 1)
            problems.push(`one bootstrap serves one ${what}, but the configs use ${[...values].map(([v, f]) => `"${v}" (${f})`).join(' and ')}: bootstrap them separately (a stack-set-name each).`);
    };
    mustAgree('partition', (t) => t.partition);
    mustAgree('stack prefix (options.stackPrefix)', (t) => t.stackPrefix);
    problems.push(...(0,_model_replication_loops_js__WEBPACK_IMPORTED_MODULE_3__/* .loopsAmong */ .Ql)(topologies));
    const roleNames = roleNamesOf(topologies, problems);
    if (settings.permissionModel === 'service-managed' && roleNames.perAccount.size > 0)
        problems.push(`accounts ${[...roleNames.perAccount.keys()].join(', ')} rename their roles in the configs (accounts.<id>.*Role): a service-managed StackSet deploys to organizational units and cannot give single accounts other names. Use the same names everywhere, or permission-model: self-managed.`);
    const accounts = [...new Set(topologies.flatMap(({ topology }) => (0,_model_accounts_js__WEBPACK_IMPORTED_MODULE_4__.accountsOf)(topology)))].sort();
    const buckets = topologies.flatMap(({ topology }) => [
        topology.source.bucket,
        ...topology.destinations.map((d) => d.bucket),
    ]);
    const bucketArns = bucketArnsOf(first.partition, buckets);
    if (!bucketArns.ok)
        problems.push(bucketArns.problem);
    else if (bucketArns.patterns.length > 0)
        notes.push(`The configs name ${new Set(buckets).size} buckets, too many to list one by one in the roles' policies: the roles may manage buckets matching ${bucketArns.patterns.map((p) => `"${p}"`).join(', ')}.`);
    // Roles get the common suffix too (…-replication): the execution role may create and change the
    // roles this pattern matches, so it must never match the bootstrap's own roles.
    const rolePattern = patternOf(topologies.flatMap(({ topology }) => [
        topology.source.replicationRoleName,
        topology.source.batchRoleName,
        ...topology.destinations.flatMap((d) => d.twoWay ? [d.twoWay.roleName, (0,_model_way_back_js__WEBPACK_IMPORTED_MODULE_1__.wayBack)(topology, d).source.batchRoleName] : []),
    ]), { keepSuffix: true });
    const ownRoles = [
        ...Object.values(roleNames.common),
        ...[...roleNames.perAccount.values()].flatMap((o) => Object.values(o)),
    ];
    if (!/^[\w+=,.@-]{3}/.test(rolePattern))
        problems.push(`the replication roles' names share no prefix (pattern "${rolePattern}"), and a pattern that starts with a wildcard would let the execution role reach roles the product does not own: bootstrap configs whose replication roles share a prefix (the default is s3-xrepl-<name>-replication) together, and the others separately.`);
    const exposed = [...new Set(ownRoles)].filter((name) => globMatches(rolePattern, name));
    if (exposed.length > 0)
        problems.push(`the replication roles' names (pattern "${rolePattern}") would also match the bootstrap's own roles (${exposed.join(', ')}), and the execution role could rewrite them: give the replication roles (source.replicationRoleName) names that share more, such as a common suffix.`);
    if (Array.isArray(settings.reuseOidcProvider))
        for (const a of settings.reuseOidcProvider)
            if (!accounts.includes(a))
                problems.push(`input "reuse-oidc-provider" names account ${a}, which no config uses (they use ${accounts.join(', ')}).`);
    if (problems.length > 0)
        return { ok: false, problems };
    const { github } = settings;
    const parameters = {
        GitHubOrg: github.org,
        GitHubRepo: github.repo,
        GitHubOrgId: github.orgId ?? '',
        GitHubRepoId: github.repoId ?? '',
        DeployBranch: github.deployBranch,
        DeployEnvironment: github.deployEnvironment,
        OidcProviderArn: '',
        ReuseOidcProvider: String(settings.reuseOidcProvider === 'all'),
        StackPrefix: first.stackPrefix,
        BucketArns: bucketArns.ok ? bucketArns.arns.join(',') : '',
        ProductAccounts: accounts.join(','),
        ManagedRoleNamePattern: rolePattern,
        ReplicationBoundaryName: _model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_REPLICATION_BOUNDARY,
        ...roleNames.common,
        // StackSets override only parameters the StackSet itself declares: every one an account may
        // override is declared here, with the template's default.
        StackSetAdministratorAccount: '',
        CreateStackSetAdministrationRole: 'false',
        StackSetAdministrationRoleName: _model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_STACK_SET_ROLES.administrationRole,
        StackSetExecutionRoleName: _model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_STACK_SET_ROLES.executionRole,
    };
    const overrides = new Map(roleNames.perAccount);
    const add = (account, values) => overrides.set(account, { ...overrides.get(account), ...values });
    const stackSets = stackSetRolesOf(topologies, problems);
    if (problems.length > 0)
        return { ok: false, problems };
    if (stackSets) {
        parameters.StackSetAdministrationRoleName = stackSets.administrationRoleName;
        parameters.StackSetExecutionRoleName = stackSets.executionRoleName;
        if (settings.permissionModel === 'self-managed') {
            // Only the accounts that hold StackSet destinations get a role StackSets can deploy with.
            for (const account of stackSets.destinationAccounts)
                add(account, { StackSetAdministratorAccount: stackSets.administrator });
            add(stackSets.administrator, { CreateStackSetAdministrationRole: 'true' });
        }
        else {
            parameters.StackSetAdministratorAccount = stackSets.administrator;
            notes.push(`A service-managed StackSet cannot single out account ${stackSets.administrator}: create its StackSet administration role (${stackSets.administrationRoleName}) there yourself, or bootstrap it self-managed.`);
        }
    }
    if (Array.isArray(settings.reuseOidcProvider))
        for (const a of settings.reuseOidcProvider)
            overrides.set(a, { ...overrides.get(a), ReuseOidcProvider: 'true' });
    for (const [account, name] of boundaryNamesOf(topologies, problems))
        if (name !== _model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_REPLICATION_BOUNDARY)
            add(account, { ReplicationBoundaryName: name });
    if (problems.length > 0)
        return { ok: false, problems };
    const selfManaged = settings.permissionModel === 'self-managed';
    return {
        ok: true,
        desired: {
            name: settings.stackSetName,
            description: 's3-xrepl bootstrap: GitHub OIDC provider, plan and deploy roles and the CloudFormation execution role.',
            tags: { 's3-xrepl:bootstrap': settings.stackSetName },
            region: settings.region,
            templateBody: JSON.stringify((0,_templates_bootstrap_template_js__WEBPACK_IMPORTED_MODULE_2__/* .buildBootstrapTemplate */ .Z)()),
            parameters,
            permissionModel: selfManaged ? 'SELF_MANAGED' : 'SERVICE_MANAGED',
            ...(selfManaged && settings.administrationRoleArn
                ? { administrationRoleArn: settings.administrationRoleArn }
                : {}),
            ...(selfManaged && settings.executionRoleName ? { executionRoleName: settings.executionRoleName } : {}),
            // Accounts that leave the organization keep their roles: removing them is for a human to decide.
            ...(selfManaged
                ? {}
                : { autoDeployment: { Enabled: settings.autoDeployment, RetainStacksOnAccountRemoval: true } }),
            accounts,
            overrides,
            organizationalUnits: selfManaged ? [] : settings.organizationalUnits,
            notes,
        },
    };
});
/**
 * Configs that deploy their destinations as a StackSet: one administrator account and one pair of
 * role names for all of them, since every destination account trusts exactly that role.
 */
var stackSetRolesOf = (function(topologies, problems) {
    const using = topologies.filter((t) => t.topology.destinationStackSet);
    if (using.length === 0)
        return undefined;
    const described = (t) => {
        const s = t.destinationStackSet;
        return `${s.account}, ${s.administrationRoleArn.slice(s.administrationRoleArn.lastIndexOf('/') + 1)}, ${s.executionRoleName}`;
    };
    const variants = new Map(using.map((t) => [described(t.topology), t.file]));
    if (variants.size > 1)
        problems.push(`configs with destinationStackSet must share one administrator account and role names, but they use ${[...variants].map(([v, f]) => `(${v}) in ${f}`).join(' and ')}.`);
    const first = using[0].topology.destinationStackSet;
    return {
        administrator: first.account,
        administrationRoleName: first.administrationRoleArn.slice(first.administrationRoleArn.lastIndexOf('/') + 1),
        executionRoleName: first.executionRoleName,
        destinationAccounts: [...new Set(using.flatMap((t) => t.topology.destinations.map((d) => d.account)))],
    };
});
/**
 * The permissions boundary each source account's replication roles carry (accounts.<id>.permissionsBoundary):
 * the bootstrap creates it under that name. Two configs naming two boundaries in one account cannot share it.
 */
var boundaryNamesOf = (function(topologies, problems) {
    const names = new Map();
    for (const { file, topology } of topologies) {
        const arn = topology.source.replicationBoundaryArn;
        if (arn === undefined)
            continue;
        const name = arn.slice(arn.lastIndexOf('/') + 1);
        const before = names.get(topology.source.account);
        if (before && before.name !== name)
            problems.push(`account ${topology.source.account} has permissionsBoundary "${before.name}" in ${before.file} but "${name}" in ${file}: one account has one boundary.`);
        else
            names.set(topology.source.account, { name, file });
    }
    return new Map([...names].map(([account, { name }]) => [account, name]));
});
/**
 * The role names, per account. The configs may rename an account's roles; the StackSet gets the
 * names most accounts use, and the others get per-account overrides. One account named two ways
 * by two configs cannot be bootstrapped.
 */
var roleNamesOf = (function(topologies, problems) {
    const common = {};
    const perAccount = new Map();
    const kinds = [
        ['PlanRoleName', 'planRoleArn', 'planRole'],
        ['DeployRoleName', 'deployRoleArn', 'deployRole'],
        ['ExecutionRoleName', 'executionRoleArn', 'executionRole'],
    ];
    for (const [parameter, field, key] of kinds) {
        const names = new Map();
        for (const { file, topology } of topologies)
            for (const [account, roles] of Object.entries(topology.accounts)) {
                const arn = roles[field];
                if (!arn)
                    continue;
                const name = arn.slice(arn.lastIndexOf('/') + 1);
                const before = names.get(account);
                if (before && before.name !== name)
                    problems.push(`account ${account} has ${key} "${before.name}" in ${before.file} but "${name}" in ${file}: one account has one set of roles.`);
                else
                    names.set(account, { name, file });
            }
        const counts = new Map([[_model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ROLES[key], 0]]);
        for (const { name } of names.values())
            counts.set(name, (counts.get(name) ?? 0) + 1);
        // Most used wins; on a tie the default, then the name the configs mention first (sort is stable).
        const def = _model_names_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_ROLES[key];
        const chosen = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === def ? -1 : b[0] === def ? 1 : 0))[0][0];
        common[parameter] = chosen;
        for (const [account, { name }] of names)
            if (name !== chosen)
                perAccount.set(account, { ...perAccount.get(account), [parameter]: name });
    }
    return { common, perAccount };
});
/**
 * The longest common prefix of the names (and, with keepSuffix, of what follows it, the longest
 * common suffix) as an IAM resource pattern: "*" when they share nothing.
 */
var patternOf = (function(names, opts = {}) {
    const unique = [...new Set(names)];
    if (unique.length === 1)
        return unique[0];
    let prefix = unique[0] ?? '';
    for (const n of unique)
        while (!n.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    if (!opts.keepSuffix)
        return `${prefix}*`;
    let suffix = unique[0] ?? '';
    for (const n of unique)
        while (!n.endsWith(suffix))
            suffix = suffix.slice(1);
    // From a separator on (-replication, not s-replication): the next config's name still fits.
    const separator = suffix.search(/[-_.]/);
    suffix = separator < 0 ? '' : suffix.slice(separator);
    // The suffix is kept whole (s3-xrepl-orders*-replication covers s3-xrepl-orders-replication and
    // s3-xrepl-orders-batch-replication); the prefix gives way where the two would overlap.
    const shortest = Math.min(...unique.map((n) => n.length));
    return `${prefix.slice(0, Math.max(0, shortest - suffix.length))}*${suffix}`;
});
/**
 * The buckets the roles may reach, as ARNs: each bucket by name when the list fits the budget;
 * otherwise the names sharing the longest prefixes are merged into `prefix*` patterns, one merge at
 * a time, until it fits. Never `*`: when no two names share enough of a prefix, it is refused.
 */
var bucketArnsOf = (function(partition, names, budget = BUCKET_ARNS_BUDGET) {
    let patterns = [...new Set(names)].sort();
    const arnsOf = (ps) => ps.map((p) => `arn:${partition}:s3:::${p}`);
    while (arnsOf(patterns).join(',').length > budget) {
        let best;
        for (let i = 0; i + 1 < patterns.length; i++) {
            const prefix = commonPrefix(patterns[i].replace(/\*$/, ''), patterns[i + 1].replace(/\*$/, ''));
            if (prefix.length >= MIN_PATTERN_PREFIX && prefix.length > (best?.prefix.length ?? 0))
                best = { at: i, prefix };
        }
        if (!best)
            return {
                ok: false,
                problem: `the configs name ${patterns.length} buckets (or name patterns) that share no prefix of ${MIN_PATTERN_PREFIX} or more characters, and listing them would not fit the roles' policies: bootstrap fewer configs at once (a stack-set-name each), or give the buckets a common name prefix.`,
            };
        const merged = `${best.prefix}*`;
        patterns = [
            ...new Set([...patterns.filter((p) => !globMatches(merged, p.replace(/\*$/, ''))), merged]),
        ].sort();
    }
    return { ok: true, arns: arnsOf(patterns), patterns: patterns.filter((p) => p.endsWith('*')) };
});
var commonPrefix = (function(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return a.slice(0, i);
});
/** IAM's resource wildcards: * any run of characters, ? one. */
var globMatches = (function(pattern, name) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`).test(name);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xf: () => (/* binding */ desiredStackSet),
/* harmony export */   _4: () => (/* binding */ BOOTSTRAP_CAPABILITIES)
/* harmony export */ });
/* unused harmony exports patternOf, BUCKET_ARNS_BUDGET, bucketArnsOf, globMatches */
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1837);
/* harmony import */ var _model_accounts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5665);
/* harmony import */ var _model_replication_loops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7385);
/* harmony import */ var _model_way_back_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4392);
/* harmony import */ var _templates_bootstrap_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7611);





const BOOTSTRAP_CAPABILITIES = ['CAPABILITY_NAMED_IAM'];
/**
 * How much of the roles' policies the bucket list may take: it appears up to four times in one
 * policy (the deploy role's reads, canary objects and canary key contexts), and IAM allows 6,144
 * characters in a managed policy (the boundary) and 10,240 in a role's inline policies.
 */
const BUCKET_ARNS_BUDGET = 1_200;
/** A pattern must keep at least this much of a name: "ac*" would reach far beyond the product. */
const MIN_PATTERN_PREFIX = 3;


/***/ }),

/***/ 4451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The operations that bring the StackSet from what it is to what the configs need. Never removes
 * an instance: bootstrap roles may be in use by other workflows, and removing them is a human call.
 */
var stackSetChanges = (function(desired, current) {
    if (!current) {
        return {
            ok: true,
            changes: { steps: [{ kind: 'create-stack-set' }, ...instanceSteps(desired, [])], unmanaged: [] },
        };
    }
    if (current.permissionModel !== desired.permissionModel)
        return {
            ok: false,
            problem: `StackSet ${desired.name} is ${current.permissionModel}, not ${desired.permissionModel}: a StackSet's permission model cannot change. Set permission-model to match, or use another stack-set-name.`,
        };
    const why = stackSetDifferences(desired, current);
    const steps = why.length > 0 ? [{ kind: 'update-stack-set', why }] : [];
    const here = current.instances.filter((i) => i.region === desired.region);
    steps.push(...instanceSteps(desired, here, why.length > 0));
    const wanted = new Set(desired.accounts);
    const unmanaged = desired.permissionModel === 'SELF_MANAGED'
        ? current.instances.filter((i) => !wanted.has(i.account) || i.region !== desired.region)
        : [];
    return { ok: true, changes: { steps, unmanaged } };
});
var stackSetDifferences = (function(desired, current) {
    const why = [];
    if (canonicalJson(current.templateBody) !== canonicalJson(desired.templateBody))
        why.push('the bootstrap template changed');
    const names = [...new Set([...Object.keys(desired.parameters), ...Object.keys(current.parameters)])].sort();
    const changed = names.filter((n) => (desired.parameters[n] ?? '') !== (current.parameters[n] ?? ''));
    if (changed.length > 0)
        why.push(`parameters changed: ${changed.join(', ')}`);
    if (current.tags && tagsDiffer(current.tags, desired.tags))
        why.push('tags changed');
    if (desired.administrationRoleArn && desired.administrationRoleArn !== current.administrationRoleArn)
        why.push('the administration role changed');
    if (desired.executionRoleName && desired.executionRoleName !== current.executionRoleName)
        why.push('the execution role name changed');
    if (desired.autoDeployment &&
        (desired.autoDeployment.Enabled !== current.autoDeployment?.Enabled ||
            desired.autoDeployment.RetainStacksOnAccountRemoval !==
                current.autoDeployment?.RetainStacksOnAccountRemoval))
        why.push('auto-deployment changed');
    return why;
});
var instanceSteps = (function(desired, existing, stackSetUpdated = false) {
    if (desired.permissionModel === 'SERVICE_MANAGED') {
        const reached = new Set(existing.map((i) => i.organizationalUnitId));
        const missing = desired.organizationalUnits.filter((ou) => !reached.has(ou));
        const steps = missing.length > 0 ? [{ kind: 'deploy-to-ous', organizationalUnits: missing }] : [];
        // Instances a failed operation left behind are retried, as self-managed ones are below.
        const stale = stackSetUpdated
            ? []
            : existing.filter((i) => i.status !== 'CURRENT' && i.organizationalUnitId);
        if (stale.length > 0)
            steps.push({
                kind: 'update-instances',
                accounts: stale.map((i) => i.account),
                overrides: {},
                why: `they are ${[...new Set(stale.map((i) => i.status))].join(', ')}`,
                organizationalUnits: [...new Set(stale.map((i) => i.organizationalUnitId))],
            });
        return steps;
    }
    const byAccount = new Map(existing.map((i) => [i.account, i]));
    const create = new Map();
    const update = new Map();
    for (const account of desired.accounts) {
        const overrides = desired.overrides.get(account) ?? {};
        const key = JSON.stringify(overrides);
        const instance = byAccount.get(account);
        if (!instance) {
            create.set(key, [...(create.get(key) ?? []), account]);
            continue;
        }
        const reasons = [];
        if (JSON.stringify(sorted(instance.overrides)) !== JSON.stringify(sorted(overrides)))
            reasons.push('its parameter overrides changed');
        // An UpdateStackSet already retries every instance.
        else if (instance.status !== 'CURRENT' && !stackSetUpdated)
            reasons.push(`it is ${instance.status}`);
        if (reasons.length === 0)
            continue;
        const group = update.get(key) ?? { accounts: [], why: new Set() };
        group.accounts.push(account);
        for (const r of reasons)
            group.why.add(r);
        update.set(key, group);
    }
    return [
        ...[...create].map(([key, accounts]) => ({
            kind: 'create-instances',
            accounts,
            overrides: JSON.parse(key),
        })),
        ...[...update].map(([key, g]) => ({
            kind: 'update-instances',
            accounts: g.accounts,
            overrides: JSON.parse(key),
            why: [...g.why].join('; '),
        })),
    ];
});
/** A StackSet update carries its tags to every instance stack: a change there is a change. */
var tagsDiffer = (function(a, b) {
    return JSON.stringify(sorted(a)) !== JSON.stringify(sorted(b));
});
var sorted = (function(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
});
/** Templates compared as data: key order and whitespace do not count. */
var canonicalJson = (function(text) {
    try {
        return JSON.stringify(sortKeys(JSON.parse(text)));
    }
    catch {
        return text;
    }
});
var sortKeys = (function(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, sortKeys(x)]));
    return v;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   g9: () => (/* binding */ tagsDiffer),
/* harmony export */   mJ: () => (/* binding */ stackSetChanges)
/* harmony export */ });


/***/ }),

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var renderAll = (function(parts) {
    return join([...parts.head, ...parts.details.map((d) => renderDetail(d)), ...parts.tail]);
});
/**
 * The report within `limit` characters (JavaScript string length, which is what GitHub counts for
 * the common case; surrogate pairs make it conservative). Details keep their order; the first that
 * does not fit is shortened, the rest are replaced by `omitted(n)`.
 */
var renderWithin = (function(parts, limit, omitted) {
    const whole = renderAll(parts);
    if (whole.length <= limit)
        return whole;
    const fixed = join([...parts.head, omitted(parts.details.length), ...parts.tail]).length;
    let room = limit - fixed;
    const kept = [];
    let i = 0;
    for (; i < parts.details.length; i++) {
        const full = renderDetail(parts.details[i]);
        if (full.length + 2 <= room) {
            kept.push(full);
            room -= full.length + 2;
            continue;
        }
        if (room - 2 >= MIN_USEFUL_DETAIL && !parts.details[i].whole) {
            const cut = renderDetail(parts.details[i], room - 2);
            if (cut !== undefined) {
                kept.push(cut);
                i++;
            }
        }
        break;
    }
    const rest = parts.details.length - i;
    return join([...parts.head, ...kept, ...(rest > 0 ? [omitted(rest)] : []), ...parts.tail]);
});
var join = (function(blocks) {
    return blocks.join('\n\n') + '\n';
});
/** One `<details>` block, shortened to `maxChars` by dropping lines from the end; undefined if even that cannot fit. */
var renderDetail = (function(d, maxChars = Number.POSITIVE_INFINITY) {
    const lines = d.fence !== undefined ? d.lines.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeLine */ .U_) : d.lines;
    const fence = d.fence !== undefined ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(lines) : '';
    const build = (lines, dropped) => {
        const body = d.fence !== undefined ? [`${fence}${d.fence}`, ...lines, fence] : [...lines];
        const note = dropped > 0 ? [`_${dropped} more lines not shown here: see the job summary._`] : [];
        return [
            d.open ? '<details open>' : '<details>',
            `<summary>${d.summary}</summary>`,
            '',
            ...body,
            ...note,
            '',
            '</details>',
        ].join('\n');
    };
    const full = build(lines, 0);
    if (full.length <= maxChars)
        return full;
    if (d.whole)
        return undefined;
    // Longest prefix of lines that fits, by binary search on the count.
    let lo = 0;
    let hi = lines.length - 1;
    let best;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const text = build(lines.slice(0, mid), lines.length - mid);
        if (text.length <= maxChars) {
            best = text;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   renderAll: () => (/* binding */ renderAll),
/* harmony export */   renderDetail: () => (/* binding */ renderDetail),
/* harmony export */   renderWithin: () => (/* binding */ renderWithin)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);

/** GitHub's limit for an issue or pull request comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Below this, a shortened detail says too little to be worth its summary line. */
const MIN_USEFUL_DETAIL = 400;


/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The bootstrap report, for the job summary and the CLI: every account, and why one is not current. */
var renderBootstrap = (function(r) {
    const verdict = (0,_bootstrap_bootstrap_result_js__WEBPACK_IMPORTED_MODULE_0__.bootstrapVerdict)(r);
    const bad = verdict.lines.filter((l) => l.state !== 'ok');
    const head = [
        `### s3-xrepl bootstrap · StackSet ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.stackSetName)} · ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(r.region)} · ${r.permissionModel === 'SELF_MANAGED' ? 'self-managed' : 'service-managed'}`,
        verdict.ok
            ? `✅ **Bootstrapped**: all ${r.accounts.length} accounts the configs name have a current instance${r.operations.length === 0 ? ' (nothing to change)' : ''}.`
            : bad.length > 0
                ? `❌ **Bootstrap incomplete**: ${bad.length} of ${r.accounts.length} accounts are not current.`
                : `❌ **Bootstrap incomplete**: ${failedOperations(r)}.`,
        ...(bad.length > 0
            ? [
                [
                    '> [!CAUTION]',
                    ...bad.map((l) => `> - **${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.account)}** (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.region)}): ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.detail)}`),
                ].join('\n'),
            ]
            : []),
        [
            '| Account | Region | Instance | Detail |',
            '|---|---|---|---|',
            ...verdict.lines.map((l) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.region)} | ${STATE[l.state]} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(l.detail)} |`),
        ].join('\n'),
        ...(r.unmanaged.length > 0
            ? [
                `> [!NOTE]\n> Instances in accounts or regions no config names were not removed (their roles may be in use; an update of the whole StackSet still reaches them): ${r.unmanaged.map((i) => `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(i.account)} (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(i.region)})`).join(', ')}.`,
            ]
            : []),
        ...(r.notStarted.length > 0
            ? [
                `> [!WARNING]\n> Not started, because an operation before them failed: ${r.notStarted.map((s) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(stepText(s))).join('; ')}.`,
            ]
            : []),
        ...r.notes.map((n) => `> [!NOTE]\n> ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(n)}`),
    ];
    const details = r.operations.map((op) => ({
        summary: `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(stepText(op.step))}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(op.status)}${op.operationId ? ` (operation <code>${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(op.operationId)}</code>)` : ''}`,
        lines: op.results.length === 0
            ? [op.reason ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(op.reason) : 'No instance results.']
            : [
                '| Account | Region | Result | Reason |',
                '|---|---|---|---|',
                ...op.results.map((x) => `| ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(x.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(x.region)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(x.status)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(x.reason ?? '')} |`),
            ],
    }));
    return { head, details, tail: [] };
});
var failedOperations = (function(r) {
    return r.operations
        .filter((o) => o.status === 'FAILED' || o.status === 'STOPPED')
        .map((o) => `${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(stepText(o.step))} ended ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(o.status)}${o.reason ? ` (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(o.reason)})` : ''}`)
        .join('; ');
});
var stepText = (function(step) {
    switch (step.kind) {
        case 'create-stack-set':
            return 'create the StackSet';
        case 'update-stack-set':
            return `update every instance (${step.why.join('; ')})`;
        case 'create-instances':
            if (step.label)
                return `add the instance of ${step.label}`;
            return `add instances in ${step.accounts.join(', ')}${overridesText(step.overrides)}`;
        case 'deploy-to-ous':
            return `deploy to ${step.organizationalUnits.join(', ')}`;
        case 'update-instances':
            if (step.label)
                return `update the instance of ${step.label} (${step.why})`;
            return `update instances in ${step.accounts.join(', ')} (${step.why})${overridesText(step.overrides)}`;
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderBootstrap: () => (/* binding */ renderBootstrap),
/* harmony export */   stepText: () => (/* binding */ stepText)
/* harmony export */ });
/* harmony import */ var _bootstrap_bootstrap_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3416);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3502);


const STATE = {
    ok: '✅ current',
    failed: '❌ failed',
    cancelled: '⏹️ cancelled',
    outdated: '⚠️ outdated',
    missing: '⚠️ no instance',
};
const overridesText = ((o) => Object.keys(o).length > 0
    ? ` with ${Object.entries(o)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`
    : '');


/***/ }),

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The StackSet with every instance (and, for self-managed ones, their overrides), or undefined. */
var readStackSet = (async function(name, deps) {
    let stackSet;
    try {
        ({ StackSet: stackSet } = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStackSetCommand({ StackSetName: name, ...callAs(deps) })));
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
    if (!stackSet)
        return undefined;
    const summaries = await listInstances(name, deps);
    const selfManaged = stackSet.PermissionModel !== 'SERVICE_MANAGED';
    const instances = await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_5__.mapLimit)(summaries, DESCRIBE_CONCURRENCY, async (s) => {
        if (!selfManaged)
            return s;
        const { StackInstance } = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStackInstanceCommand({
            StackSetName: name,
            StackInstanceAccount: s.account,
            StackInstanceRegion: s.region,
            ...callAs(deps),
        }));
        return { ...s, overrides: (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_3__.parameterMap)(StackInstance?.ParameterOverrides) };
    });
    return {
        templateBody: stackSet.TemplateBody ?? '',
        parameters: (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_3__.parameterMap)(stackSet.Parameters),
        permissionModel: stackSet.PermissionModel ?? 'SELF_MANAGED',
        ...(stackSet.AdministrationRoleARN ? { administrationRoleArn: stackSet.AdministrationRoleARN } : {}),
        ...(stackSet.ExecutionRoleName ? { executionRoleName: stackSet.ExecutionRoleName } : {}),
        ...(stackSet.AutoDeployment ? { autoDeployment: stackSet.AutoDeployment } : {}),
        ...(stackSet.Tags
            ? { tags: Object.fromEntries(stackSet.Tags.map((t) => [t.Key ?? '', t.Value ?? ''])) }
            : {}),
        instances,
    };
});
/**
 * StackSets keep every operation id for good: the run's id alone would collide when a run (or the
 * CLI) runs operations twice. `step` tells this run's operations apart. Letters, digits and
 * hyphens, up to 128.
 */
var operationIdOf = (function(runId, startedAt, step) {
    return `s3-xrepl-${runId}-${startedAt.toString(36)}-${step}`.replace(/[^A-Za-z0-9-]/g, '-').slice(-128);
});
/** Every instance of a StackSet that may not exist yet (none, then). */
var instancesIfAny = (async function(name, deps) {
    return listInstances(name, deps).catch((e) => {
        if (isNotFound(e))
            return [];
        throw e;
    });
});
/** Every instance, every page. */
var listInstances = (async function(name, deps) {
    const out = [];
    let token;
    do {
        const page = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.ListStackInstancesCommand({
            StackSetName: name,
            ...callAs(deps),
            ...(token ? { NextToken: token } : {}),
        }));
        for (const s of page.Summaries ?? [])
            out.push({
                account: s.Account ?? '',
                region: s.Region ?? '',
                status: s.Status ?? 'UNKNOWN',
                ...(s.StackInstanceStatus?.DetailedStatus
                    ? { detailedStatus: s.StackInstanceStatus.DetailedStatus }
                    : {}),
                ...(s.StatusReason ? { statusReason: s.StatusReason } : {}),
                ...(s.OrganizationalUnitId ? { organizationalUnitId: s.OrganizationalUnitId } : {}),
                ...(s.StackId ? { stackId: s.StackId } : {}),
                overrides: {},
            });
        token = page.NextToken;
    } while (token);
    return out;
});
/**
 * Runs one step and, for those that start an operation, waits for it (bounded) and reads every
 * instance's result. Another operation already running (a parallel workflow) is waited for once.
 */
var runStep = (async function(step, desired, operationId, deps) {
    if (step.kind === 'create-stack-set') {
        await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.CreateStackSetCommand({
            StackSetName: desired.name,
            Description: desired.description,
            TemplateBody: desired.templateBody,
            Parameters: parameterList(desired.parameters),
            Capabilities: [..._core_bootstrap_bootstrap_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOTSTRAP_CAPABILITIES */ ._4],
            PermissionModel: desired.permissionModel,
            ...(desired.administrationRoleArn ? { AdministrationRoleARN: desired.administrationRoleArn } : {}),
            ...(desired.executionRoleName ? { ExecutionRoleName: desired.executionRoleName } : {}),
            ...(desired.autoDeployment ? { AutoDeployment: desired.autoDeployment } : {}),
            Tags: Object.entries(desired.tags).map(([Key, Value]) => ({ Key, Value })),
            ClientRequestToken: operationId,
            ...callAs(deps),
        }));
        deps.logger.info(`StackSet ${desired.name}: created (${desired.permissionModel})`);
        return { step, status: 'CREATED', results: [] };
    }
    const start = () => startOperation(step, desired, operationId, deps).catch((e) => {
        // The SDK retried a request whose first attempt did start the operation: it is ours.
        if (e.name === 'OperationIdAlreadyExistsException')
            return undefined;
        throw e;
    });
    try {
        await start();
    }
    catch (e) {
        if (!inProgress(e))
            throw e;
        await waitForRunningOperation(desired.name, deps);
        await start();
    }
    deps.logger.info(`StackSet ${desired.name}: ${(0,_core_report_render_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__.stepText)(step)} (operation ${operationId})`);
    return waitForOperation(step, desired.name, operationId, deps);
});
var startOperation = (async function(step, desired, operationId, deps) {
    const common = {
        StackSetName: desired.name,
        OperationPreferences: deps.preferences,
        OperationId: operationId,
        ...callAs(deps),
    };
    switch (step.kind) {
        case 'update-stack-set':
            // No accounts or regions: the update reaches every instance, including ones a failed run left OUTDATED.
            return deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.UpdateStackSetCommand({
                ...common,
                TemplateBody: desired.templateBody,
                Parameters: parameterList(desired.parameters),
                Capabilities: [..._core_bootstrap_bootstrap_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOTSTRAP_CAPABILITIES */ ._4],
                ...(desired.administrationRoleArn ? { AdministrationRoleARN: desired.administrationRoleArn } : {}),
                ...(desired.executionRoleName ? { ExecutionRoleName: desired.executionRoleName } : {}),
                ...(desired.autoDeployment ? { AutoDeployment: desired.autoDeployment } : {}),
                Tags: Object.entries(desired.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
        case 'create-instances':
            return deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.CreateStackInstancesCommand({
                ...common,
                Accounts: [...step.accounts],
                Regions: [...(step.regions ?? [desired.region])],
                ParameterOverrides: parameterList(step.overrides),
            }));
        case 'deploy-to-ous':
            return deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.CreateStackInstancesCommand({
                ...common,
                DeploymentTargets: { OrganizationalUnitIds: [...step.organizationalUnits] },
                Regions: [desired.region],
            }));
        case 'update-instances':
            // An empty list sets every override back to the StackSet's value, which is what "none" means.
            return deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.UpdateStackInstancesCommand({
                ...common,
                // Service-managed StackSets address accounts only within OUs.
                ...(step.organizationalUnits
                    ? {
                        DeploymentTargets: {
                            OrganizationalUnitIds: [...step.organizationalUnits],
                            Accounts: [...step.accounts],
                            AccountFilterType: 'INTERSECTION',
                        },
                    }
                    : { Accounts: [...step.accounts] }),
                Regions: [...(step.regions ?? [desired.region])],
                ParameterOverrides: parameterList(step.overrides),
            }));
    }
});
var waitForOperation = (async function(step, name, operationId, deps) {
    const operation = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)(async () => {
        const { StackSetOperation: op } = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStackSetOperationCommand({
            StackSetName: name,
            OperationId: operationId,
            ...callAs(deps),
        }));
        return op?.Status && TERMINAL.has(op.Status) ? op : undefined;
    }, { clock: deps.clock, timeoutMs: deps.timeoutMs, what: `StackSet ${name} operation ${operationId}` });
    return {
        step,
        operationId,
        status: operation.Status,
        ...(operation.StatusReason ? { reason: operation.StatusReason } : {}),
        results: await operationResults(name, operationId, deps),
    };
});
var operationResults = (async function(name, operationId, deps) {
    const out = [];
    let token;
    do {
        const page = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.ListStackSetOperationResultsCommand({
            StackSetName: name,
            OperationId: operationId,
            ...callAs(deps),
            ...(token ? { NextToken: token } : {}),
        }));
        for (const r of page.Summaries ?? [])
            out.push({
                account: r.Account ?? '',
                region: r.Region ?? '',
                status: r.Status ?? 'UNKNOWN',
                ...(r.StatusReason ? { reason: r.StatusReason } : {}),
                ...(r.OrganizationalUnitId ? { organizationalUnitId: r.OrganizationalUnitId } : {}),
            });
        token = page.NextToken;
    } while (token);
    return out;
});
/** Another run's operation (or a console user's) holds the StackSet: wait for it, once. */
var waitForRunningOperation = (async function(name, deps) {
    let running;
    let token;
    do {
        const page = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.ListStackSetOperationsCommand({
            StackSetName: name,
            ...callAs(deps),
            ...(token ? { NextToken: token } : {}),
        }));
        running = (page.Summaries ?? []).find((o) => o.Status && !TERMINAL.has(o.Status));
        token = running ? undefined : page.NextToken;
    } while (token);
    if (!running?.OperationId)
        return;
    deps.logger.info(`StackSet ${name}: operation ${running.OperationId} (${running.Action}) is running; waiting for it first`);
    await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)(async () => {
        const { StackSetOperation: op } = await deps.cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStackSetOperationCommand({
            StackSetName: name,
            OperationId: running.OperationId,
            ...callAs(deps),
        }));
        return op?.Status && TERMINAL.has(op.Status) ? true : undefined;
    }, {
        clock: deps.clock,
        timeoutMs: deps.timeoutMs,
        what: `StackSet ${name} operation ${running.OperationId}, started elsewhere`,
    });
});
var parameterList = (function(values) {
    return Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ instancesIfAny),
/* harmony export */   ND: () => (/* binding */ listInstances),
/* harmony export */   cK: () => (/* binding */ operationIdOf),
/* harmony export */   ds: () => (/* binding */ readStackSet),
/* harmony export */   eg: () => (/* binding */ runStep)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _core_bootstrap_bootstrap_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2927);
/* harmony import */ var _core_report_render_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4091);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3063);
/* harmony import */ var _deploy_stack_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5804);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9130);






const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'STOPPED']);
/** Instances described at once when reading their overrides: polite to the API at fleet scale. */
const DESCRIBE_CONCURRENCY = 4;
const isNotFound = ((e) => e.name === 'StackSetNotFoundException');
const inProgress = ((e) => e.name === 'OperationInProgressException');
const callAs = ((deps) => (deps.callAs ? { CallAs: deps.callAs } : {}));


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Runs `work` over `items` with at most `limit` at once, keeping the order of the results. */
var mapLimit = (async function(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
    return out;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mapLimit: () => (/* binding */ mapLimit)
/* harmony export */ });


/***/ })

};
