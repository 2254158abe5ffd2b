export const id = 302;
export const ids = [302];
export const modules = {

/***/ 4116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** A manifest stack's parameters with each output reference replaced by the value deployed earlier. */
var resolveParameters = (function(stackName, parameters, outputs) {
    const out = {};
    for (const [name, value] of Object.entries(parameters)) {
        if (typeof value === 'string') {
            out[name] = value;
            continue;
        }
        const fromStack = outputs.get(value.fromStack);
        const resolved = fromStack === undefined && value.orElse !== undefined ? value.orElse : fromStack?.[value.output];
        if (resolved === undefined) {
            throw new Error(`internal: ${stackName} needs output ${value.output} of ${value.fromStack}, which ${fromStack ? 'has no such output' : 'was not deployed first'}`);
        }
        out[name] = resolved;
    }
    return out;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ resolveParameters)
/* harmony export */ });


/***/ }),

/***/ 5069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/**
 * What a change set would list, worked out from two templates alone: for plans that cannot ask
 * CloudFormation (no credentials) or cannot yet (inputs known only after another stack deploys).
 * Values stay as the templates write them (Ref, Fn::Sub), so this is a diff of intent, not of
 * resolved values; a property that only reads a changed parameter is not seen as changed.
 */
var diffTemplates = (function(before, after) {
    const old = (before?.Resources ?? {});
    const now = after.Resources;
    const changes = [];
    for (const [logicalId, r] of Object.entries(now)) {
        const was = old[logicalId];
        const props = r.Properties ?? {};
        if (!was || was.Type !== r.Type) {
            if (was)
                changes.push(removal(logicalId, was));
            changes.push({ logicalId, resourceType: r.Type, action: 'Add', properties: [], after: props });
            continue;
        }
        const wasProps = was.Properties ?? {};
        const changed = [...new Set([...Object.keys(wasProps), ...Object.keys(props)])].filter((k) => !sameValue(wasProps[k], props[k]));
        if (changed.length === 0)
            continue;
        const replacing = _resource_change_js__WEBPACK_IMPORTED_MODULE_0__/* .REPLACEMENT_PROPERTIES */ .NG[r.Type] ?? [];
        changes.push({
            logicalId,
            resourceType: r.Type,
            action: 'Modify',
            replacement: changed.some((k) => replacing.includes(k)) ? 'True' : 'False',
            properties: changed.sort(),
            before: wasProps,
            after: props,
        });
    }
    for (const [logicalId, was] of Object.entries(old))
        if (!(logicalId in now))
            changes.push(removal(logicalId, was));
    return changes;
});
var removal = (function(logicalId, r) {
    return { logicalId, resourceType: r.Type, action: 'Remove', properties: [], before: r.Properties ?? {} };
});
/** Structural equality of JSON values; key order does not matter, list order does. */
var sameValue = (function(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bs = b;
        return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
    }
    const ao = a;
    const bo = b;
    const keys = Object.keys(ao);
    return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && sameValue(ao[k], bo[k]));
});
/**
 * `diffTemplates`, plus the properties that read a parameter whose value changes (by Ref, Fn::Sub,
 * or Fn::If on a condition that reads it): the template text is the same, the resolved value not.
 */
var diffStack = (function(before, after, changedParameters, 
/** The parameter values on both sides, where known: they tell a resource's Condition flipping. */
values) {
    const changes = diffTemplates(before, after);
    if (!before || changedParameters.size === 0)
        return changes;
    const conditions = affectedConditions(after, changedParameters);
    changes.push(...conditionFlips(before, after, conditions, values));
    const reads = (v) => readsAny(v, changedParameters, conditions);
    const old = (before.Resources ?? {});
    for (const [logicalId, r] of Object.entries(after.Resources)) {
        if (old[logicalId]?.Type !== r.Type)
            continue;
        const props = Object.entries(r.Properties ?? {})
            .filter(([, v]) => reads(v))
            .map(([k]) => k);
        if (props.length === 0)
            continue;
        const i = changes.findIndex((c) => c.logicalId === logicalId && c.action === 'Modify');
        const merged = [...new Set([...(i >= 0 ? changes[i].properties : []), ...props])].sort();
        const replacing = _resource_change_js__WEBPACK_IMPORTED_MODULE_0__/* .REPLACEMENT_PROPERTIES */ .NG[r.Type] ?? [];
        const change = {
            logicalId,
            resourceType: r.Type,
            action: 'Modify',
            replacement: merged.some((k) => replacing.includes(k)) ? 'True' : 'False',
            properties: merged,
            before: old[logicalId].Properties ?? {},
            after: r.Properties ?? {},
        };
        if (i >= 0)
            changes[i] = change;
        else
            changes.push(change);
    }
    return changes;
});
/**
 * Resources present in both templates whose own Condition may change value: with the parameter
 * values, the resource is added or removed; without them, it may be (reported as such).
 */
var conditionFlips = (function(before, after, affected, values) {
    const old = (before.Resources ?? {});
    const out = [];
    for (const [logicalId, r] of Object.entries(after.Resources)) {
        const was = old[logicalId];
        if (!r.Condition || !affected.has(r.Condition) || was?.Type !== r.Type || was.Condition !== r.Condition)
            continue;
        if (!values) {
            out.push({
                logicalId,
                resourceType: r.Type,
                action: 'Modify',
                replacement: 'Conditional',
                properties: ['Condition'],
                before: was.Properties ?? {},
                after: r.Properties ?? {},
            });
            continue;
        }
        const existed = conditionValue(before, was.Condition, values.before);
        const exists = conditionValue(after, r.Condition, values.after);
        if (existed && !exists)
            out.push({
                logicalId,
                resourceType: r.Type,
                action: 'Remove',
                properties: [],
                before: was.Properties ?? {},
            });
        if (!existed && exists)
            out.push({ logicalId, resourceType: r.Type, action: 'Add', properties: [], after: r.Properties ?? {} });
    }
    return out;
});
/** A template Condition's value for these parameter values (defaults where not given). */
var conditionValue = (function(template, name, parameters) {
    const defs = (template.Conditions ?? {});
    const params = (template.Parameters ?? {});
    const value = (v) => {
        if (typeof v === 'object' && v !== null && 'Ref' in v) {
            const ref = v.Ref;
            return (parameters[ref] ?? (params[ref]?.Default !== undefined ? String(params[ref].Default) : undefined));
        }
        return v;
    };
    const evaluate = (c) => {
        const o = c;
        if (typeof o.Condition === 'string')
            return evaluate(defs[o.Condition]);
        if (Array.isArray(o['Fn::Equals']))
            return String(value(o['Fn::Equals'][0])) === String(value(o['Fn::Equals'][1]));
        if (Array.isArray(o['Fn::Not']))
            return !evaluate(o['Fn::Not'][0]);
        if (Array.isArray(o['Fn::And']))
            return o['Fn::And'].every(evaluate);
        if (Array.isArray(o['Fn::Or']))
            return o['Fn::Or'].some(evaluate);
        throw new Error(`internal: condition ${name} uses a function the plan cannot evaluate`);
    };
    return evaluate(defs[name]);
});
/** Conditions whose value may change with these parameters, following `{Condition: name}` references. */
var affectedConditions = (function(template, parameters) {
    const defs = Object.entries((template.Conditions ?? {}));
    const affected = new Set();
    for (let grew = true; grew;) {
        grew = false;
        for (const [name, def] of defs) {
            if (!affected.has(name) && readsAny(def, parameters, affected)) {
                affected.add(name);
                grew = true;
            }
        }
    }
    return affected;
});
var readsAny = (function(v, parameters, conditions) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (Array.isArray(v))
        return v.some((x) => readsAny(x, parameters, conditions));
    const o = v;
    if (typeof o.Ref === 'string' && parameters.has(o.Ref))
        return true;
    if (typeof o.Condition === 'string' && conditions.has(o.Condition))
        return true;
    const fnIf = o['Fn::If'];
    if (Array.isArray(fnIf) && typeof fnIf[0] === 'string' && conditions.has(fnIf[0]))
        return true;
    const sub = o['Fn::Sub'];
    const subText = typeof sub === 'string' ? sub : Array.isArray(sub) ? sub[0] : undefined;
    if (typeof subText === 'string') {
        for (const m of subText.matchAll(/\$\{([^}!.]+)\}/g))
            if (parameters.has(m[1]))
                return true;
    }
    return Object.values(o).some((x) => readsAny(x, parameters, conditions));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ sameValue),
/* harmony export */   i5: () => (/* binding */ diffStack)
/* harmony export */ });
/* unused harmony exports diffTemplates, conditionValue */
/* harmony import */ var _resource_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3128);


/***/ }),

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The operations that bring the destinations' StackSet to the config: each destination is an
 * instance whose overrides carry all of its parameters (StackSets override only what the StackSet
 * declares, so the StackSet holds the first destination's values as placeholders).
 */
var destinationSteps = (function(templateBody, instances, current, tags = {}) {
    const label = (d) => `destination ${d.destinationId} (${d.account}, ${d.region})`;
    const create = (d) => ({
        kind: 'create-instances',
        accounts: [d.account],
        regions: [d.region],
        overrides: d.parameters,
        label: label(d),
    });
    if (!current)
        return {
            steps: [{ kind: 'create-stack-set' }, ...instances.map(create)],
            parameters: placeholders(templateBody, instances[0], {}),
            unmanaged: [],
        };
    const why = [
        ...((0,stack_set_changes/* canonicalJson */.dj)(current.templateBody) !== (0,stack_set_changes/* canonicalJson */.dj)(templateBody)
            ? ['the destination template changed']
            : []),
        ...(current.tags && (0,stack_set_changes/* tagsDiffer */.g9)(current.tags, tags) ? ['tags changed'] : []),
    ];
    const stackSetUpdated = why.length > 0;
    const steps = stackSetUpdated ? [{ kind: 'update-stack-set', why }] : [];
    const existing = new Map(current.instances.map((i) => [where(i), i]));
    for (const d of instances) {
        const instance = existing.get(where(d));
        if (!instance) {
            steps.push(create(d));
            continue;
        }
        const changed = changedParameters(instance.overrides, d.parameters);
        const why = changed.length > 0
            ? `parameters changed: ${changed.join(', ')}`
            : instance.status !== 'CURRENT' && !stackSetUpdated
                ? `it is ${instance.status}`
                : undefined;
        if (why)
            steps.push({
                kind: 'update-instances',
                accounts: [d.account],
                regions: [d.region],
                overrides: d.parameters,
                why,
                label: label(d),
            });
    }
    const wanted = new Set(instances.map(where));
    return {
        steps,
        parameters: placeholders(templateBody, instances[0], current.parameters),
        unmanaged: current.instances.filter((i) => !wanted.has(where(i))),
    };
});
/** The names whose values differ between two parameter sets (either side may lack one), sorted. */
var changedParameters = (function(before, after) {
    return Object.keys({ ...before, ...after })
        .filter((k) => before[k] !== after[k])
        .sort();
});
/**
 * The StackSet's own values: placeholders the overrides shadow. Every parameter the template
 * declares, so each can be overridden (StackSets override only declared ones) and none it dropped;
 * the values already there are kept, since changing them alone would touch every instance.
 */
var placeholders = (function(templateBody, first, current) {
    const declared = Object.keys(JSON.parse(templateBody).Parameters ?? {});
    const out = {};
    for (const name of declared) {
        const value = current[name] ?? first.parameters[name];
        if (value !== undefined)
            out[name] = value;
    }
    return out;
});// CONCATENATED MODULE: ./src/shell/aws/destination-stack-set.ts











/**
 * The destinations as one self-managed StackSet: destructive changes are refused before any
 * operation (as a change set would), operations run one at a time and are waited for, and each
 * destination's outputs are read from its instance's stack in its own account.
 */
var deployDestinationStackSet = (async function(topology, destinations, templateText, template, policy, deps) {
    const set = topology.destinationStackSet;
    const admin = stackSetDepsOf(set, policy.timeoutMs, deps);
    const instances = destinations.map((s) => instanceOf(topology, s));
    const current = await (0,stack_set/* readStackSet */.ds)(set.name, admin);
    const deployed = await readDeployed(destinations, current?.instances ?? [], deps);
    // A destination still deployed as its own stack cannot move into the StackSet: the instance would
    // create a second bucket of the same name, and fail.
    const moved = await standaloneStacks(destinations, deployed, deps);
    if (moved.length > 0)
        throw new errors.UserError(`StackSet ${set.name}: ${moved.map((m) => `${m} is deployed as its own stack`).join('; ')}, so its bucket and key already exist outside the StackSet.`, 'Nothing was changed. Remove destinationStackSet from the config to keep the stacks, or move the resources into the StackSet by hand (retain and delete the stack, then import), then run again.');
    const broken = [...deployed.values()].filter((d) => d.state.kind !== 'ready');
    if (broken.length > 0)
        throw new errors.UserError(`StackSet ${set.name}: ${broken.map((b) => `the instance in ${b.instance.account} (${b.instance.region}) has its stack in ${(0,stack_status/* stateText */.r9)(b.state)}`).join('; ')}.`, 'Nothing was changed. Look at that stack in its account (CloudFormation console); once it is fixed or the instance removed, run again.');
    const changes = new Map();
    const refused = [];
    for (const [i, d] of instances.entries()) {
        const before = deployed.get(d.stackName);
        const diff = instanceChanges(before, template, d.parameters);
        changes.set(d.stackName, diff);
        if (before?.template)
            for (const x of (0,resource_change/* destructiveChanges */.OQ)(diff))
                refused.push(`${destinations[i].name} (StackSet instance): ${(0,resource_change/* describeDestructive */.EN)(x)}`);
    }
    if (refused.length > 0 && !policy.allowDestructive)
        throw new errors.UserError(`StackSet ${set.name}: refusing destructive changes:\n${refused.map((r) => `  - ${r}`).join('\n')}`, 'Nothing was changed. If this is intended, set allow-destructive: true (buckets and keys are retained, not deleted).');
    const tags = { ...destinations[0].tags, [names.DESTINATIONS_STACK_SET_TAG]: set.name };
    const planned = destinationSteps(templateText, instances, current, tags);
    for (const u of planned.unmanaged)
        deps.logger.warning(`StackSet ${set.name}: the instance in ${u.account} (${u.region}) matches no destination of the config; it was left in place.`);
    // One set of tags for every instance: the config's (per-destination tags are refused with a StackSet).
    const desired = desiredOf(set, templateText, planned.parameters, tags);
    const startedAt = deps.clock.now();
    for (const [n, step] of planned.steps.entries()) {
        const outcome = await (0,stack_set/* runStep */.eg)(step, desired, (0,stack_set/* operationIdOf */.cK)(deps.runId, startedAt, `d${n + 1}`), admin);
        const failed = outcome.results.filter((r) => r.status !== 'SUCCEEDED');
        if (outcome.status === 'FAILED' || outcome.status === 'STOPPED' || failed.length > 0)
            throw new errors.ServiceError(`StackSet ${set.name}: ${(0,render_bootstrap.stepText)(step)} ended ${outcome.status}${outcome.reason ? ` (${outcome.reason})` : ''}:\n` +
                failed
                    .map((r) => `  - ${r.account} (${r.region}): ${r.status}${r.reason ? `: ${r.reason}` : ''}`)
                    .join('\n'), 'The source stack was not deployed. Fix the cause and run again: the StackSet resumes from where it is.');
    }
    const after = await (0,stack_set/* listInstances */.ND)(set.name, admin);
    return Promise.all(destinations.map(async (stack, i) => {
        const d = instances[i];
        const instance = after.find((x) => x.account === d.account && x.region === d.region);
        const live = instance?.stackId
            ? await (0,deploy_stack.describeStack)(deps.clients(d.account, d.region).cfn, instance.stackId)
            : undefined;
        if (!instance?.stackId || !live || (0,stack_status/* stackState */.Kk)(live.StackStatus).kind !== 'ready')
            throw new errors.ServiceError(`StackSet ${set.name}: the instance of ${stack.name} (${d.account}, ${d.region}) ${live ? `has its stack in ${live.StackStatus}` : 'has no stack'} after the operation.`, 'The source stack was not deployed. Look at the instance stack in its account, then run again.');
        const touched = planned.steps.some((s) => 'accounts' in s && s.accounts.includes(d.account) && s.regions?.includes(d.region));
        const diff = changes.get(d.stackName) ?? [];
        const result = !touched && !planned.steps.some((s) => s.kind === 'update-stack-set')
            ? { kind: 'unchanged', stackId: instance.stackId, outputs: (0,deploy_stack.outputsOf)(live) }
            : {
                kind: deployed.get(d.stackName)?.template ? 'updated' : 'created',
                stackId: instance.stackId,
                outputs: (0,deploy_stack.outputsOf)(live),
                changes: diff,
            };
        return { stack, result };
    }));
});
/** Each destination's deployed instance (template, parameters, outputs), read in its own account. */
var readDeployed = (async function(destinations, instances, deps) {
    const out = new Map();
    await Promise.all(destinations.map(async (s) => {
        const instance = instances.find((i) => i.account === s.account && i.region === s.region);
        if (!instance?.stackId)
            return;
        const cfn = deps.clients(s.account, s.region).cfn;
        const live = await (0,deploy_stack.describeStack)(cfn, instance.stackId);
        const state = (0,stack_status/* stackState */.Kk)(live?.StackStatus);
        // A deleted instance stack (DescribeStacks by id still answers) is no instance at all.
        if (!live || state.kind === 'deleted')
            return;
        const { TemplateBody } = await cfn.send(new dist_cjs.GetTemplateCommand({ StackName: instance.stackId, TemplateStage: 'Original' }));
        out.set(s.name, {
            instance,
            state,
            ...(TemplateBody ? { template: JSON.parse(TemplateBody) } : {}),
            parameters: (0,deploy_stack.parameterMap)(live.Parameters),
            outputs: (0,deploy_stack.outputsOf)(live),
        });
    }));
    return out;
});
var stackSetDepsOf = (function(set, timeoutMs, deps) {
    return {
        cfn: deps.clients(set.account, set.region).cfn,
        logger: deps.logger,
        clock: deps.clock,
        timeoutMs,
        // One destination per operation: a failure there stops that operation, never another destination's.
        preferences: { MaxConcurrentCount: 1, FailureToleranceCount: 0, RegionConcurrencyType: 'PARALLEL' },
    };
});
var instanceOf = (function(topology, stack) {
    const destination = topology.destinations.find((d) => d.stackName === stack.name);
    return {
        destinationId: destination.id,
        stackName: stack.name,
        account: stack.account,
        region: stack.region,
        // A destination reads no other stack's output: no outputs to resolve from.
        parameters: (0,resolve_parameters/* resolveParameters */.v)(stack.name, stack.parameters, new Map()),
    };
});
/**
 * What the StackSet operation would change in one instance: its deployed template and parameters
 * against the new ones (every resource added when it has none). Plan shows it; deploy refuses
 * what is destructive in it.
 */
var instanceChanges = (function(deployed, template, parameters) {
    const before = deployed?.parameters ?? {};
    return (0,template_diff/* diffStack */.i5)(deployed?.template, template, new Set(changedParameters(before, parameters)), {
        before,
        after: parameters,
    });
});
var desiredOf = (function(set, templateBody, parameters, tags) {
    return {
        name: set.name,
        description: 's3-xrepl destinations: a replica bucket and its KMS key per instance.',
        tags,
        region: set.region,
        templateBody,
        parameters,
        permissionModel: 'SELF_MANAGED',
        administrationRoleArn: set.administrationRoleArn,
        executionRoleName: set.executionRoleName,
        accounts: [],
        overrides: new Map(),
        organizationalUnits: [],
        notes: [],
    };
});
/** Destinations without an instance whose stack of their own (the per-destination name) is live. */
var standaloneStacks = (async function(destinations, deployed, deps) {
    const found = await Promise.all(destinations
        .filter((s) => !deployed.has(s.name))
        .map(async (s) => ((await hasOwnStack(s, deps)) ? [`${s.name} (${s.account}, ${s.region})`] : [])));
    return found.flat();
});
/** The destination's stack of its own (the per-destination name) is live in its account. */
var hasOwnStack = (async function(stack, deps) {
    const kind = (0,stack_status/* stackState */.Kk)((await (0,deploy_stack.describeStack)(deps.clients(stack.account, stack.region).cfn, stack.name))?.StackStatus).kind;
    return kind !== 'absent' && kind !== 'deleted';
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IU: () => (/* binding */ deployDestinationStackSet),
  vS: () => (/* binding */ hasOwnStack),
  t3: () => (/* binding */ instanceChanges),
  BJ: () => (/* binding */ readDeployed),
  c_: () => (/* binding */ stackSetDepsOf)
});

// UNUSED EXPORTS: instanceOf

// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/plan/resource-change.ts
var resource_change = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/core/plan/template-diff.ts
var template_diff = __webpack_require__(5069);
// EXTERNAL MODULE: ./src/core/bootstrap/stack-set-changes.ts
var stack_set_changes = __webpack_require__(4451);
;// CONCATENATED MODULE: ./src/core/stacksets/destination-steps.ts

const where = ((i) => `${i.account}/${i.region}`);

// EXTERNAL MODULE: ./src/core/report/render-bootstrap.ts
var render_bootstrap = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/shell/aws/deploy-stack.ts
var deploy_stack = __webpack_require__(5804);
// EXTERNAL MODULE: ./src/shell/aws/stack-status.ts
var stack_status = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/shell/aws/stack-set.ts
var stack_set = __webpack_require__(213);
// EXTERNAL MODULE: ./src/core/plan/resolve-parameters.ts
var resolve_parameters = __webpack_require__(4116);
;


/***/ })

};
