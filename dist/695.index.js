export const id = 695;
export const ids = [695];
export const modules = {

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ configShape)
});

// UNUSED EXPORTS: MAX_DESTINATIONS

;// CONCATENATED MODULE: ./src/core/config/adopt-shape.ts
/**
 * What an adopted bucket already carries that the product's template would replace: CloudFormation
 * writes the whole replication configuration, lifecycle configuration and notification
 * configuration, and AWS::S3::BucketPolicy the whole policy. Each is named here by the id S3 (or
 * the policy's Sid) gives it; mode plan lists the names a live bucket has.
 */
const names = ((what) => ({
    type: 'array',
    maxItems: 1000,
    items: { type: 'string', minLength: 1, maxLength: 255, description: `The ${what}.` },
    description: `${what[0].toUpperCase()}${what.slice(1)}s, by name.`,
}));
const settings = ((verb) => ({
    type: 'object',
    description: verb,
    properties: {
        replicationRules: names('replication rule id'),
        policyStatements: names('bucket-policy statement Sid (or "#<n>", 1-based, for a statement without one)'),
        lifecycleRules: names('lifecycle rule id'),
        notifications: names('event notification id'),
    },
}));
const adoptShape = {
    type: 'object',
    description: 'The bucket exists already: plan and deploy import it into the stack (CloudFormation resource import, ' +
        'retained on delete) instead of creating it. Every live replication rule, bucket-policy statement, ' +
        'lifecycle rule and event notification the template does not produce must be named under keep (carried ' +
        'into the template verbatim) or drop (removed by the first update); plan fails on any other. `{}` when ' +
        'the bucket has none.',
    properties: {
        keep: settings('Live settings carried over into the template exactly as they are.'),
        drop: settings('Live settings the first update after the import removes for good.'),
    },
};

// EXTERNAL MODULE: ./src/core/config/monitoring-shape.ts
var monitoring_shape = __webpack_require__(4754);
// EXTERNAL MODULE: ./src/core/config/tag-rules.ts
var tag_rules = __webpack_require__(9220);
;// CONCATENATED MODULE: ./src/core/config/config-shape.ts



/** Destinations in one topology; also the most a rule can name (each once). */
const MAX_DESTINATIONS = 100;
const account = {
    type: 'account',
    description: 'AWS account id, 12 digits. Quote it: YAML reads 012345678901 as a number and drops the 0.',
};
const region = {
    type: 'string',
    description: 'AWS region name, e.g. eu-west-1. Source and destinations must share a partition.',
};
const bucket = {
    type: 'string',
    description: 'S3 bucket name (created by the stack; 3-63 lowercase letters, digits, hyphens).',
};
const kmsKey = {
    type: 'string',
    description: '"create" for a customer managed key owned by the stack, or the full key ARN of an existing ' +
        'customer managed key in the same account and region as the bucket (not an alias, not aws/s3).',
    default: 'create',
};
/** Stack tags reach CloudFormation, IAM, S3 and KMS: each must pass all four (see tag-rules.ts). */
const tags = {
    type: 'map',
    description: 'Tags applied to the stack and every resource in it that supports tags. Keys: 1-128 letters, digits, ' +
        'spaces and _ . : / = + - @, not starting with "aws:" or "s3-xrepl:"; values: 1-256 of the same. At most ' +
        '48 per stack after merging top-level and per-stack tags (49 where the stack creates no key): s3-xrepl ' +
        'adds one to each stack and one to each key it creates, and AWS allows 50.',
    keyPattern: `${tag_rules/* RESERVED_TAG_KEY */.iD}${tag_rules/* TAG_CHARACTERS */.sb}+$`,
    keyMaxLength: tag_rules/* TAG_KEY_MAX */.mV,
    keyHint: '1-128 letters, digits, spaces and _ . : / = + - @, not starting with "aws:" or "s3-xrepl:"',
    explainKey: tag_rules/* explainStackTagKey */.VJ,
    values: {
        type: 'string',
        minLength: 1,
        maxLength: tag_rules/* TAG_VALUE_MAX */.uM,
        pattern: `^${tag_rules/* TAG_CHARACTERS */.sb}*$`,
        patternHint: 'letters, digits, spaces and _ . : / = + - @ only',
        explain: tag_rules/* explainStackTagValue */.Vq,
        description: 'Tag value: 1-256 letters, digits, spaces and _ . : / = + - @.',
    },
    maxEntries: tag_rules/* TAGS_PER_RESOURCE */.tC,
};
const bucketKey = {
    type: 'boolean',
    description: 'Use S3 Bucket Keys (fewer KMS calls, lower cost). Defaults to options.bucketKeys.',
};
const destination = {
    type: 'object',
    description: 'A destination bucket, with its key, in its own stack.',
    required: ['id', 'account', 'region', 'bucket'],
    properties: {
        id: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]{0,30}[a-z0-9]$|^[a-z]$',
            patternHint: 'lowercase letters, digits and hyphens, starting with a letter, at most 32 characters',
            description: 'Short id used in stack names, parameter names and rules[].destinations.',
        },
        account,
        region,
        bucket,
        kmsKey,
        storageClass: {
            type: 'string',
            enum: [
                'STANDARD',
                'REDUCED_REDUNDANCY',
                'STANDARD_IA',
                'ONEZONE_IA',
                'INTELLIGENT_TIERING',
                'GLACIER',
                'GLACIER_IR',
                'DEEP_ARCHIVE',
            ],
            description: "Storage class of replicas. Omit to keep the source object's class.",
        },
        replicationTime: {
            type: 'object',
            description: 'S3 Replication Time Control (RTC): 99.99% of objects within 15 minutes, with metrics.',
            required: ['minutes'],
            properties: {
                minutes: { type: 'integer', description: 'Must be 15: the only value S3 accepts.' },
            },
        },
        metrics: {
            type: 'boolean',
            description: "S3 Replication metrics on this destination's rules (and with them its alarms and failure events). " +
                'Default: monitoring.metrics. Required by replicationTime.',
        },
        ownerTranslation: {
            type: 'boolean',
            description: 'Make the destination account the owner of replicas (AccessControlTranslation, and the ' +
                's3:ObjectOwnerOverrideToBucketOwner grant). The buckets this product creates enforce bucket-owner ' +
                'ownership, so their replicas belong to the destination account either way; turn it on for a ' +
                'destination that other tools also write to with ACLs, or to state the ownership in the rule.',
            default: false,
        },
        bucketKey,
        tags,
        twoWay: {
            type: 'boolean',
            description: 'Replicate both ways: this bucket also replicates back to the source, for the objects of every rule ' +
                'that names it, with replica modification sync on both sides (metadata changed on a replica flows ' +
                'back). The destination stack then holds its own replication role. At most one two-way destination ' +
                'per topology; not with destinationStackSet.',
            default: false,
        },
        adopt: adoptShape,
    },
};
const rule = {
    type: 'object',
    description: 'A replication rule. One S3 rule is generated per (rule, destination) pair.',
    required: ['id', 'priority', 'destinations'],
    properties: {
        id: {
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$',
            patternHint: 'letters, digits, ".", "_" and "-", at most 200 characters',
            description: 'Rule id; the generated S3 rule ids are "<id>-<destination id>".',
        },
        priority: {
            type: 'integer',
            minimum: 0,
            maximum: 1_000_000,
            description: 'Unique among rules; a higher number wins where filters overlap on one destination.',
        },
        filter: {
            type: 'object',
            description: 'Which objects the rule replicates. Omit for the whole bucket.',
            properties: {
                prefix: { type: 'string', maxLength: 1024, description: 'Key prefix, e.g. "data/".' },
                tags: {
                    type: 'map',
                    description: 'Objects carrying all of these tags. Requires deleteMarkerReplication: false. Keys: 1-128, values: ' +
                        '0-256 letters, digits, spaces and _ . : / = + - @ (the characters S3 allows in object tags); keys ' +
                        'not starting with "aws:".',
                    keyPattern: `${tag_rules/* AWS_TAG_KEY */.p6}${tag_rules/* TAG_CHARACTERS */.sb}+$`,
                    keyMaxLength: tag_rules/* TAG_KEY_MAX */.mV,
                    keyHint: '1-128 letters, digits, spaces and _ . : / = + - @, not starting with "aws:"',
                    explainKey: tag_rules/* explainFilterTagKey */.D7,
                    values: {
                        type: 'string',
                        maxLength: tag_rules/* TAG_VALUE_MAX */.uM,
                        pattern: `^${tag_rules/* TAG_CHARACTERS */.sb}*$`,
                        patternHint: 'letters, digits, spaces and _ . : / = + - @ only',
                        explain: (value) => (0,tag_rules/* explainTagValue */.vl)(value, 'filter'),
                        description: 'Tag value.',
                    },
                    // An object carries at most 10 tags (Amazon S3 User Guide, "Categorizing your storage using tags").
                    maxEntries: 10,
                },
            },
        },
        destinations: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_DESTINATIONS,
            items: { type: 'string', description: 'A destination id.' },
            description: 'Ids of the destinations this rule replicates to.',
        },
        enabled: { type: 'boolean', description: 'Whether the rule is active.', default: true },
        deleteMarkerReplication: {
            type: 'boolean',
            description: 'Replicate delete markers. Not allowed with tag filters.',
            default: false,
        },
        replicaModificationSync: {
            type: 'boolean',
            description: 'Replicate metadata changes made to replicas back (two-way setups).',
            default: false,
        },
    },
};
const accountSettings = {
    type: 'object',
    description: 'How the action reaches one account.',
    properties: {
        deployRole: {
            type: 'string',
            description: 'Role name or ARN the action assumes to deploy. Default: the bootstrap deploy role.',
            default: 's3-xrepl-deploy',
        },
        planRole: {
            type: 'string',
            description: 'Role name or ARN the action assumes to plan and check drift. Default: the bootstrap plan role.',
            default: 's3-xrepl-plan',
        },
        executionRole: {
            type: 'string',
            description: 'Role name or ARN CloudFormation uses to create resources (the bootstrap execution role by default), ' +
                'or "none" to let CloudFormation act with the deploy role\'s own permissions.',
            default: 's3-xrepl-cfn-exec',
        },
        permissionsBoundary: {
            type: 'string',
            description: 'Managed policy name or ARN set as the permissions boundary of the replication role (the bootstrap creates ' +
                's3-xrepl-replication-boundary, and its execution role creates roles only with it), or "none" for an account ' +
                'deployed without the bootstrap.',
            default: 's3-xrepl-replication-boundary',
        },
    },
};
const configShape = {
    type: 'object',
    description: 's3-xrepl replication topology: one source bucket replicating to one or more destinations.',
    required: ['name', 'source', 'destinations', 'rules'],
    // Like docker-compose's x- keys: somewhere to write `x-defaults: &defaults {...}` for `<<: *defaults`.
    extensionPrefix: 'x-',
    properties: {
        version: { type: 'integer', minimum: 1, maximum: 1, description: 'Config format version.', default: 1 },
        name: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]{0,28}[a-z0-9]$',
            patternHint: 'lowercase letters, digits and hyphens, starting with a letter, 2-30 characters',
            description: 'Topology name, used in stack names and the replication role name.',
        },
        source: {
            type: 'object',
            description: 'The source bucket, its key and the replication role, in one stack.',
            required: ['account', 'region', 'bucket'],
            properties: {
                account,
                region,
                bucket,
                kmsKey,
                bucketKey,
                replicationRoleName: {
                    type: 'string',
                    pattern: '^[\\w+=,.@-]{1,64}$',
                    patternHint: 'an IAM role name: up to 64 letters, digits and +=,.@_-',
                    description: 'Name of the replication role. Destination policies name it before it exists, so it is fixed. ' +
                        'Default: s3-xrepl-<name>-replication.',
                },
                tags,
                adopt: adoptShape,
            },
        },
        destinations: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_DESTINATIONS,
            items: destination,
            description: 'Where objects are replicated to.',
        },
        rules: {
            type: 'array',
            minItems: 1,
            // Each rule becomes at least one S3 rule, and S3 takes at most 1,000 in a configuration.
            maxItems: 1000,
            items: rule,
            description: 'Replication rules.',
        },
        accounts: {
            type: 'map',
            keyPattern: '^[0-9]{12}$',
            keyHint: 'a 12-digit account id, in quotes (unquoted, YAML drops leading zeros)',
            values: accountSettings,
            description: 'Per-account settings, keyed by account id. Accounts not listed use the defaults.',
        },
        destinationStackSet: {
            type: 'object',
            description: 'Deploy the destinations as one self-managed CloudFormation StackSet, an instance per destination ' +
                'account and region with its own parameter overrides, instead of one stack each. The source stack ' +
                'still waits for every instance and reads its outputs. `{}` takes every default.',
            properties: {
                account: {
                    ...account,
                    description: 'The StackSet administrator account. Default: the source account.',
                },
                region: { ...region, description: 'Region of the StackSet itself. Default: the source region.' },
                administrationRoleName: {
                    type: 'string',
                    pattern: '^[\\w+=,.@-]{1,64}$',
                    patternHint: 'an IAM role name',
                    description: 'Role in the administrator account that StackSets acts as (bootstrap creates it).',
                    default: 's3-xrepl-stackset-admin',
                },
                executionRoleName: {
                    type: 'string',
                    pattern: '^[\\w+=,.@-]{1,64}$',
                    patternHint: 'an IAM role name',
                    description: "Role in each destination account that StackSets deploys with (bootstrap creates it with the execution role's rights).",
                    default: 's3-xrepl-stackset-exec',
                },
            },
        },
        tags,
        monitoring: monitoring_shape/* monitoringShape */.cT,
        options: {
            type: 'object',
            description: 'Options that apply to the whole topology.',
            properties: {
                stackPrefix: {
                    type: 'string',
                    pattern: '^[A-Za-z][A-Za-z0-9-]{0,39}$',
                    patternHint: 'a letter, then letters, digits and hyphens, at most 40 characters',
                    description: 'Prefix of every stack name.',
                    default: 's3-xrepl',
                },
                bucketKeys: {
                    type: 'boolean',
                    description: 'Default for source.bucketKey and destinations[].bucketKey.',
                    default: true,
                },
                hardenTrust: {
                    type: 'boolean',
                    description: 'Add aws:SourceAccount and aws:SourceArn conditions to the replication role trust policy ' +
                        '(confused-deputy protection: only S3 acting for the source bucket may assume it). Turn off only if a ' +
                        'partition rejects them.',
                    default: true,
                },
                noncurrentVersionExpirationDays: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 36500,
                    description: 'Expire noncurrent versions after this many days, on every bucket. Omit to keep them.',
                },
            },
        },
    },
};


/***/ }),

/***/ 4754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ RTC_EVENTS),
/* harmony export */   Gd: () => (/* binding */ FAILURE_EVENT),
/* harmony export */   TJ: () => (/* binding */ S3_NOTIFICATION_EVENTS),
/* harmony export */   cT: () => (/* binding */ monitoringShape)
/* harmony export */ });
/**
 * The `monitoring:` block: replication that breaks must tell someone, and say why. Everything is on
 * unless turned off; what it costs is in the plan. Its rules beyond the shape: check-monitoring.ts.
 */
/** The events the product itself routes to its topic (none of them may be routed twice). */
const FAILURE_EVENT = 's3:Replication:OperationFailedReplication';
const RTC_EVENTS = [
    's3:Replication:OperationMissedThreshold',
    's3:Replication:OperationReplicatedAfterThreshold',
];
/** Events a notification entry may name (S3's supported event types for SNS, SQS and Lambda). */
const S3_NOTIFICATION_EVENTS = [
    's3:ObjectCreated:*',
    's3:ObjectCreated:Put',
    's3:ObjectCreated:Post',
    's3:ObjectCreated:Copy',
    's3:ObjectCreated:CompleteMultipartUpload',
    's3:ObjectRemoved:*',
    's3:ObjectRemoved:Delete',
    's3:ObjectRemoved:DeleteMarkerCreated',
    's3:ObjectRestore:*',
    's3:ObjectRestore:Post',
    's3:ObjectRestore:Completed',
    's3:ObjectRestore:Delete',
    's3:ReducedRedundancyLostObject',
    's3:Replication:*',
    's3:Replication:OperationFailedReplication',
    's3:Replication:OperationMissedThreshold',
    's3:Replication:OperationReplicatedAfterThreshold',
    's3:Replication:OperationNotTracked',
    's3:LifecycleExpiration:*',
    's3:LifecycleExpiration:Delete',
    's3:LifecycleExpiration:DeleteMarkerCreated',
    's3:LifecycleTransition',
    's3:IntelligentTiering',
    's3:ObjectTagging:*',
    's3:ObjectTagging:Put',
    's3:ObjectTagging:Delete',
    's3:ObjectAcl:Put',
];
const notificationTarget = ((what, arnForm) => ({
    type: 'array',
    maxItems: 100,
    description: `Your own ${what} entries, added to the product's.`,
    items: {
        type: 'object',
        description: `One ${what} entry of the source bucket's notification configuration.`,
        required: ['arn', 'events'],
        properties: {
            arn: { type: 'string', description: `${arnForm}, in the source bucket's region.` },
            events: {
                type: 'array',
                minItems: 1,
                items: { type: 'string', description: 'An S3 event type, e.g. s3:ObjectCreated:*.' },
                description: 'S3 event types (s3:ObjectCreated:*, s3:ObjectRemoved:Delete, ...).',
            },
            prefix: { type: 'string', maxLength: 1024, description: 'Only keys starting with this.' },
            suffix: { type: 'string', maxLength: 1024, description: 'Only keys ending with this.' },
        },
    },
}));
const monitoringShape = {
    type: 'object',
    description: 'Replication that stops working tells someone, and says why: replication metrics on every rule, CloudWatch ' +
        "alarms per rule and destination, and S3's failure events (with their failureReason) to an SNS topic. On by " +
        'default; the plan shows what it costs a month.',
    properties: {
        metrics: {
            type: 'boolean',
            description: 'S3 Replication metrics on every rule (destinations[].metrics overrides it per destination). Without ' +
                'metrics a rule has no alarms and S3 sends no failure events for it. Billed as 4 CloudWatch custom metrics ' +
                'per rule and destination.',
            default: true,
        },
        failureEvents: {
            type: 'boolean',
            description: "S3 Event Notifications to the topic for every operation that fails to replicate, with S3's failureReason " +
                '(s3:Replication:OperationFailedReplication), and the Replication Time Control threshold events where RTC ' +
                'is on.',
            default: true,
        },
        alarms: {
            type: 'object',
            description: 'CloudWatch alarms (namespace AWS/S3) per rule and destination, notifying the topic.',
            properties: {
                failedOperations: {
                    type: 'boolean',
                    description: 'Alarm on any OperationsFailedReplication in 5 minutes.',
                    default: true,
                },
                latency: {
                    type: 'boolean',
                    description: 'Alarm when ReplicationLatency passes the 15-minute RTC threshold, on destinations with replicationTime.',
                    default: true,
                },
                backlog: {
                    type: 'object',
                    description: 'Alarm when OperationsPendingReplication stays above a number for a while (a growing backlog). Off ' +
                        'unless given.',
                    required: ['operations'],
                    properties: {
                        operations: {
                            type: 'integer',
                            minimum: 1,
                            maximum: 1_000_000_000,
                            description: 'Operations pending replication above which the backlog counts.',
                        },
                        minutes: {
                            type: 'integer',
                            minimum: 5,
                            maximum: 1440,
                            description: 'How long it must stay above, a multiple of 5 (five-minute periods).',
                            default: 30,
                        },
                    },
                },
            },
        },
        topic: {
            type: 'string',
            description: '"create": an SNS topic owned by the source stack, encrypted with its own key, that only S3 (for the ' +
                'source bucket) and CloudWatch (for the alarms) may publish to; or the ARN of an existing topic in the ' +
                "source bucket's region, whose policy (and key) you keep yourself: synth prints the statements it needs.",
            default: 'create',
        },
        subscriptions: {
            type: 'array',
            maxItems: 20,
            description: 'Who the created topic notifies (each confirms by following the link SNS sends).',
            items: {
                type: 'object',
                description: 'One subscription of the topic.',
                required: ['protocol', 'endpoint'],
                properties: {
                    protocol: { type: 'string', enum: ['email', 'https'], description: 'How SNS delivers.' },
                    endpoint: {
                        type: 'string',
                        maxLength: 2048,
                        description: 'An email address, or an https:// URL (a pager or chat webhook).',
                    },
                },
            },
        },
        bucketNotifications: {
            type: 'object',
            description: "The source bucket's notification configuration is one document, owned by the source stack (S3 replaces it " +
                'whole). Notifications of your own go here, next to the failure events, instead of being set out of band ' +
                '(the next deploy would remove them, and drift would report them).',
            properties: {
                eventBridge: {
                    type: 'boolean',
                    description: 'Send every event of the bucket to Amazon EventBridge as well.',
                    default: false,
                },
                topics: notificationTarget('SNS topic', 'SNS topic ARN'),
                queues: notificationTarget('SQS queue', 'SQS queue ARN'),
                functions: notificationTarget('Lambda function', 'Lambda function ARN'),
            },
        },
    },
};


/***/ }),

/***/ 9220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The first characters of `text` outside the tag alphabet, quoted, for a message. */
var outsideAlphabet = (function(text) {
    const bad = [...new Set([...text].filter((c) => !CHARACTER.test(c)))];
    if (bad.length === 0)
        return undefined;
    const shown = bad.slice(0, 5).map((c) => (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(c));
    return `${shown.join(', ')}${bad.length > 5 ? ', …' : ''}`;
});
/** Why a stack tag key is refused (the shape's pattern decides that it is). */
var explainStackTagKey = (function(key) {
    if (/^aws:/i.test(key))
        return `tag key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(key)} is not allowed: keys starting with "aws:" (in any case) are reserved for AWS.`;
    if (/^s3-xrepl:/i.test(key))
        return `tag key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(key)} is not allowed: keys starting with "s3-xrepl:" (in any case) are the tags s3-xrepl sets itself, such as "s3-xrepl:managed" on the keys it creates.`;
    return explainTagKey(key, 'stack');
});
/** Why a filter tag key is refused. */
var explainFilterTagKey = (function(key) {
    if (/^aws:/i.test(key))
        return `tag key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(key)} is not allowed: keys starting with "aws:" (in any case) are reserved for AWS, so no object carries one to match.`;
    return explainTagKey(key, 'filter');
});
/** Why a tag key is refused: empty, too long, or a character outside the alphabet. */
var explainTagKey = (function(key, kind) {
    if (key === '')
        return 'a tag key must not be empty.';
    if (key.length > TAG_KEY_MAX)
        return `tag key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(key)} has ${key.length} characters; AWS allows at most ${TAG_KEY_MAX}.`;
    const bad = outsideAlphabet(key);
    if (bad)
        return `tag key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(key)} contains ${bad}: a tag key may hold only ${ALPHABET} (${WHY[kind]}).`;
    return undefined;
});
/** Why a stack tag value is refused. */
var explainStackTagValue = (function(value) {
    if (value === '')
        return 'must not be empty: CloudFormation refuses a stack tag with an empty value. Write a placeholder such as "none", or remove the tag.';
    return explainTagValue(value, 'stack');
});
/** Why a tag value is refused: too long, or a character outside the alphabet. */
var explainTagValue = (function(value, kind) {
    if (value.length > TAG_VALUE_MAX)
        return `must be at most ${TAG_VALUE_MAX} characters long (it has ${value.length}).`;
    const bad = outsideAlphabet(value);
    if (bad)
        return `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} contains ${bad}: a tag value may hold only ${ALPHABET} (${WHY[kind]}).`;
    return undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ explainFilterTagKey),
/* harmony export */   VJ: () => (/* binding */ explainStackTagKey),
/* harmony export */   Vq: () => (/* binding */ explainStackTagValue),
/* harmony export */   iD: () => (/* binding */ RESERVED_TAG_KEY),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   p6: () => (/* binding */ AWS_TAG_KEY),
/* harmony export */   sb: () => (/* binding */ TAG_CHARACTERS),
/* harmony export */   tC: () => (/* binding */ TAGS_PER_RESOURCE),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX),
/* harmony export */   vl: () => (/* binding */ explainTagValue)
/* harmony export */ });
/* unused harmony export explainTagKey */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3195);

/**
 * What AWS accepts in tags, for the two kinds a config holds.
 *
 * Stack tags (`tags`, `source.tags`, `destinations[].tags`) are set on each CloudFormation stack,
 * which hands them to every resource it creates: the buckets (S3), the keys (KMS) and the
 * replication role (IAM). So each tag must pass every one of those services:
 * - CloudFormation `Tag`: key 1-128 characters, value 1-256 (an empty value is refused), at most
 *   50 per stack, `aws:` reserved (CloudFormation API Reference, "Tag"; User Guide, "Tags").
 * - IAM `Tag`: key `[\p{L}\p{Z}\p{N}_.:/=+\-@]+` of 1-128, value `[\p{L}\p{Z}\p{N}_.:/=+\-@]*` of
 *   0-256, at most 50 per role, and keys compared without case on roles: `Team` and `team` cannot
 *   both be set (IAM API Reference, "Tag"; IAM User Guide, "Tagging IAM resources").
 * - S3 and KMS: 1-128 / 0-256, at most 50 per bucket and per key; tags under `aws:` (CloudFormation
 *   adds three) do not count (AWS General Reference, "Tagging best practices: tag naming limits").
 *   KMS's CloudFormation reference lists a narrower value alphabet (no ":" or "@") that its API
 *   does not enforce; IAM's documented pattern is the one applied.
 * Keys under `aws:` are AWS's in any case; keys under `s3-xrepl:` are this product's own.
 *
 * Filter tags (`rules[].filter.tags`) match object tags: S3 `Tag`, key 1-128, value 0-256, in the
 * same alphabet, `aws:` reserved (Amazon S3 User Guide, "Categorizing your storage using tags"); a
 * tag outside them cannot be set on an object, so a filter on it could never match.
 */
const TAG_CHARACTERS = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]';
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
/** Tags CloudFormation, IAM, S3 and KMS each allow on one stack, role, bucket or key. */
const TAGS_PER_RESOURCE = 50;
const CHARACTER = new RegExp(`^${TAG_CHARACTERS}$`, 'u');
const ALPHABET = 'letters, digits, spaces and _ . : / = + - @';
/** Keys starting with "aws:", in any case: AWS's own, on every resource and object. */
const AWS_TAG_KEY = '^(?![aA][wW][sS]:)';
/** Keys starting with "aws:" or "s3-xrepl:", in any case. */
const RESERVED_TAG_KEY = `${AWS_TAG_KEY}(?![sS]3-[xX][rR][eE][pP][lL]:)`;
/** Why the alphabet applies, for each kind of tag. */
const WHY = {
    stack: "IAM's rule for tags, and every stack tag reaches the replication role",
    filter: 'S3 accepts no other in object tags, so a filter on one could never match',
};


/***/ }),

/***/ 7659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Bytes of `text` in UTF-8, the unit AWS counts template, key and prefix sizes in. A lone
 * surrogate counts 3 bytes, as the replacement character it would be sent as.
 */
var utf8Length = (function(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ utf8Length)
/* harmony export */ });


/***/ }),

/***/ 5677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ CANARY_EXPIRY_DAYS),
/* harmony export */   Zb: () => (/* binding */ CANARY_SEGMENT),
/* harmony export */   eV: () => (/* binding */ CANARY_TAG)
/* harmony export */ });
/**
 * The verify canary's names, shared by the templates (their lifecycle backstop) and the canary.
 * Canary objects live under a reserved path segment after the prefix of the rule that must carry
 * them, and carry a tag: a lifecycle filter cannot match "contains", so the backstop that expires
 * any canary a failed run left behind filters on the tag.
 */
const CANARY_SEGMENT = '.s3-xrepl-canary';
const CANARY_TAG = { key: 's3-xrepl:canary', value: 'true' };
/** Days after which the lifecycle backstop expires canary objects and their noncurrent versions. */
const CANARY_EXPIRY_DAYS = 1;


/***/ }),

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** S3 rules with their destination, in the order the replication configuration lists them. */
var s3Rules = (function(topology) {
    const byId = new Map(topology.destinations.map((d) => [d.id, d]));
    return topology.rules.flatMap((rule) => rule.destinationIds.map((id) => {
        const destination = byId.get(id);
        if (!destination)
            throw new Error(`internal: rule ${rule.id} names unknown destination ${id}`);
        return { rule, destination, s3RuleId: s3RuleIdOf(rule, destination) };
    }));
});
var alarmName = (function(topology, s3RuleId, kind) {
    const head = `${topology.stackPrefix}-${topology.name}-`;
    const name = `${head}${s3RuleId}-${kind}`;
    if (name.length <= MAX_ALARM_NAME)
        return name;
    // A long rule id is cut, and a hash of the whole keeps the names of two such rules apart.
    const hash = (0,_report_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .s)(s3RuleId).slice(0, 8);
    return `${head}${s3RuleId.slice(0, MAX_ALARM_NAME - head.length - kind.length - 10)}-${hash}-${kind}`;
});
/**
 * Every alarm the source stack declares: per S3 rule whose destination has metrics. Given a way
 * back (way-back.ts), the alarms its two-way destination's stack declares.
 */
var alarmsOf = (function(topology) {
    const { alarms } = topology.monitoring;
    const out = [];
    const usedIds = new Set();
    const logicalId = (base) => {
        let id = base;
        for (let n = 2; usedIds.has(id); n++)
            id = `${base}${n}`;
        usedIds.add(id);
        return id;
    };
    for (const { rule, destination: d, s3RuleId } of s3Rules(topology)) {
        if (!d.metrics)
            continue;
        const common = {
            destinationId: d.id,
            ruleId: rule.id,
            s3RuleId,
            comparison: 'GreaterThanThreshold',
            treatMissingData: 'notBreaching',
            periodSeconds: 300,
            dimensions: { SourceBucket: topology.source.bucket, DestinationBucket: d.bucket, RuleId: s3RuleId },
        };
        const id = `Alarm${(0,_names_js__WEBPACK_IMPORTED_MODULE_1__.logicalIdOf)(s3RuleId)}`;
        if (alarms.failedOperations)
            out.push({
                ...common,
                kind: 'failed-operations',
                logicalId: logicalId(`${id}Failed`),
                name: alarmName(topology, s3RuleId, 'failed-operations'),
                metric: 'OperationsFailedReplication',
                statistic: 'Sum',
                evaluationPeriods: 1,
                threshold: 0,
                description: `s3-xrepl: objects failed to replicate from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}); the failure events on the topic say why.`,
            });
        if (alarms.latency && d.replicationTime)
            out.push({
                ...common,
                kind: 'latency',
                logicalId: logicalId(`${id}Latency`),
                name: alarmName(topology, s3RuleId, 'latency'),
                metric: 'ReplicationLatency',
                statistic: 'Maximum',
                evaluationPeriods: 1,
                threshold: RTC_THRESHOLD_SECONDS,
                description: `s3-xrepl: replication from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}) is behind the 15-minute Replication Time Control threshold.`,
            });
        if (alarms.backlog)
            out.push({
                ...common,
                kind: 'backlog',
                logicalId: logicalId(`${id}Backlog`),
                name: alarmName(topology, s3RuleId, 'backlog'),
                metric: 'OperationsPendingReplication',
                statistic: 'Maximum',
                evaluationPeriods: alarms.backlog.minutes / 5,
                threshold: alarms.backlog.operations,
                description: `s3-xrepl: more than ${alarms.backlog.operations} operations have waited to replicate from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}) for ${alarms.backlog.minutes} minutes.`,
            });
    }
    return out;
});
/**
 * The event types the product routes to its topic. S3 sends failure events only for rules with
 * metrics, and the threshold events only for rules with RTC (S3 user guide, "Receiving replication
 * failure events with Amazon S3 Event Notifications").
 */
var productEvents = (function(topology) {
    if (!topology.monitoring.failureEvents)
        return [];
    const used = new Set(topology.rules.flatMap((r) => r.destinationIds));
    const ds = topology.destinations.filter((d) => used.has(d.id));
    if (!ds.some((d) => d.metrics))
        return [];
    return [_config_monitoring_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_EVENT */ .Gd, ...(ds.some((d) => d.replicationTime) ? _config_monitoring_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .RTC_EVENTS */ .EH : [])];
});
/** Whether anything notifies the topic: without events or alarms the stack creates none. */
var topicNeeded = (function(topology) {
    return productEvents(topology).length > 0 || alarmsOf(topology).length > 0;
});
/** The topic's ARN when the config names one, for messages; the created one is known after deploy. */
var existingTopicArn = (function(topology) {
    return topology.monitoring.topic.kind === 'existing' ? topology.monitoring.topic.arn : undefined;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METRIC_NAMESPACE: () => (/* binding */ METRIC_NAMESPACE),
/* harmony export */   REPLICATION_METRICS: () => (/* binding */ REPLICATION_METRICS),
/* harmony export */   RTC_THRESHOLD_SECONDS: () => (/* binding */ RTC_THRESHOLD_SECONDS),
/* harmony export */   alarmsOf: () => (/* binding */ alarmsOf),
/* harmony export */   existingTopicArn: () => (/* binding */ existingTopicArn),
/* harmony export */   productEvents: () => (/* binding */ productEvents),
/* harmony export */   s3RuleIdOf: () => (/* binding */ s3RuleIdOf),
/* harmony export */   s3Rules: () => (/* binding */ s3Rules),
/* harmony export */   topicNeeded: () => (/* binding */ topicNeeded)
/* harmony export */ });
/* harmony import */ var _report_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9863);
/* harmony import */ var _config_monitoring_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4754);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1837);
/**
 * What the monitoring of a topology consists of, derived once from the model so the template, the
 * plan's cost estimate, verify and drift all count the same alarms and events.
 *
 * Alarm choices (the issue asks to say why):
 * - Period 300 s: S3 publishes replication metrics per minute; five minutes pages within minutes
 *   of a failure without flapping on one late datapoint, and the failure events below reach the
 *   topic per object, sooner.
 * - TreatMissingData notBreaching: a rule that replicates nothing publishes no datapoints, and
 *   "nothing failed" must read OK, not INSUFFICIENT_DATA (which pages nobody and hides the next
 *   real failure behind an alarm that never left its first state) nor ALARM (which pages for
 *   silence). The one risk of reading silence as health, metrics switched off out of band, is what
 *   drift checks: it compares every rule's Metrics with the template.
 */



const METRIC_NAMESPACE = 'AWS/S3';
/** The RTC threshold: S3 promises 99.99% of objects within 15 minutes. */
const RTC_THRESHOLD_SECONDS = 900;
/** Replication metrics S3 publishes per rule and destination when Metrics is Enabled. */
const REPLICATION_METRICS = [
    'ReplicationLatency',
    'BytesPendingReplication',
    'OperationsPendingReplication',
    'OperationsFailedReplication',
];
/** The S3 rule id of a (rule, destination) pair: one S3 rule each (replication-rules.ts). */
const s3RuleIdOf = ((rule, d) => `${rule.id}-${d.id}`);
const MAX_ALARM_NAME = 255;


/***/ }),

/***/ 1837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** "eu-backup" → "EuBackup": CloudFormation logical ids and parameter names are alphanumeric. */
var logicalIdOf = (function(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
});
var sourceStackName = (function(prefix, name) {
    return `${prefix}-${name}-source`;
});
var destinationStackName = (function(prefix, name, destinationId) {
    return `${prefix}-${name}-dst-${destinationId}`;
});
/**
 * The replication role's name is fixed up front because destination policies, deployed before
 * the role exists, must name it (see DESIGN.md §1, "Ordering trap").
 */
var defaultReplicationRoleName = (function(name) {
    return `${DEFAULT_STACK_PREFIX}-${name}${REPLICATION_ROLE_SUFFIX}`;
});
var batchRoleNameOf = (function(replicationRoleName) {
    const stem = replicationRoleName.endsWith(REPLICATION_ROLE_SUFFIX)
        ? replicationRoleName.slice(0, -REPLICATION_ROLE_SUFFIX.length)
        : replicationRoleName;
    return `${stem}${BATCH_ROLE_SUFFIX}`;
});
var returnRoleNameOf = (function(replicationRoleName, destinationId) {
    const stem = replicationRoleName.endsWith(REPLICATION_ROLE_SUFFIX)
        ? replicationRoleName.slice(0, -REPLICATION_ROLE_SUFFIX.length)
        : replicationRoleName;
    return `${stem}-${destinationId}${RETURN_ROLE_SUFFIX}`;
});
var destinationStackSetName = (function(prefix, name) {
    return `${prefix}-${name}-destinations`;
});
/** The SNS topic the source stack creates for failure events and alarms (the bootstrap's roles reach `<prefix>-*` topics). */
var alertsTopicName = (function(prefix, name) {
    return `${prefix}-${name}-replication-alerts`;
});
/**
 * The topic a two-way destination's stack creates for its way back's failure events and alarms, in
 * the destination's account and region (alarms and S3 notify topics of their own region only).
 */
var returnAlertsTopicName = (function(prefix, name, destinationId) {
    return `${prefix}-${name}-${destinationId}-return-alerts`;
});
/**
 * The start of verify's short-lived queue for failure events (the shell adds a random suffix: SQS
 * refuses a name deleted in the last minute): `<prefix>-verify-*`, the only queues the bootstrap's
 * roles reach.
 */
var verifyQueuePrefix = (function(prefix, name) {
    return `${prefix}-verify-${name}`.slice(0, 70);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BATCH_ROLE_SUFFIX: () => (/* binding */ BATCH_ROLE_SUFFIX),
/* harmony export */   DEFAULT_REPLICATION_BOUNDARY: () => (/* binding */ DEFAULT_REPLICATION_BOUNDARY),
/* harmony export */   DEFAULT_ROLES: () => (/* binding */ DEFAULT_ROLES),
/* harmony export */   DEFAULT_STACK_PREFIX: () => (/* binding */ DEFAULT_STACK_PREFIX),
/* harmony export */   DEFAULT_STACK_SET_ROLES: () => (/* binding */ DEFAULT_STACK_SET_ROLES),
/* harmony export */   DEPLOY_CHANGE_SET_PREFIX: () => (/* binding */ DEPLOY_CHANGE_SET_PREFIX),
/* harmony export */   DESTINATIONS_STACK_SET_TAG: () => (/* binding */ DESTINATIONS_STACK_SET_TAG),
/* harmony export */   NO_BOUNDARY: () => (/* binding */ NO_BOUNDARY),
/* harmony export */   NO_EXECUTION_ROLE: () => (/* binding */ NO_EXECUTION_ROLE),
/* harmony export */   PLAN_CHANGE_SET_PREFIX: () => (/* binding */ PLAN_CHANGE_SET_PREFIX),
/* harmony export */   REPLICATION_ROLE_SUFFIX: () => (/* binding */ REPLICATION_ROLE_SUFFIX),
/* harmony export */   RETURN_ROLE_SUFFIX: () => (/* binding */ RETURN_ROLE_SUFFIX),
/* harmony export */   ROLE_NAME_LIMIT: () => (/* binding */ ROLE_NAME_LIMIT),
/* harmony export */   TOPOLOGY_STACK_TAG: () => (/* binding */ TOPOLOGY_STACK_TAG),
/* harmony export */   alertsTopicName: () => (/* binding */ alertsTopicName),
/* harmony export */   batchRoleNameOf: () => (/* binding */ batchRoleNameOf),
/* harmony export */   defaultReplicationRoleName: () => (/* binding */ defaultReplicationRoleName),
/* harmony export */   destinationStackName: () => (/* binding */ destinationStackName),
/* harmony export */   destinationStackSetName: () => (/* binding */ destinationStackSetName),
/* harmony export */   logicalIdOf: () => (/* binding */ logicalIdOf),
/* harmony export */   returnAlertsTopicName: () => (/* binding */ returnAlertsTopicName),
/* harmony export */   returnRoleNameOf: () => (/* binding */ returnRoleNameOf),
/* harmony export */   sourceStackName: () => (/* binding */ sourceStackName),
/* harmony export */   verifyQueuePrefix: () => (/* binding */ verifyQueuePrefix)
/* harmony export */ });
const DEFAULT_STACK_PREFIX = 's3-xrepl';
/** Every replication role's name ends so: the bootstrap's role-name pattern keeps it as a suffix. */
const REPLICATION_ROLE_SUFFIX = '-replication';
/**
 * The S3 Batch Replication (backfill) role is named after the replication role, keeping its prefix
 * and its -replication suffix, so the bootstrap's role-name pattern covers both and its execution
 * role can create it (always inside the permissions boundary).
 */
const BATCH_ROLE_SUFFIX = '-batch-replication';
/**
 * The role a two-way destination replicates back to the source with, in the destination's account,
 * named after the source's replication role (same prefix, same suffix) so the bootstrap's role-name
 * pattern covers it and the source's bucket and key policies can name it before it exists.
 */
const RETURN_ROLE_SUFFIX = '-return-replication';
/** IAM's limit on a role name. */
const ROLE_NAME_LIMIT = 64;
const DEFAULT_ROLES = {
    deployRole: 's3-xrepl-deploy',
    planRole: 's3-xrepl-plan',
    executionRole: 's3-xrepl-cfn-exec',
};
const DEFAULT_STACK_SET_ROLES = {
    administrationRole: 's3-xrepl-stackset-admin',
    executionRole: 's3-xrepl-stackset-exec',
};
/** `accounts.<id>.executionRole: none` deploys without a CloudFormation execution role. */
const NO_EXECUTION_ROLE = 'none';
/** `accounts.<id>.permissionsBoundary: none` deploys the replication role without a boundary. */
const NO_BOUNDARY = 'none';
/**
 * Change-set names: plan and deploy each create, execute and delete only their own (the bootstrap
 * roles hold them to these prefixes with cloudformation:ChangeSetName), so a pull request's plan can
 * never prepare, delete or be mistaken for a deploy's change set.
 */
const PLAN_CHANGE_SET_PREFIX = 's3-xrepl-plan-';
const DEPLOY_CHANGE_SET_PREFIX = 's3-xrepl-deploy-';
/** The permissions boundary the bootstrap creates in each account; every replication role carries it. */
const DEFAULT_REPLICATION_BOUNDARY = 's3-xrepl-replication-boundary';
/** Deploy tags every stack with its topology's name, and a destination StackSet with its own name. */
const TOPOLOGY_STACK_TAG = 's3-xrepl:topology';
const DESTINATIONS_STACK_SET_TAG = 's3-xrepl:destinations';


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The destination → source half of a two-way pair, as a topology of its own: the destination is
 * its source, the source its one destination, and each rule that names the destination is
 * mirrored (same filter, same priority) with replica modification sync on. The templates build
 * its role and rules with the same code as the source's, so both directions come from one
 * permission chain (permission-chain.ts). Its monitoring is the source's settings on the way back's
 * rules, with a topic of its own in the destination's account and region (alarms and S3 notify
 * topics of their own region only), and none of the user's own notifications, which are the
 * source bucket's; its backfill role is the way-back role's name with the batch suffix.
 */
var wayBack = (function(topology, d) {
    if (!d.twoWay)
        throw new Error(`internal: destination ${d.id} is not two-way`);
    const { source } = topology;
    const back = {
        id: WAY_BACK.id,
        logicalId: WAY_BACK.logicalId,
        account: source.account,
        region: source.region,
        bucket: source.bucket,
        key: source.key,
        bucketKey: source.bucketKey,
        tags: source.tags,
        stackName: source.stackName,
        replicationTime: d.replicationTime,
        metrics: d.metrics,
        ownerTranslation: false,
    };
    return {
        ...topology,
        source: {
            account: d.account,
            region: d.region,
            bucket: d.bucket,
            key: d.key,
            bucketKey: d.bucketKey,
            tags: d.tags,
            stackName: d.stackName,
            replicationRoleName: d.twoWay.roleName,
            batchRoleName: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__.batchRoleNameOf)(d.twoWay.roleName),
            ...(d.twoWay.boundaryArn !== undefined ? { replicationBoundaryArn: d.twoWay.boundaryArn } : {}),
        },
        destinations: [back],
        monitoring: wayBackMonitoring(topology, d),
        rules: topology.rules
            .filter((r) => r.destinationIds.includes(d.id))
            .map((r) => ({ ...r, destinationIds: [WAY_BACK.id], replicaModificationSync: true })),
    };
});
var wayBackMonitoring = (function(topology, d) {
    return {
        ...topology.monitoring,
        topic: { kind: 'create', name: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__.returnAlertsTopicName)(topology.stackPrefix, topology.name, d.id) },
        bucketNotifications: { eventBridge: false, topics: [], queues: [], functions: [] },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WAY_BACK: () => (/* binding */ WAY_BACK),
/* harmony export */   wayBack: () => (/* binding */ wayBack)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1837);

/** The id and logical id the source takes as the destination of a two-way pair's way back. */
const WAY_BACK = { id: 'to-source', logicalId: 'Return' };


/***/ }),

/***/ 3726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The synth output directory as file name → text: each template, each stack's parameters, and
 * manifest.json. Pretty JSON with a trailing newline, so committed output diffs cleanly.
 */
var renderSynthesisFiles = (function(synthesis) {
    const files = new Map();
    for (const [name, template] of synthesis.templates)
        files.set(name, toJsonText(template));
    for (const stack of synthesis.manifest.stacks)
        files.set(`${stack.name}.parameters.json`, toJsonText(stack.parameters));
    files.set('manifest.json', toJsonText(synthesis.manifest));
    return files;
});
var toJsonText = (function(value) {
    return JSON.stringify(value, null, 2) + '\n';
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSynthesisFiles: () => (/* binding */ renderSynthesisFiles),
/* harmony export */   toJsonText: () => (/* binding */ toJsonText)
/* harmony export */ });


/***/ }),

/***/ 1771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/synth/two-way-stacks.ts





/**
 * A two-way destination's own template file and the parameters of its way back. Its first deploy
 * comes before the source stack: the source key's ARN falls back to '' (way back off) until the
 * source stack exists; deploys after the first pass the source's ARN from the start, so the way
 * back is never switched off and on again.
 */
var twoWayDestination = (function(topology, d, templates, notes) {
    const template = `${d.stackName}.template.json`;
    templates.set(template, (0,way_back/* withWayBack */.PO)((0,destination_template.buildDestinationTemplate)(), topology, d));
    const { source } = topology;
    if (source.key.kind === 'existing' && d.account !== source.account)
        notes.push(existingSourceKeyNote(topology, d));
    return {
        template,
        parameters: {
            [way_back/* WAY_BACK_PARAMETERS */.Lc.bucketArn]: (0,concrete_arns/* concreteBucketArn */.jw)(topology.partition, source.bucket),
            [way_back/* WAY_BACK_PARAMETERS */.Lc.kmsKeyArn]: source.key.kind === 'existing'
                ? source.key.arn
                : { fromStack: source.stackName, output: source_template.SOURCE_OUTPUTS.kmsKeyArn, orElse: '' },
            [replication_role/* BOUNDARY_PARAMETER */.Fj]: d.twoWay?.boundaryArn ?? '',
        },
    };
});
/** Phase 3: each two-way destination again, its way back now fed by the source stack just deployed. */
var wayBackPhase = (function(topology, destinations) {
    const again = destinations.filter((s) => topology.destinations.some((d) => d.twoWay && d.stackName === s.name));
    if (again.length === 0)
        return {};
    return {
        wayBack: again.map((s) => {
            const key = s.parameters[way_back/* WAY_BACK_PARAMETERS */.Lc.kmsKeyArn];
            return {
                ...s,
                parameters: {
                    ...s.parameters,
                    ...(key !== undefined && typeof key !== 'string'
                        ? { [way_back/* WAY_BACK_PARAMETERS */.Lc.kmsKeyArn]: { fromStack: key.fromStack, output: key.output } }
                        : {}),
                },
            };
        }),
    };
});
var existingSourceKeyNote = (function(topology, d) {
    return (`destination "${d.id}" replicates back to the source, whose existing key this tool does not manage. ` +
        `Grant the role arn:${topology.partition}:iam::${d.account}:role/${d.twoWay.roleName} kms:Encrypt and ` +
        `kms:GenerateDataKey${topology.source.bucketKey ? ' and kms:Decrypt' : ''} in that key's policy ` +
        `(kms:ViaService s3.${topology.source.region}), or every object written on ${d.bucket} fails to replicate back.`);
});
/** Topology → stacks in deploy order (every destination, then the source) with their templates. */
var synthesize = (function(topology) {
    const { source } = topology;
    const templates = new Map([[DESTINATION_TEMPLATE_FILE, (0,destination_template.buildDestinationTemplate)()]]);
    const notes = [];
    const P = destination_template.DESTINATION_PARAMETERS;
    const destinations = topology.destinations.map((d) => {
        if (d.key.kind === 'existing')
            notes.push(existingKeyNote(topology, d.id, d.region, d.bucketKey));
        const twoWay = d.twoWay ? twoWayDestination(topology, d, templates, notes) : undefined;
        return {
            name: d.stackName,
            kind: 'destination',
            account: d.account,
            region: d.region,
            template: twoWay?.template ?? DESTINATION_TEMPLATE_FILE,
            parameters: {
                ...twoWay?.parameters,
                [P.bucketName]: d.bucket,
                [P.kmsKeyArn]: d.key.kind === 'existing' ? d.key.arn : '',
                [P.sourceAccountId]: source.account,
                [P.replicationRoleName]: source.replicationRoleName,
                [P.bucketKeyEnabled]: String(d.bucketKey),
                [P.ownerTranslation]: String(d.ownerTranslation),
                [P.noncurrentVersionExpirationDays]: String(topology.noncurrentVersionExpirationDays ?? 0),
            },
            tags: d.tags,
        };
    });
    const topicNote = (0,alerts.existingTopicNote)(topology);
    if (topicNote)
        notes.push(topicNote);
    const sourceFile = `${source.stackName}.template.json`;
    templates.set(sourceFile, (0,source_template.buildSourceTemplate)(topology));
    const sourceParameters = {
        [replication_role/* BOUNDARY_PARAMETER */.Fj]: source.replicationBoundaryArn ?? '',
    };
    for (const d of topology.destinations) {
        const names = (0,source_parameters/* destinationParameterNames */._)(d);
        sourceParameters[names.bucketArn] = { fromStack: d.stackName, output: destination_template.DESTINATION_OUTPUTS.bucketArn };
        sourceParameters[names.kmsKeyArn] = { fromStack: d.stackName, output: destination_template.DESTINATION_OUTPUTS.kmsKeyArn };
    }
    const sourceStack = {
        name: source.stackName,
        kind: 'source',
        account: source.account,
        region: source.region,
        template: sourceFile,
        parameters: sourceParameters,
        tags: source.tags,
    };
    return {
        manifest: {
            version: 1,
            topology: topology.name,
            stacks: [...destinations, sourceStack],
            ...wayBackPhase(topology, destinations),
            ...(topology.destinationStackSet ? { destinationStackSet: topology.destinationStackSet } : {}),
        },
        templates,
        notes,
    };
});
var existingKeyNote = (function(topology, id, region, bucketKey) {
    const roleArn = `arn:${topology.partition}:iam::${topology.source.account}:role/${topology.source.replicationRoleName}`;
    const actions = bucketKey
        ? [...permission_chain/* DESTINATION_KEY_ACTIONS */.hN, ...permission_chain/* DESTINATION_KEY_BUCKET_KEY_ACTIONS */.AY]
        : [...permission_chain/* DESTINATION_KEY_ACTIONS */.hN];
    const statement = {
        Sid: 'AllowS3XreplReplicationRole',
        Effect: 'Allow',
        Principal: { AWS: `arn:${topology.partition}:iam::${topology.source.account}:root` },
        Action: actions,
        Resource: '*',
        Condition: {
            ArnEquals: { 'aws:PrincipalArn': roleArn },
            StringEquals: { 'kms:ViaService': viaService(region, topology.partition) },
        },
    };
    return (`destination "${id}" uses an existing key, whose policy this tool does not manage. ` +
        `Add this statement to that key's policy or replication will fail object by object:\n${JSON.stringify(statement, null, 2)}`);
});
/** One value, or both forms in aws-cn (see s3ViaServices). */
var viaService = (function(region, partition) {
    const forms = (0,permission_chain/* s3ViaServices */.ff)(region, partition);
    return forms.length === 1 ? forms[0] : forms;
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ DESTINATION_TEMPLATE_FILE),
  D: () => (/* binding */ synthesize)
});

// EXTERNAL MODULE: ./src/core/templates/destination-template.ts
var destination_template = __webpack_require__(8318);
// EXTERNAL MODULE: ./src/core/templates/source-template.ts
var source_template = __webpack_require__(4665);
// EXTERNAL MODULE: ./src/core/templates/alerts.ts
var alerts = __webpack_require__(2096);
// EXTERNAL MODULE: ./src/core/templates/source-parameters.ts
var source_parameters = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/core/templates/replication-role.ts
var replication_role = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/core/templates/concrete-arns.ts
var concrete_arns = __webpack_require__(4089);
// EXTERNAL MODULE: ./src/core/templates/way-back.ts
var way_back = __webpack_require__(1502);
;

// EXTERNAL MODULE: ./src/core/templates/permission-chain.ts
var permission_chain = __webpack_require__(8104);
;// CONCATENATED MODULE: ./src/core/synth/synthesize.ts







const DESTINATION_TEMPLATE_FILE = 'destination.template.json';


/***/ }),

/***/ 2096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Only S3 for the source bucket, and CloudWatch for this topology's alarms, may publish. */
var publishStatements = (function(topology, topicArn, p, asText) {
    const text = (s) => (asText ? s : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(s));
    return [
        {
            Sid: 'S3PublishesReplicationEventsOfTheSourceBucket',
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topicArn,
            Condition: {
                ArnLike: { 'aws:SourceArn': text(`arn:${p.partition}:s3:::${topology.source.bucket}`) },
                StringEquals: { 'aws:SourceAccount': asText ? p.account : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AWS::AccountId') },
            },
        },
        {
            Sid: 'CloudWatchPublishesTheTopologysAlarms',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topicArn,
            Condition: {
                ArnLike: { 'aws:SourceArn': text(alarmArnPattern(topology, p)) },
                StringEquals: { 'aws:SourceAccount': asText ? p.account : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AWS::AccountId') },
            },
        },
    ];
});
/**
 * The services encrypt each message with the topic's key. CloudWatch's use is held to this
 * topology's alarms; S3's carries no source condition because S3 documents none for its KMS calls
 * to a topic's key, and an unmet condition would drop every event without a word, the very failure
 * this exists to catch. The topic policy above holds S3 to the source bucket.
 */
var keyStatements = (function(topology, p, asText) {
    const text = (s) => (asText ? s : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(s));
    return [
        {
            Sid: 'S3EncryptsEventsForTheTopic',
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
            Resource: '*',
        },
        {
            Sid: 'CloudWatchEncryptsAlarmsForTheTopic',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
            Resource: '*',
            Condition: {
                ArnLike: { 'aws:SourceArn': text(alarmArnPattern(topology, p)) },
                StringEquals: { 'aws:SourceAccount': asText ? p.account : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AWS::AccountId') },
            },
        },
    ];
});
var topicArnOf = (function(topology) {
    return topology.monitoring.topic.kind === 'create' ? (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AlertsTopic') : topology.monitoring.topic.arn;
});
var alarmResource = (function(a, topic) {
    return {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
            AlarmName: a.name,
            AlarmDescription: a.description,
            Namespace: _model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.METRIC_NAMESPACE,
            MetricName: a.metric,
            Dimensions: Object.entries(a.dimensions).map(([Name, Value]) => ({ Name, Value })),
            Statistic: a.statistic,
            Period: a.periodSeconds,
            EvaluationPeriods: a.evaluationPeriods,
            DatapointsToAlarm: a.evaluationPeriods,
            Threshold: a.threshold,
            ComparisonOperator: a.comparison,
            TreatMissingData: a.treatMissingData,
            ActionsEnabled: true,
            // OK too, so whoever was paged hears that it is over.
            AlarmActions: [topic],
            OKActions: [topic],
        },
    };
});
var filterOf = (function(t) {
    const rules = [
        ...(t.prefix !== undefined ? [{ Name: 'prefix', Value: t.prefix }] : []),
        ...(t.suffix !== undefined ? [{ Name: 'suffix', Value: t.suffix }] : []),
    ];
    return rules.length > 0 ? { S3Key: { Rules: rules } } : undefined;
});
/** One CloudFormation entry per event: the schema takes a single Event per configuration. */
var entries = (function(targets, arnKey) {
    return targets.flatMap((t) => t.events.map((Event) => {
        const filter = filterOf(t);
        return { Event, [arnKey]: t.arn, ...(filter ? { Filter: filter } : {}) };
    }));
});
/**
 * The source bucket's whole notification configuration (S3 keeps one per bucket, and the source
 * stack owns it): the product's events first, then the user's own entries from the config.
 */
var notificationConfiguration = (function(topology) {
    const events = (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.productEvents)(topology);
    const own = topology.monitoring.bucketNotifications;
    const topics = [
        ...events.map((Event) => ({ Event, Topic: topicArnOf(topology) })),
        ...entries(own.topics, 'Topic'),
    ];
    const queues = entries(own.queues, 'Queue');
    const functions = entries(own.functions, 'Function');
    if (topics.length + queues.length + functions.length === 0 && !own.eventBridge)
        return undefined;
    return {
        ...(topics.length > 0 ? { TopicConfigurations: topics } : {}),
        ...(queues.length > 0 ? { QueueConfigurations: queues } : {}),
        ...(functions.length > 0 ? { LambdaConfigurations: functions } : {}),
        ...(own.eventBridge ? { EventBridgeConfiguration: { EventBridgeEnabled: true } } : {}),
    };
});
/** The source stack's monitoring resources. */
var alertsOf = (function(topology) {
    const resources = {};
    const outputs = {};
    const { monitoring } = topology;
    const created = monitoring.topic.kind === 'create' && (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.topicNeeded)(topology);
    if (created && monitoring.topic.kind === 'create') {
        resources.AlertsKey = (0,_kms_key_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsKeyResource */ .z)({
            description: `s3-xrepl: encrypts the replication alerts of topology "${topology.name}" on their topic`,
            extraStatements: keyStatements(topology, TEMPLATE_PLACE, false),
        });
        resources.AlertsTopic = {
            Type: 'AWS::SNS::Topic',
            Properties: {
                TopicName: monitoring.topic.name,
                DisplayName: `s3-xrepl ${topology.name}`,
                KmsMasterKeyId: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .getAtt */ .CN)('AlertsKey', 'Arn'),
            },
        };
        resources.AlertsTopicPolicy = {
            Type: 'AWS::SNS::TopicPolicy',
            Properties: {
                Topics: [(0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AlertsTopic')],
                PolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .policyDocument */ .yr)(publishStatements(topology, (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AlertsTopic'), TEMPLATE_PLACE, false)),
            },
        };
        monitoring.subscriptions.forEach((s, i) => {
            resources[`AlertsSubscription${i + 1}`] = {
                Type: 'AWS::SNS::Subscription',
                Properties: { TopicArn: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AlertsTopic'), Protocol: s.protocol, Endpoint: s.endpoint },
            };
        });
    }
    if ((0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.topicNeeded)(topology))
        outputs[ALERTS_OUTPUTS.topicArn] = {
            Description: 'ARN of the topic that failure events and alarms notify.',
            Value: topicArnOf(topology),
        };
    if (created)
        outputs[ALERTS_OUTPUTS.keyArn] = {
            Description: 'ARN of the key that encrypts the alerts on their topic.',
            Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .getAtt */ .CN)('AlertsKey', 'Arn'),
        };
    for (const a of (0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.alarmsOf)(topology))
        resources[a.logicalId] = alarmResource(a, topicArnOf(topology));
    const notifications = notificationConfiguration(topology);
    return {
        resources,
        outputs,
        bucketProperties: notifications ? { NotificationConfiguration: notifications } : {},
        bucketDependsOn: created ? ['AlertsTopicPolicy'] : [],
    };
});
/**
 * What a topic the config names (monitoring.topic: ARN) needs, which its owner must add: the
 * product does not manage that topic's policy or key.
 */
var existingTopicNote = (function(topology) {
    const { topic } = topology.monitoring;
    if (topic.kind !== 'existing' || !(0,_model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__.topicNeeded)(topology))
        return undefined;
    const [, partition = '', , region = '', account = ''] = topic.arn.split(':');
    const p = { partition, region, account: topology.source.account };
    return (`monitoring.topic is ${topic.arn}, whose policy this tool does not manage. Add these statements to its ` +
        'topic policy, or no failure event and no alarm will reach it:\n' +
        JSON.stringify(publishStatements(topology, topic.arn, p, true), null, 2) +
        (account === topology.source.account
            ? ''
            : '\nThe topic is in another account: CloudWatch alarms there must be allowed by that account too.') +
        '\nIf the topic is encrypted, its key (a customer managed key: the AWS managed aws/sns key cannot be ' +
        'opened to S3 or CloudWatch) needs these statements in its key policy:\n' +
        JSON.stringify(keyStatements(topology, p, true), null, 2) +
        topology.destinations
            .filter((d) => d.twoWay)
            .map((d) => `\nThe way back from destination "${d.id}" is watched in its own account and region (${d.account}, ${d.region}), ` +
            'where CloudWatch and S3 can notify: its stack creates a topic of its own for that, with the same subscriptions.')
            .join(''));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALERTS_OUTPUTS: () => (/* binding */ ALERTS_OUTPUTS),
/* harmony export */   alertsOf: () => (/* binding */ alertsOf),
/* harmony export */   existingTopicNote: () => (/* binding */ existingTopicNote)
/* harmony export */ });
/* harmony import */ var _model_monitoring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5735);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2954);
/* harmony import */ var _kms_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3192);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3445);
/**
 * Replication never fails silently: the source stack's alarms, its encrypted topic and the source
 * bucket's notification configuration. What there is comes from model/monitoring.ts; this file
 * only says it in CloudFormation.
 *
 * The topic is encrypted with a key of its own, never the AWS managed aws/sns key: S3 and
 * CloudWatch publish to an encrypted topic only if the key policy lets their service principals
 * use the key, and an AWS managed key's policy cannot be changed (SNS developer guide, "Enable
 * compatibility between event sources from AWS services and encrypted topics"). The key encrypts
 * messages in transit through this topic and nothing else.
 */




/**
 * The topic, for verify; the key's ARN, for the plan: KMS chooses a key's id, and a stack's outputs
 * are where the plan reads a deployed key's ARN back (plan/stack-values.ts).
 */
const ALERTS_OUTPUTS = { topicArn: 'AlertsTopicArn', keyArn: 'AlertsKeyArn' };
const TEMPLATE_PLACE = {
    partition: '${AWS::Partition}',
    region: '${AWS::Region}',
    account: '${AWS::AccountId}',
};
const alarmArnPattern = ((topology, p) => `arn:${p.partition}:cloudwatch:${p.region}:${p.account}:alarm:${topology.stackPrefix}-${topology.name}-*`);


/***/ }),

/***/ 7772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The role S3 Batch Operations assumes to backfill (DESIGN.md §5, AWS's "Configuring IAM policies for
 * Batch Replication", S3-generated manifest): trusted by Batch Operations acting for the source
 * account only; it may start replication of the source bucket's objects, read the replication
 * configuration and list the bucket (PutInventoryConfiguration, which the manifest generator uses),
 * and read and write under the product's own prefix (the manifest it generates, the completion
 * report). The copying itself is done by S3 as the replication role, as for live replication. It
 * carries the replication boundary, like every role the execution role creates.
 */
var batchRoleResource = (function(topology) {
    const { source } = topology;
    const bucket = `arn:\${AWS::Partition}:s3:::${source.bucket}`;
    return {
        Type: 'AWS::IAM::Role',
        Properties: {
            RoleName: source.batchRoleName,
            Description: `s3-xrepl: backfills ${source.bucket} with S3 Batch Replication (topology ${topology.name})`,
            AssumeRolePolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyDocument */ .yr)([
                {
                    Sid: 'BatchOperationsForThisAccountOnly',
                    Effect: 'Allow',
                    Principal: { Service: BATCH_OPERATIONS_SERVICE },
                    Action: 'sts:AssumeRole',
                    Condition: { StringEquals: { 'aws:SourceAccount': source.account } },
                },
            ]),
            Policies: [
                {
                    PolicyName: 'batch-replication',
                    PolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyDocument */ .yr)([
                        {
                            Sid: 'InitiateReplicationOfSourceObjects',
                            Effect: 'Allow',
                            Action: [..._replication_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_OBJECT_ACTIONS */ .H2],
                            Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`${bucket}/*`),
                        },
                        {
                            Sid: 'GenerateTheManifestFromTheSource',
                            Effect: 'Allow',
                            // The generator reads the rules to know what is eligible; it lists through the inventory.
                            Action: ['s3:GetReplicationConfiguration', ..._replication_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_BUCKET_ACTIONS */ .Ey],
                            Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(bucket),
                        },
                        {
                            Sid: 'ManifestAndReportUnderTheProductPrefix',
                            Effect: 'Allow',
                            Action: [..._replication_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_REPORT_ACTIONS */ .wQ],
                            Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`${bucket}/${_product_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_REPORT_PREFIX */ .p5}/*`),
                        },
                    ]),
                },
            ],
            // The bootstrap's execution role creates roles only with this boundary (DESIGN.md §4).
            PermissionsBoundary: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .fnIf */ .gI)(_replication_role_js__WEBPACK_IMPORTED_MODULE_3__/* .HAS_BOUNDARY */ .IQ, (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(_replication_role_js__WEBPACK_IMPORTED_MODULE_3__/* .BOUNDARY_PARAMETER */ .Fj), _cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_VALUE */ .GY),
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ BATCH_COMPLETION_PREFIX),
/* harmony export */   ZT: () => (/* binding */ batchRoleResource),
/* harmony export */   a7: () => (/* binding */ BATCH_MANIFEST_PREFIX),
/* harmony export */   gu: () => (/* binding */ BATCH_OPERATIONS_SERVICE)
/* harmony export */ });
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2954);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3445);
/* harmony import */ var _product_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);
/* harmony import */ var _replication_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1308);
/* harmony import */ var _replication_role_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6078);





/** The service principal S3 Batch Operations assumes roles as. */
const BATCH_OPERATIONS_SERVICE = 'batchoperations.s3.amazonaws.com';
/** Where, under BATCH_REPORT_PREFIX of the source bucket, S3 writes the generated manifests and the reports. */
const BATCH_MANIFEST_PREFIX = `${_product_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_REPORT_PREFIX */ .p5}/manifests`;
const BATCH_COMPLETION_PREFIX = `${_product_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_REPORT_PREFIX */ .p5}/reports`;


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


/**
 * A bucket as both ends of replication need it: versioned (replication requires it on both
 * sides), SSE-KMS by default, ACLs disabled, never public, and retained on delete or replace.
 */
var bucketResource = (function(spec) {
    return {
        Type: 'AWS::S3::Bucket',
        ..._cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .RETAIN */ .WU,
        ...(spec.dependsOn ? { DependsOn: spec.dependsOn } : {}),
        Properties: {
            BucketName: spec.bucketName,
            VersioningConfiguration: { Status: 'Enabled' },
            BucketEncryption: {
                ServerSideEncryptionConfiguration: [
                    {
                        ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: spec.kmsKeyArn },
                        BucketKeyEnabled: spec.bucketKeyEnabled,
                    },
                ],
            },
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
            PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                BlockPublicPolicy: true,
                IgnorePublicAcls: true,
                RestrictPublicBuckets: true,
            },
            LifecycleConfiguration: spec.lifecycle,
            ...(spec.replicationConfiguration !== undefined
                ? { ReplicationConfiguration: spec.replicationConfiguration }
                : {}),
        },
    };
});
/** Lifecycle rules of every bucket: the canary backstop, and noncurrent-version expiry when configured. */
var bucketLifecycle = (function(noncurrentRule) {
    return { Rules: [canaryBackstopRule(), ...(noncurrentRule !== undefined ? [noncurrentRule] : [])] };
});
var noncurrentExpiryRule = (function(days) {
    return {
        Id: 'expire-noncurrent-versions',
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: days },
    };
});
/** Expires what a verify run could not clean up (it deletes its canaries itself when it finishes). */
var canaryBackstopRule = (function() {
    return {
        Id: 's3-xrepl-canary-backstop',
        Status: 'Enabled',
        TagFilters: [{ Key: _model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV.key, Value: _model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_TAG */ .eV.value }],
        ExpirationInDays: _model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_EXPIRY_DAYS */ .$L,
        NoncurrentVersionExpiration: { NoncurrentDays: _model_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .CANARY_EXPIRY_DAYS */ .$L },
    };
});
/** Refuse plain HTTP to the bucket for everyone, the replication role included. */
var denyInsecureTransport = (function(bucketArn, objectsArn) {
    return {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, objectsArn],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ bucketLifecycle),
/* harmony export */   G_: () => (/* binding */ noncurrentExpiryRule),
/* harmony export */   OH: () => (/* binding */ denyInsecureTransport),
/* harmony export */   Xu: () => (/* binding */ bucketResource)
/* harmony export */ });
/* harmony import */ var _model_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5677);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2954);


/***/ }),

/***/ 2954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ not),
/* harmony export */   CN: () => (/* binding */ getAtt),
/* harmony export */   GY: () => (/* binding */ NO_VALUE),
/* harmony export */   KR: () => (/* binding */ ref),
/* harmony export */   Uo: () => (/* binding */ and),
/* harmony export */   WU: () => (/* binding */ RETAIN),
/* harmony export */   aI: () => (/* binding */ equals),
/* harmony export */   gI: () => (/* binding */ fnIf),
/* harmony export */   jb: () => (/* binding */ sub)
/* harmony export */ });
const ref = ((name) => ({ Ref: name }));
const sub = ((text, vars) => vars ? { 'Fn::Sub': [text, vars] } : { 'Fn::Sub': text });
const getAtt = ((logicalId, attribute) => ({
    'Fn::GetAtt': [logicalId, attribute],
}));
const fnIf = ((condition, whenTrue, whenFalse) => ({
    'Fn::If': [condition, whenTrue, whenFalse],
}));
const equals = ((a, b) => ({ 'Fn::Equals': [a, b] }));
const not = ((c) => ({ 'Fn::Not': [c] }));
const and = ((...cs) => ({ 'Fn::And': cs }));
const NO_VALUE = { Ref: 'AWS::NoValue' };
/** Retain buckets, keys and the data they protect whatever happens to the stack. */
const RETAIN = { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' };


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * ARNs as AWS will store them once deployed, for size checks. A key the stack creates gets the
 * longest id KMS issues (a multi-Region key's `mrk-` and 32 hex digits), so sizes are upper bounds.
 */
var concreteBucketArn = (function(partition, bucket) {
    return `arn:${partition}:s3:::${bucket}`;
});
var concreteKeyArn = (function(partition, region, account, key) {
    return key.kind === 'existing'
        ? key.arn
        : `arn:${partition}:kms:${region}:${account}:key/mrk-${'0'.repeat(32)}`;
});
var concreteRoleArn = (function(partition, account, roleName) {
    return `arn:${partition}:iam::${account}:role/${roleName}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ concreteRoleArn),
/* harmony export */   jw: () => (/* binding */ concreteBucketArn),
/* harmony export */   oH: () => (/* binding */ concreteKeyArn)
/* harmony export */ });


/***/ }),

/***/ 8318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * One template for every destination, with no account, region or bucket baked in, so it can be
 * deployed as a plain stack or as a StackSet instance with parameter overrides.
 */
var buildDestinationTemplate = (function() {
    const keyStatement = {
        Sid: 'AllowReplicationRoleToEncryptReplicas',
        Effect: 'Allow',
        Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .accountRoot */ .sJ)('${SourceAccountId}'),
        Action: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)('UseBucketKey', [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_KEY_ACTIONS */ .hN, ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_KEY_BUCKET_KEY_ACTIONS */ .AY], [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_KEY_ACTIONS */ .hN]),
        Resource: '*',
        Condition: {
            ...fromReplicationRole,
            // Both forms in aws-cn, where which one S3 presents is not documented (DESIGN.md §1).
            StringEquals: {
                'kms:ViaService': (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)(IN_CHINA, [(0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)((0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .s3ViaService */ .SY)('${AWS::Region}')), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)((0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .S3_VIA_SERVICE_CHINA_ALTERNATIVE */ .sX)('${AWS::Region}'))], (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)((0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .s3ViaService */ .SY)('${AWS::Region}'))),
            },
            StringLike: { 'kms:EncryptionContext:aws:s3:arn': (0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .encryptionContexts */ .qY)(BUCKET_ARN).map((s) => (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(s)) },
        },
    };
    const replicate = {
        Sid: 'AllowReplicationRoleToReplicate',
        Effect: 'Allow',
        Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .accountRoot */ .sJ)('${SourceAccountId}'),
        Action: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)('TranslateOwner', [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_OBJECT_ACTIONS */ .xB, _permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNER_OVERRIDE_ACTION */ .ii], [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_OBJECT_ACTIONS */ .xB]),
        Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`${BUCKET_ARN}/*`),
        Condition: fromReplicationRole,
    };
    const readVersioning = {
        Sid: 'AllowReplicationRoleToCheckVersioning',
        Effect: 'Allow',
        Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .accountRoot */ .sJ)('${SourceAccountId}'),
        Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTINATION_BUCKET_ACTIONS */ .oM],
        Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(BUCKET_ARN),
        Condition: fromReplicationRole,
    };
    const keyArn = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)('CreateKey', (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .getAtt */ .CN)('ReplicaKey', 'Arn'), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.kmsKeyArn));
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 's3-xrepl destination: a versioned SSE-KMS bucket and its customer managed key, with the bucket and key ' +
            "policies that let the source account's replication role (and nothing else there) write replicas.",
        Parameters: {
            [P.bucketName]: {
                Type: 'String',
                Description: 'Name of the destination bucket to create.',
                AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
                ConstraintDescription: 'an S3 bucket name: 3-63 lowercase letters, digits, "." and "-"',
            },
            [P.kmsKeyArn]: {
                Type: 'String',
                Default: '',
                Description: 'Empty to create a customer managed key, or the ARN of an existing key in this account and region ' +
                    '(its key policy must then grant the replication role kms:Encrypt and kms:GenerateDataKey).',
                AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
                ConstraintDescription: 'empty, or a KMS key ARN (not an alias)',
            },
            [P.sourceAccountId]: {
                Type: 'String',
                Description: 'Account id of the source bucket and its replication role.',
                AllowedPattern: '^[0-9]{12}$',
                ConstraintDescription: 'a 12-digit account id',
            },
            [P.replicationRoleName]: {
                Type: 'String',
                Description: 'Name of the replication role in the source account (it may not exist yet).',
                AllowedPattern: '^[\\w+=,.@-]{1,64}$',
            },
            [P.bucketKeyEnabled]: {
                Type: 'String',
                Default: 'true',
                AllowedValues: ['true', 'false'],
                Description: 'Use S3 Bucket Keys for objects and replicas in this bucket.',
            },
            [P.ownerTranslation]: {
                Type: 'String',
                Default: 'false',
                AllowedValues: ['true', 'false'],
                Description: 'Allow the replication role to hand replica ownership to this account.',
            },
            [P.noncurrentVersionExpirationDays]: {
                Type: 'Number',
                Default: 0,
                MinValue: 0,
                Description: 'Expire noncurrent versions after this many days; 0 keeps them.',
            },
        },
        Conditions: {
            CreateKey: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.kmsKeyArn), ''),
            UseBucketKey: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.bucketKeyEnabled), 'true'),
            TranslateOwner: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.ownerTranslation), 'true'),
            ExpireNoncurrent: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.noncurrentVersionExpirationDays), 0)),
            // In one account, the role's own IAM policy already suffices: a resource-policy grant would only duplicate it.
            CrossAccount: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.sourceAccountId), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AWS::AccountId'))),
            [IN_CHINA]: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('AWS::Partition'), 'aws-cn'),
        },
        Resources: {
            ReplicaKey: (0,_kms_key_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsKeyResource */ .z)({
                condition: 'CreateKey',
                description: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)('s3-xrepl replica key for ${BucketName}'),
                extraStatements: [onlyCrossAccount(keyStatement)],
            }),
            ReplicaBucket: (0,_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .bucketResource */ .Xu)({
                bucketName: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.bucketName),
                kmsKeyArn: keyArn,
                bucketKeyEnabled: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)('UseBucketKey', true, false),
                lifecycle: (0,_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .bucketLifecycle */ .Dn)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)('ExpireNoncurrent', (0,_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .noncurrentExpiryRule */ .G_)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(P.noncurrentVersionExpirationDays)), _cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_VALUE */ .GY)),
            }),
            ReplicaBucketPolicy: {
                Type: 'AWS::S3::BucketPolicy',
                Properties: {
                    Bucket: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('ReplicaBucket'),
                    PolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyDocument */ .yr)([
                        onlyCrossAccount(replicate),
                        onlyCrossAccount(readVersioning),
                        (0,_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .denyInsecureTransport */ .OH)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(BUCKET_ARN), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`${BUCKET_ARN}/*`)),
                    ]),
                },
            },
        },
        Outputs: {
            [DESTINATION_OUTPUTS.bucketArn]: {
                Description: 'ARN of the destination bucket.',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .getAtt */ .CN)('ReplicaBucket', 'Arn'),
            },
            [DESTINATION_OUTPUTS.bucketName]: {
                Description: 'Name of the destination bucket.',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)('ReplicaBucket'),
            },
            [DESTINATION_OUTPUTS.kmsKeyArn]: {
                Description: 'ARN of the key replicas are encrypted with.',
                Value: keyArn,
            },
        },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DESTINATION_OUTPUTS: () => (/* binding */ DESTINATION_OUTPUTS),
/* harmony export */   DESTINATION_PARAMETERS: () => (/* binding */ DESTINATION_PARAMETERS),
/* harmony export */   buildDestinationTemplate: () => (/* binding */ buildDestinationTemplate)
/* harmony export */ });
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2165);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2954);
/* harmony import */ var _kms_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3192);
/* harmony import */ var _permission_chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8104);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3445);





/** Parameter names of the destination template; the synth manifest fills them per destination. */
const DESTINATION_PARAMETERS = {
    bucketName: 'BucketName',
    kmsKeyArn: 'KmsKeyArn',
    sourceAccountId: 'SourceAccountId',
    replicationRoleName: 'ReplicationRoleName',
    bucketKeyEnabled: 'BucketKeyEnabled',
    ownerTranslation: 'OwnerTranslation',
    noncurrentVersionExpirationDays: 'NoncurrentVersionExpirationDays',
};
/** Output keys of the destination template, consumed by the source stack. */
const DESTINATION_OUTPUTS = {
    bucketArn: 'BucketArn',
    bucketName: 'BucketName',
    kmsKeyArn: 'KmsKeyArn',
};
const P = DESTINATION_PARAMETERS;
const BUCKET_ARN = 'arn:${AWS::Partition}:s3:::${BucketName}';
/** The role does not exist when this stack deploys: name the source account, then pin the role by ARN. */
const REPLICATION_ROLE_ARN = 'arn:${AWS::Partition}:iam::${SourceAccountId}:role/${ReplicationRoleName}';
const fromReplicationRole = { ArnEquals: { 'aws:PrincipalArn': (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(REPLICATION_ROLE_ARN) } };
const onlyCrossAccount = ((s) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .whenCondition */ .W1)('CrossAccount', s));
const IN_CHINA = 'InChinaPartition';


/***/ }),

/***/ 3192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** A customer managed symmetric key with yearly rotation, retained on delete or replace. */
var kmsKeyResource = (function(opts) {
    return {
        Type: 'AWS::KMS::Key',
        ..._cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .RETAIN */ .WU,
        ...(opts.condition ? { Condition: opts.condition } : {}),
        Properties: {
            Description: opts.description,
            EnableKeyRotation: true,
            KeySpec: 'SYMMETRIC_DEFAULT',
            KeyUsage: 'ENCRYPT_DECRYPT',
            KeyPolicy: (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDocument */ .yr)([accountRootStatement, ...opts.extraStatements]),
            // The bootstrap's execution role may manage (policy, rotation, tags) only keys carrying this tag.
            Tags: [{ Key: _product_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT_KEY_TAG */ .t1.key, Value: _product_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT_KEY_TAG */ .t1.value }],
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ kmsKeyResource)
/* harmony export */ });
/* unused harmony export accountRootStatement */
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2954);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3445);
/* harmony import */ var _product_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33);



/**
 * The statement every key keeps so its own account's administrators stay in control (and IAM
 * policies in that account can be granted use of the key).
 */
const accountRootStatement = {
    Sid: 'EnableIamPoliciesOfThisAccount',
    Effect: 'Allow',
    Principal: { AWS: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
    Action: 'kms:*',
    Resource: '*',
};


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The kms:ViaService values of S3 in `region` of `partition`, as concrete strings. */
var s3ViaServices = (function(region, partition) {
    const own = `s3.${region}.${(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .urlSuffix */ .rW)(partition)}`;
    return partition === 'aws-cn' ? [own, S3_VIA_SERVICE_CHINA_ALTERNATIVE(region)] : [own];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ DESTINATION_KEY_BUCKET_KEY_ACTIONS),
/* harmony export */   Iz: () => (/* binding */ SOURCE_KEY_ACTIONS),
/* harmony export */   SY: () => (/* binding */ s3ViaService),
/* harmony export */   X0: () => (/* binding */ SOURCE_BUCKET_ACTIONS),
/* harmony export */   ff: () => (/* binding */ s3ViaServices),
/* harmony export */   hN: () => (/* binding */ DESTINATION_KEY_ACTIONS),
/* harmony export */   ii: () => (/* binding */ OWNER_OVERRIDE_ACTION),
/* harmony export */   oM: () => (/* binding */ DESTINATION_BUCKET_ACTIONS),
/* harmony export */   qY: () => (/* binding */ encryptionContexts),
/* harmony export */   qz: () => (/* binding */ SOURCE_OBJECT_ACTIONS),
/* harmony export */   sX: () => (/* binding */ S3_VIA_SERVICE_CHINA_ALTERNATIVE),
/* harmony export */   xB: () => (/* binding */ DESTINATION_OBJECT_ACTIONS)
/* harmony export */ });
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9907);

/**
 * The cross-account permission chain of DESIGN.md §1, as data. Every template that grants a
 * replication permission takes its actions from here, so the role policy and the destination's
 * bucket and key policies cannot drift apart. Read DESIGN.md before changing anything in this file.
 */
/** On the source bucket itself. ListBucket is needed to replicate delete markers. */
const SOURCE_BUCKET_ACTIONS = ['s3:GetReplicationConfiguration', 's3:ListBucket'];
/**
 * On source object versions. Not s3:GetObjectVersion: it does not cover SSE-KMS objects, and
 * grants far more than replication needs.
 */
const SOURCE_OBJECT_ACTIONS = [
    's3:GetObjectVersionForReplication',
    's3:GetObjectVersionAcl',
    's3:GetObjectVersionTagging',
];
/** On destination objects, granted in the role policy and again in the destination bucket policy. */
const DESTINATION_OBJECT_ACTIONS = [
    's3:ReplicateObject',
    's3:ReplicateDelete',
    's3:ReplicateTags',
];
/** Only when replicas change owner (AccessControlTranslation). */
const OWNER_OVERRIDE_ACTION = 's3:ObjectOwnerOverrideToBucketOwner';
/** On the destination bucket: S3 checks versioning before replicating. Never PutBucketVersioning. */
const DESTINATION_BUCKET_ACTIONS = ['s3:GetBucketVersioning'];
/** On the source key: S3 decrypts the source version as the role. */
const SOURCE_KEY_ACTIONS = ['kms:Decrypt'];
/** On each destination key: S3 encrypts the replica as the role. Not GenerateDataKey alone. */
const DESTINATION_KEY_ACTIONS = ['kms:Encrypt', 'kms:GenerateDataKey'];
/** With S3 Bucket Keys on replicas, S3 also decrypts the bucket-level data key. */
const DESTINATION_KEY_BUCKET_KEY_ACTIONS = ['kms:Decrypt'];
/** The S3 endpoint a KMS call must come through, for kms:ViaService. */
const s3ViaService = ((regionExpr) => `s3.${regionExpr}.\${AWS::URLSuffix}`);
/**
 * In aws-cn, AWS does not document whether S3 presents `s3.R.amazonaws.com.cn` (the partition's
 * URL suffix) or `s3.R.amazonaws.com`. Both name S3 in that region, so allowing both is no wider,
 * and replication works whichever S3 sends (DESIGN.md §1). Elsewhere the one form.
 */
const S3_VIA_SERVICE_CHINA_ALTERNATIVE = ((regionExpr) => `s3.${regionExpr}.amazonaws.com`);
/**
 * Values of kms:EncryptionContext:aws:s3:arn S3 uses for a bucket: the object ARN, or the bucket
 * ARN when S3 Bucket Keys are on. Both are allowed because Bucket Keys can be toggled later.
 */
const encryptionContexts = ((bucketArnExpr) => [`${bucketArnExpr}/*`, bucketArnExpr]);


/***/ }),

/***/ 3445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ whenCondition),
/* harmony export */   sJ: () => (/* binding */ accountRoot),
/* harmony export */   yr: () => (/* binding */ policyDocument)
/* harmony export */ });
const whenCondition = ((condition, statement) => ({
    'Fn::If': [condition, statement, { Ref: 'AWS::NoValue' }],
}));
const policyDocument = ((statements) => ({
    Version: '2012-10-17',
    Statement: statements,
}));
/** Principal of an account's root: with an aws:PrincipalArn condition, names a role that may not exist yet. */
const accountRoot = ((accountExpr) => ({
    AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${accountExpr}:root` },
}));


/***/ }),

/***/ 33:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * Every product bucket ARN with `suffix` appended. CloudFormation has no map over a list, so the
 * list is joined with `suffix,` and split again: the delimiter must be literal text, which is why
 * the parameter carries whole ARNs rather than names (the partition would not be substitutable).
 */
var bucketArnsWith = (function(suffix) {
    return { 'Fn::Split': [',', { 'Fn::Join': ['', [{ 'Fn::Join': [`${suffix},`, BUCKET_ARNS] }, suffix]] }] };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ SCOPE_PARAMETERS),
/* harmony export */   Iu: () => (/* binding */ SCOPE_CONDITIONS),
/* harmony export */   Tj: () => (/* binding */ PRODUCT_ACCOUNTS),
/* harmony export */   Xm: () => (/* binding */ bucketArnsWith),
/* harmony export */   p5: () => (/* binding */ BATCH_REPORT_PREFIX),
/* harmony export */   t1: () => (/* binding */ PRODUCT_KEY_TAG),
/* harmony export */   wP: () => (/* binding */ BUCKET_ARNS)
/* harmony export */ });
/* unused harmony export RESERVED_TAG_PREFIX */
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2954);

/**
 * What the bootstrap roles may reach, as template expressions over its parameters: the buckets the
 * configs name (`BucketArns`, never `*`), the accounts they span, and the keys the product created
 * (tagged at creation). One file, so every role and the permissions boundary draw the same line.
 */
/** The tag every key the product creates carries; only keys with it may be managed. */
const PRODUCT_KEY_TAG = { key: 's3-xrepl:managed', value: 'true' };
/** Tag keys under this prefix are the product's own: configs may not set them. */
const RESERVED_TAG_PREFIX = 's3-xrepl:';
/** Where S3 Batch Replication (backfill) writes its manifests and completion reports, in the source bucket. */
const BATCH_REPORT_PREFIX = 's3-xrepl-batch';
/** The product's buckets, as ARNs (a list parameter: `arn:aws:s3:::name`, or `name-prefix*`). */
const BUCKET_ARNS = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)('BucketArns');
/** The accounts the configs span; this account alone when the parameter is left empty. */
const PRODUCT_ACCOUNTS = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .fnIf */ .gI)('ProductAccountsGiven', (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)('ProductAccounts'), [
    (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)('AWS::AccountId'),
]);
/** Parameters and the condition every bootstrap role's scope is built from. */
const SCOPE_PARAMETERS = {
    BucketArns: {
        Type: 'CommaDelimitedList',
        Description: 'ARNs of the buckets the product may manage and replicate, comma-separated: the exact buckets the configs ' +
            'name (arn:aws:s3:::acme-orders), or a name prefix of at least three characters and a * (arn:aws:s3:::acme-orders-*). ' +
            'Never a bare *: the roles would then reach every bucket in the account.',
        AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{2,62}[*]?$',
        ConstraintDescription: 'bucket ARNs, each a full name or a prefix of 3+ characters followed by *',
    },
    ProductAccounts: {
        Type: 'CommaDelimitedList',
        Default: '',
        Description: 'Accounts the topologies span (source and destinations): replication roles may reach buckets and keys in these ' +
            'accounts only. Empty: this account only.',
        AllowedPattern: '^([0-9]{12})?$',
    },
};
const SCOPE_CONDITIONS = {
    ProductAccountsGiven: {
        'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)('ProductAccounts')] }, ''] }],
    },
};


/***/ }),

/***/ 1308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The permissions boundary every role the execution role creates or edits must carry (DESIGN.md §4).
 * A role's effective rights are the intersection of its own policy and this one, so whatever a
 * template writes into a replication role, it can do no more than replicate (and backfill) between
 * the product's buckets, in the product's accounts, with keys used through S3 only. It grants no
 * IAM, no bucket or key administration, and nothing outside BucketArns.
 */
var replicationBoundaryDocument = (function() {
    const inProductAccounts = { StringEquals: { 'aws:ResourceAccount': _product_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .PRODUCT_ACCOUNTS */ .Tj } };
    const statements = [
        {
            Sid: 'ReplicationBuckets',
            Effect: 'Allow',
            Action: unique([..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_BUCKET_ACTIONS */ .X0, ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .DESTINATION_BUCKET_ACTIONS */ .oM, ...BATCH_BUCKET_ACTIONS]),
            Resource: _product_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .BUCKET_ARNS */ .wP,
            Condition: inProductAccounts,
        },
        {
            Sid: 'ReplicationObjects',
            Effect: 'Allow',
            Action: unique([
                ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_OBJECT_ACTIONS */ .qz,
                ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .DESTINATION_OBJECT_ACTIONS */ .xB,
                _permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_OVERRIDE_ACTION */ .ii,
                ...BATCH_OBJECT_ACTIONS,
            ]),
            Resource: (0,_product_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketArnsWith */ .Xm)('/*'),
            Condition: inProductAccounts,
        },
        {
            Sid: 'BatchReplicationManifestsAndReports',
            Effect: 'Allow',
            Action: [...BATCH_REPORT_ACTIONS],
            Resource: (0,_product_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketArnsWith */ .Xm)(`/${_product_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_REPORT_PREFIX */ .p5}/*`),
            Condition: inProductAccounts,
        },
        {
            Sid: 'KeysThroughS3Only',
            Effect: 'Allow',
            Action: unique([
                ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_KEY_ACTIONS */ .Iz,
                ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .DESTINATION_KEY_ACTIONS */ .hN,
                ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .DESTINATION_KEY_BUCKET_KEY_ACTIONS */ .AY,
            ]),
            Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:*:*:key/*' },
            Condition: {
                ...inProductAccounts,
                // Both forms name S3; which one aws-cn presents is not documented (DESIGN.md §1).
                StringLike: { 'kms:ViaService': ['s3.*.amazonaws.com', 's3.*.amazonaws.com.cn'] },
            },
        },
    ];
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .policyDocument */ .yr)(statements);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ replicationBoundaryDocument),
/* harmony export */   Ey: () => (/* binding */ BATCH_BUCKET_ACTIONS),
/* harmony export */   H2: () => (/* binding */ BATCH_OBJECT_ACTIONS),
/* harmony export */   wQ: () => (/* binding */ BATCH_REPORT_ACTIONS)
/* harmony export */ });
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2954);
/* harmony import */ var _permission_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8104);
/* harmony import */ var _product_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3445);




/** S3 Batch Replication (backfill): what its role needs beyond live replication, DESIGN.md §5. */
const BATCH_BUCKET_ACTIONS = ['s3:PutInventoryConfiguration'];
const BATCH_OBJECT_ACTIONS = ['s3:InitiateReplication'];
const BATCH_REPORT_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'];
const unique = ((xs) => [...new Set(xs)]);


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var templateSpelling = (function(topology, sourceKeyArn) {
    // Bucket names cannot contain "$" or "{", so baking the name into Fn::Sub text is safe.
    const sourceArn = `arn:\${AWS::Partition}:s3:::${topology.source.bucket}`;
    return {
        sourceBucket: (suffix) => (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(sourceArn + suffix),
        sourceKey: sourceKeyArn,
        destinationBucket: (d, suffix) => {
            const param = (0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .destinationParameterNames */ ._)(d).bucketArn;
            return suffix === '' ? (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(param) : (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`\${${param}}${suffix}`);
        },
        destinationKey: (d) => (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)((0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .destinationParameterNames */ ._)(d).kmsKeyArn),
        viaS3: (region) => {
            const own = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .sub */ .jb)(`s3.${region}.\${AWS::URLSuffix}`);
            return topology.partition === 'aws-cn' ? [own, (0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .S3_VIA_SERVICE_CHINA_ALTERNATIVE */ .sX)(region)] : own;
        },
    };
});
/** Concrete ARNs (see concrete-arns.ts), so the size is an upper bound. */
var concreteSpelling = (function(topology) {
    const p = topology.partition;
    return {
        sourceBucket: (suffix) => (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .concreteBucketArn */ .jw)(p, topology.source.bucket) + suffix,
        sourceKey: (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .concreteKeyArn */ .oH)(p, topology.source.region, topology.source.account, topology.source.key),
        destinationBucket: (d, suffix) => (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .concreteBucketArn */ .jw)(p, d.bucket) + suffix,
        destinationKey: (d) => (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .concreteKeyArn */ .oH)(p, d.region, d.account, d.key),
        viaS3: (region) => {
            const forms = (0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .s3ViaServices */ .ff)(region, p);
            return forms.length === 1 ? forms[0] : forms;
        },
    };
});
/**
 * The role's permissions, DESIGN.md §1. Destination statements are grouped (objects in one
 * statement, keys one per region) so the policy stays small as destinations are added.
 */
var replicationPolicy = (function(topology, arn) {
    const dst = topology.destinations;
    const statements = [
        {
            Sid: 'ReadReplicationConfigAndListSource',
            Effect: 'Allow',
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .SOURCE_BUCKET_ACTIONS */ .X0],
            Resource: arn.sourceBucket(''),
        },
        {
            Sid: 'ReadSourceVersionsForReplication',
            Effect: 'Allow',
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .SOURCE_OBJECT_ACTIONS */ .qz],
            Resource: arn.sourceBucket('/*'),
        },
        {
            Sid: 'DecryptSourceObjects',
            Effect: 'Allow',
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .SOURCE_KEY_ACTIONS */ .Iz],
            Resource: arn.sourceKey,
            Condition: {
                StringEquals: { 'kms:ViaService': arn.viaS3(topology.source.region) },
                // Object form, and bucket form for S3 Bucket Keys (which can be switched on later).
                StringLike: { 'kms:EncryptionContext:aws:s3:arn': [arn.sourceBucket('/*'), arn.sourceBucket('')] },
            },
        },
        {
            Sid: 'ReplicateIntoDestinations',
            Effect: 'Allow',
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .DESTINATION_OBJECT_ACTIONS */ .xB],
            Resource: dst.map((d) => arn.destinationBucket(d, '/*')),
        },
        {
            Sid: 'CheckDestinationVersioning',
            Effect: 'Allow',
            // Cross-account, the destination bucket policy's grant counts only if the role's own policy allows it too.
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .DESTINATION_BUCKET_ACTIONS */ .oM],
            Resource: dst.map((d) => arn.destinationBucket(d, '')),
        },
    ];
    const translated = dst.filter((d) => d.ownerTranslation);
    if (translated.length > 0) {
        statements.push({
            Sid: 'HandReplicaOwnershipToDestinations',
            Effect: 'Allow',
            Action: _permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_OVERRIDE_ACTION */ .ii,
            Resource: translated.map((d) => arn.destinationBucket(d, '/*')),
        });
    }
    for (const group of groupKeys(dst)) {
        statements.push({
            Sid: `EncryptReplicasIn${(0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__.logicalIdOf)(group.region)}${group.bucketKey ? 'WithBucketKeys' : ''}`,
            Effect: 'Allow',
            Action: group.bucketKey
                ? [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .DESTINATION_KEY_ACTIONS */ .hN, ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .DESTINATION_KEY_BUCKET_KEY_ACTIONS */ .AY]
                : [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .DESTINATION_KEY_ACTIONS */ .hN],
            Resource: group.destinations.map((d) => arn.destinationKey(d)),
            Condition: {
                StringEquals: { 'kms:ViaService': arn.viaS3(group.region) },
                StringLike: {
                    'kms:EncryptionContext:aws:s3:arn': group.destinations.flatMap((d) => [
                        arn.destinationBucket(d, '/*'),
                        arn.destinationBucket(d, ''),
                    ]),
                },
            },
        });
    }
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .policyDocument */ .yr)(statements);
});
/** Characters IAM will count for the role's inline policy once deployed (an upper bound). */
var replicationPolicySize = (function(topology) {
    return JSON.stringify(replicationPolicy(topology, concreteSpelling(topology))).length;
});
/** The role S3 assumes to replicate: in the source account, trusted only by the S3 service. */
var replicationRoleResource = (function(topology, sourceKeyArn) {
    return {
        Type: 'AWS::IAM::Role',
        Properties: {
            ...replicationRoleProperties(topology, sourceKeyArn),
            // The bootstrap's execution role creates roles only with this boundary (DESIGN.md §4).
            PermissionsBoundary: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .fnIf */ .gI)(HAS_BOUNDARY, (0,_cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .ref */ .KR)(BOUNDARY_PARAMETER), _cfn_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_VALUE */ .GY),
        },
    };
});
var replicationRoleProperties = (function(topology, sourceKeyArn) {
    const { source } = topology;
    const arn = templateSpelling(topology, sourceKeyArn);
    const trustConditions = topology.hardenTrust
        ? {
            Condition: {
                StringEquals: { 'aws:SourceAccount': source.account },
                ArnLike: { 'aws:SourceArn': arn.sourceBucket('') },
            },
        }
        : {};
    return {
        RoleName: source.replicationRoleName,
        Description: `s3-xrepl: replicates ${source.bucket} (topology ${topology.name})`,
        AssumeRolePolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .policyDocument */ .yr)([
            {
                Sid: 'S3ReplicationAssumesThisRole',
                Effect: 'Allow',
                Principal: { Service: 's3.amazonaws.com' },
                Action: 'sts:AssumeRole',
                ...trustConditions,
            },
        ]),
        Policies: [{ PolicyName: 'replication', PolicyDocument: replicationPolicy(topology, arn) }],
    };
});
var groupKeys = (function(dst) {
    const groups = new Map();
    for (const d of dst) {
        const k = `${d.region}/${d.bucketKey}`;
        const g = groups.get(k) ?? { region: d.region, bucketKey: d.bucketKey, destinations: [] };
        g.destinations.push(d);
        groups.set(k, g);
    }
    return [...groups.values()];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ BOUNDARY_PARAMETER),
/* harmony export */   IQ: () => (/* binding */ HAS_BOUNDARY),
/* harmony export */   KB: () => (/* binding */ replicationPolicySize),
/* harmony export */   SJ: () => (/* binding */ ROLE_INLINE_POLICY_LIMIT),
/* harmony export */   XD: () => (/* binding */ replicationRoleResource)
/* harmony export */ });
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1837);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2954);
/* harmony import */ var _source_parameters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1375);
/* harmony import */ var _permission_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8104);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3445);
/* harmony import */ var _concrete_arns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4089);






/** IAM's limit on the inline policies of one role, counted without whitespace. */
const ROLE_INLINE_POLICY_LIMIT = 10_240;
/** Parameter of the source template naming the replication role's permissions boundary ('' for none). */
const BOUNDARY_PARAMETER = 'ReplicationRoleBoundaryArn';
const HAS_BOUNDARY = 'HasReplicationRoleBoundary';


/***/ }),

/***/ 1795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * S3 wants one destination per rule and a unique priority per rule, so each (rule, destination)
 * pair becomes one S3 rule. Priorities keep the user's order between rules and are spread by the
 * destination's position: priority × destinationCount + index is unique and never reorders rules.
 */
var replicationRules = (function(topology) {
    const byId = new Map(topology.destinations.map((d, i) => [d.id, { d, i }]));
    const count = topology.destinations.length;
    const out = [];
    for (const rule of topology.rules) {
        for (const id of rule.destinationIds) {
            const hit = byId.get(id);
            if (!hit)
                throw new Error(`internal: rule ${rule.id} names unknown destination ${id}`);
            out.push(s3Rule(rule, hit.d, rule.priority * count + hit.i));
        }
    }
    return out;
});
var s3Rule = (function(rule, d, priority) {
    const params = (0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .destinationParameterNames */ ._)(d);
    const destination = {
        Bucket: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(params.bucketArn),
        // The key ARN, never an alias: S3 does not check it here, a wrong one fails each object later.
        EncryptionConfiguration: { ReplicaKmsKeyID: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(params.kmsKeyArn) },
    };
    if (d.storageClass)
        destination.StorageClass = d.storageClass;
    if (d.ownerTranslation) {
        destination.Account = d.account;
        destination.AccessControlTranslation = { Owner: 'Destination' };
    }
    if (d.replicationTime)
        destination.ReplicationTime = { Status: 'Enabled', Time: { Minutes: 15 } };
    // Metrics are what alarms and failure events need; the event threshold exists only with RTC.
    if (d.metrics)
        destination.Metrics = d.replicationTime
            ? { Status: 'Enabled', EventThreshold: { Minutes: 15 } }
            : { Status: 'Enabled' };
    const sourceSelection = {
        // Without this, S3 silently skips every SSE-KMS object.
        SseKmsEncryptedObjects: { Status: 'Enabled' },
    };
    // A two-way pair needs it on both sides, or tags changed on a replica never flow back. Only on the
    // rule to that destination: the same config rule's copy to a one-way destination stays as it was.
    if (rule.replicaModificationSync || d.twoWay)
        sourceSelection.ReplicaModifications = { Status: 'Enabled' };
    return {
        Id: `${rule.id}-${d.id}`,
        Priority: priority,
        Status: rule.enabled ? 'Enabled' : 'Disabled',
        Filter: filterOf(rule),
        DeleteMarkerReplication: { Status: rule.deleteMarkerReplication ? 'Enabled' : 'Disabled' },
        SourceSelectionCriteria: sourceSelection,
        Destination: destination,
    };
});
var filterOf = (function(rule) {
    const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
    if (tags.length === 0)
        return { Prefix: rule.prefix ?? '' };
    if (tags.length === 1 && rule.prefix === undefined)
        return { TagFilter: tags[0] };
    return { And: { ...(rule.prefix !== undefined ? { Prefix: rule.prefix } : {}), TagFilters: tags } };
});
/**
 * Bytes of the replication configuration as S3 receives it: XML (PutBucketReplication), with the
 * ARNs the template's parameters will hold and every character XML may escape escaped. An upper
 * bound: prefixes full of "&" grow fivefold, which is how a template under CloudFormation's limit
 * can still carry a configuration over S3's.
 */
var replicationConfigurationSize = (function(topology) {
    const p = topology.partition;
    const concrete = new Map();
    for (const d of topology.destinations) {
        const names = (0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .destinationParameterNames */ ._)(d);
        concrete.set(names.bucketArn, (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .concreteBucketArn */ .jw)(p, d.bucket));
        concrete.set(names.kmsKeyArn, (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .concreteKeyArn */ .oH)(p, d.region, d.account, d.key));
    }
    const role = (0,_concrete_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .concreteRoleArn */ .N6)(p, topology.source.account, topology.source.replicationRoleName);
    const header = '<?xml version="1.0" encoding="UTF-8"?>' +
        `<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>${role}</Role>` +
        '</ReplicationConfiguration>';
    let bytes = (0,_config_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .w)(header);
    for (const rule of replicationRules(topology))
        bytes += xmlSize('Rule', rule, concrete);
    return bytes;
});
/** Bytes of `<name>value</name>` in XML, counted without building it (1,000 rules add up). */
var xmlSize = (function(name, value, refs) {
    if (Array.isArray(value))
        return value.reduce((sum, v) => sum + xmlSize(name, v, refs), 0);
    const tags = 2 * (XML_NAMES[name] ?? name).length + 5; // <tag></tag>
    if (value !== null && typeof value === 'object') {
        const record = value;
        if (typeof record.Ref === 'string')
            return xmlSize(name, refs.get(record.Ref) ?? record.Ref, refs);
        let inner = 0;
        for (const [k, v] of Object.entries(record))
            inner += xmlSize(k, v, refs);
        return tags + inner;
    }
    const text = String(value);
    let escapes = 0;
    for (let i = text.search(/[&<>"']/); i >= 0 && i < text.length; i++) {
        const extra = XML_ESCAPE_EXTRA[text[i]];
        if (extra !== undefined)
            escapes += extra;
    }
    return tags + (0,_config_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .w)(text) + escapes;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ replicationConfigurationSize),
/* harmony export */   eO: () => (/* binding */ REPLICATION_CONFIGURATION_LIMIT),
/* harmony export */   oT: () => (/* binding */ replicationRules)
/* harmony export */ });
/* harmony import */ var _config_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7659);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2954);
/* harmony import */ var _concrete_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4089);
/* harmony import */ var _source_parameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1375);




/**
 * S3's limit on one replication configuration: "The maximum size of a replication configuration is
 * 2 MB" (CloudFormation resource schema of AWS::S3::Bucket, ReplicationConfiguration). Read as
 * 2,000,000 bytes, the smaller reading, so a configuration synth accepts is never refused.
 */
const REPLICATION_CONFIGURATION_LIMIT = 2_000_000;
/** CloudFormation's property names where S3's XML elements are named otherwise. */
const XML_NAMES = { Id: 'ID', TagFilter: 'Tag', TagFilters: 'Tag' };
/** Bytes each character XML may escape adds: `&` becomes `&amp;` and so on. */
const XML_ESCAPE_EXTRA = { '&': 4, '<': 3, '>': 3, '"': 5, "'": 5 };


/***/ }),

/***/ 1375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** Source-template parameters fed by one destination stack's outputs. */
var destinationParameterNames = (function(d) {
    return { bucketArn: `${d.logicalId}BucketArn`, kmsKeyArn: `${d.logicalId}KmsKeyArn` };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ destinationParameterNames)
/* harmony export */ });


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The source stack, generated per topology: the source bucket and key, the replication role and
 * the V2 replication rules. It consumes each destination stack's bucket and key ARNs as parameters.
 */
var buildSourceTemplate = (function(topology) {
    const { source } = topology;
    const keyArn = source.key.kind === 'create' ? (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)('SourceKey', 'Arn') : source.key.arn;
    const bucketArn = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .sub */ .jb)(`arn:\${AWS::Partition}:s3:::${source.bucket}`);
    const objectsArn = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .sub */ .jb)(`arn:\${AWS::Partition}:s3:::${source.bucket}/*`);
    const parameters = {};
    for (const d of topology.destinations) {
        const names = (0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_8__/* .destinationParameterNames */ ._)(d);
        parameters[names.bucketArn] = {
            Type: 'String',
            Description: `Bucket ARN output of destination "${d.id}" (${d.account}, ${d.region}).`,
            AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
        };
        parameters[names.kmsKeyArn] = {
            Type: 'String',
            Description: `Replica key ARN output of destination "${d.id}" (a key ARN, never an alias).`,
            AllowedPattern: '^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
        };
    }
    parameters[_replication_role_js__WEBPACK_IMPORTED_MODULE_5__/* .BOUNDARY_PARAMETER */ .Fj] = {
        Type: 'String',
        Default: '',
        Description: "Permissions boundary of the replication role: the bootstrap's ReplicationBoundaryArn output " +
            '(its execution role creates roles only with it); empty for none.',
        AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:policy/[\\w+=,.@/-]{1,128}$',
    };
    const resources = {};
    if (source.key.kind === 'create') {
        resources.SourceKey = (0,_kms_key_js__WEBPACK_IMPORTED_MODULE_4__/* .kmsKeyResource */ .z)({
            description: `s3-xrepl source key for ${source.bucket}`,
            // The role's own policy grants it kms:Decrypt; the default root statement delegates to IAM.
            extraStatements: (0,_way_back_js__WEBPACK_IMPORTED_MODULE_7__/* .wayBackKeyStatements */ .g5)(topology),
        });
    }
    resources.ReplicationRole = (0,_replication_role_js__WEBPACK_IMPORTED_MODULE_5__/* .replicationRoleResource */ .XD)(topology, keyArn);
    resources.BatchReplicationRole = (0,_batch_role_js__WEBPACK_IMPORTED_MODULE_3__/* .batchRoleResource */ .ZT)(topology);
    const alerts = (0,_alerts_js__WEBPACK_IMPORTED_MODULE_0__.alertsOf)(topology);
    Object.assign(resources, alerts.resources);
    const bucket = (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketResource */ .Xu)({
        bucketName: source.bucket,
        kmsKeyArn: keyArn,
        bucketKeyEnabled: source.bucketKey,
        lifecycle: (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketLifecycle */ .Dn)(topology.noncurrentVersionExpirationDays !== undefined
            ? (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .noncurrentExpiryRule */ .G_)(topology.noncurrentVersionExpirationDays)
            : undefined),
        replicationConfiguration: { Role: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)('ReplicationRole', 'Arn'), Rules: (0,_replication_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .replicationRules */ .oT)(topology) },
        ...(alerts.bucketDependsOn.length > 0 ? { dependsOn: alerts.bucketDependsOn } : {}),
    });
    resources.SourceBucket = { ...bucket, Properties: { ...bucket.Properties, ...alerts.bucketProperties } };
    resources.SourceBucketPolicy = {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
            Bucket: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)('SourceBucket'),
            PolicyDocument: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .policyDocument */ .yr)([
                ...(0,_way_back_js__WEBPACK_IMPORTED_MODULE_7__/* .wayBackBucketStatements */ .LW)(topology),
                (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .denyInsecureTransport */ .OH)(bucketArn, objectsArn),
            ]),
        },
    };
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `s3-xrepl source for topology "${topology.name}": ${source.bucket} replicating to ${topology.destinations.length} destination(s).`,
        Metadata: { 's3-xrepl': { topology: topology.name, generator: 's3-xrepl synth' } },
        Parameters: parameters,
        Conditions: { [_replication_role_js__WEBPACK_IMPORTED_MODULE_5__/* .HAS_BOUNDARY */ .IQ]: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)(_replication_role_js__WEBPACK_IMPORTED_MODULE_5__/* .BOUNDARY_PARAMETER */ .Fj), '')) },
        Resources: resources,
        Outputs: {
            [SOURCE_OUTPUTS.bucketArn]: {
                Description: 'ARN of the source bucket.',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)('SourceBucket', 'Arn'),
            },
            [SOURCE_OUTPUTS.bucketName]: { Description: 'Name of the source bucket.', Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .ref */ .KR)('SourceBucket') },
            [SOURCE_OUTPUTS.kmsKeyArn]: { Description: 'ARN of the source key.', Value: keyArn },
            [SOURCE_OUTPUTS.replicationRoleArn]: {
                Description: 'ARN of the replication role.',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)('ReplicationRole', 'Arn'),
            },
            [SOURCE_OUTPUTS.batchRoleArn]: {
                Description: 'ARN of the role S3 Batch Operations assumes to backfill (mode backfill).',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_2__/* .getAtt */ .CN)('BatchReplicationRole', 'Arn'),
            },
            ...alerts.outputs,
        },
    };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SOURCE_OUTPUTS: () => (/* binding */ SOURCE_OUTPUTS),
/* harmony export */   buildSourceTemplate: () => (/* binding */ buildSourceTemplate)
/* harmony export */ });
/* harmony import */ var _alerts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2096);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2165);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2954);
/* harmony import */ var _batch_role_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7772);
/* harmony import */ var _kms_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3192);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3445);
/* harmony import */ var _replication_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6078);
/* harmony import */ var _replication_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1795);
/* harmony import */ var _source_parameters_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1375);
/* harmony import */ var _way_back_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1502);










/** Output keys of the source template. */
const SOURCE_OUTPUTS = {
    bucketArn: 'BucketArn',
    bucketName: 'BucketName',
    kmsKeyArn: 'KmsKeyArn',
    replicationRoleArn: 'ReplicationRoleArn',
    batchRoleArn: 'BatchRoleArn',
};


/***/ }),

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * The generic destination template with `d`'s way back added (one file per two-way destination):
 * its role and rules (off until the source's key ARN is given), and from the first phase on, what
 * the source stack has for its own rules: the batch role backfill runs as, and monitoring (alarms
 * on the way back's rules, the failure events of the destination bucket, a topic and key of its
 * own), in the destination's account and region, where CloudWatch and S3 publish them. An alarm
 * on a rule that does not exist yet reads OK, as for any rule that replicates nothing.
 */
var withWayBack = (function(template, topology, d) {
    const back = (0,_model_way_back_js__WEBPACK_IMPORTED_MODULE_0__.wayBack)(topology, d);
    const P = WAY_BACK_PARAMETERS;
    const ownKey = (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .fnIf */ .gI)('CreateKey', (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .getAtt */ .CN)('ReplicaKey', 'Arn'), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .ref */ .KR)(_destination_template_js__WEBPACK_IMPORTED_MODULE_4__.DESTINATION_PARAMETERS.kmsKeyArn));
    const bucket = template.Resources.ReplicaBucket;
    const alerts = (0,_alerts_js__WEBPACK_IMPORTED_MODULE_1__.alertsOf)(back);
    const dependsOn = [
        ...(bucket.DependsOn === undefined
            ? []
            : Array.isArray(bucket.DependsOn)
                ? bucket.DependsOn
                : [bucket.DependsOn]),
        ...alerts.bucketDependsOn,
    ];
    return {
        ...template,
        Description: `${template.Description} Two-way: it also replicates back to ${topology.source.bucket}, with replica modification sync.`,
        Parameters: {
            ...template.Parameters,
            [P.bucketArn]: {
                Type: 'String',
                Description: 'ARN of the source bucket this bucket replicates back to.',
                AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
            },
            [P.kmsKeyArn]: {
                Type: 'String',
                Default: '',
                Description: "The source key's ARN (the source stack's KmsKeyArn output); empty until the source stack exists, " +
                    'which leaves the way back off.',
                AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
            },
            [_replication_role_js__WEBPACK_IMPORTED_MODULE_6__/* .BOUNDARY_PARAMETER */ .Fj]: {
                Type: 'String',
                Default: '',
                Description: "Permissions boundary of the way-back role: the bootstrap's ReplicationBoundaryArn output; empty for none.",
                AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:policy/[\\w+=,.@/-]{1,128}$',
            },
        },
        Conditions: {
            ...template.Conditions,
            [REPLICATES_BACK]: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .and */ .Uo)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .ref */ .KR)(P.kmsKeyArn), '')), (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .ref */ .KR)(P.bucketArn), ''))),
            [_replication_role_js__WEBPACK_IMPORTED_MODULE_6__/* .HAS_BOUNDARY */ .IQ]: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .not */ .AU)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)((0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .ref */ .KR)(_replication_role_js__WEBPACK_IMPORTED_MODULE_6__/* .BOUNDARY_PARAMETER */ .Fj), '')),
        },
        Resources: {
            ...template.Resources,
            [WAY_BACK_ROLE]: { ...(0,_replication_role_js__WEBPACK_IMPORTED_MODULE_6__/* .replicationRoleResource */ .XD)(back, ownKey), Condition: REPLICATES_BACK },
            [WAY_BACK_BATCH_ROLE]: (0,_batch_role_js__WEBPACK_IMPORTED_MODULE_2__/* .batchRoleResource */ .ZT)(back),
            ...alerts.resources,
            ReplicaBucket: {
                ...bucket,
                ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
                Properties: {
                    ...bucket.Properties,
                    ...alerts.bucketProperties,
                    ReplicationConfiguration: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .fnIf */ .gI)(REPLICATES_BACK, { Role: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .getAtt */ .CN)(WAY_BACK_ROLE, 'Arn'), Rules: (0,_replication_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .replicationRules */ .oT)(back) }, _cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_VALUE */ .GY),
                },
            },
        },
        Outputs: {
            ...template.Outputs,
            [WAY_BACK_OUTPUTS.roleArn]: {
                Description: 'ARN of the role this bucket replicates back to the source with.',
                Condition: REPLICATES_BACK,
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .getAtt */ .CN)(WAY_BACK_ROLE, 'Arn'),
            },
            [WAY_BACK_OUTPUTS.batchRoleArn]: {
                Description: 'ARN of the role S3 Batch Operations assumes to backfill the way back (mode backfill).',
                Value: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .getAtt */ .CN)(WAY_BACK_BATCH_ROLE, 'Arn'),
            },
            ...alerts.outputs,
        },
    };
});
/** The way-back role as policies name it before it exists: its account's root, pinned by aws:PrincipalArn. */
var fromWayBackRole = (function(d) {
    return {
        ArnEquals: {
            'aws:PrincipalArn': (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .sub */ .jb)(`arn:\${AWS::Partition}:iam::${d.account}:role/${d.twoWay.roleName}`),
        },
    };
});
/**
 * What the source bucket's policy grants each two-way destination's way-back role: what a
 * destination bucket policy grants the source's role. Within one account the role's own policy
 * suffices, as for destinations.
 */
var wayBackBucketStatements = (function(topology) {
    const bucketArn = `arn:\${AWS::Partition}:s3:::${topology.source.bucket}`;
    return crossAccountPairs(topology).flatMap((d) => [
        {
            Sid: `AllowWayBackFrom${d.logicalId}ToReplicate`,
            Effect: 'Allow',
            Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .accountRoot */ .sJ)(d.account),
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .DESTINATION_OBJECT_ACTIONS */ .xB],
            Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .sub */ .jb)(`${bucketArn}/*`),
            Condition: fromWayBackRole(d),
        },
        {
            Sid: `AllowWayBackFrom${d.logicalId}ToCheckVersioning`,
            Effect: 'Allow',
            Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .accountRoot */ .sJ)(d.account),
            Action: [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .DESTINATION_BUCKET_ACTIONS */ .oM],
            Resource: (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .sub */ .jb)(bucketArn),
            Condition: fromWayBackRole(d),
        },
    ]);
});
/** What the source key's policy grants each cross-account way-back role: encrypting replicas, through S3 in the source's region. */
var wayBackKeyStatements = (function(topology) {
    const { source } = topology;
    const bucketArn = `arn:\${AWS::Partition}:s3:::${source.bucket}`;
    const via = (0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ViaServices */ .ff)(source.region, topology.partition);
    return crossAccountPairs(topology).map((d) => ({
        Sid: `AllowWayBackFrom${d.logicalId}ToEncryptReplicas`,
        Effect: 'Allow',
        Principal: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .accountRoot */ .sJ)(d.account),
        Action: source.bucketKey
            ? [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .DESTINATION_KEY_ACTIONS */ .hN, ..._permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .DESTINATION_KEY_BUCKET_KEY_ACTIONS */ .AY]
            : [..._permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .DESTINATION_KEY_ACTIONS */ .hN],
        Resource: '*',
        Condition: {
            ...fromWayBackRole(d),
            StringEquals: { 'kms:ViaService': via.length === 1 ? via[0] : via },
            StringLike: { 'kms:EncryptionContext:aws:s3:arn': (0,_permission_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .encryptionContexts */ .qY)(bucketArn).map((s) => (0,_cfn_js__WEBPACK_IMPORTED_MODULE_3__/* .sub */ .jb)(s)) },
        },
    }));
});
var crossAccountPairs = (function(topology) {
    return topology.destinations.filter((d) => d.twoWay && d.account !== topology.source.account);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ wayBackBucketStatements),
/* harmony export */   Lc: () => (/* binding */ WAY_BACK_PARAMETERS),
/* harmony export */   PO: () => (/* binding */ withWayBack),
/* harmony export */   g5: () => (/* binding */ wayBackKeyStatements)
/* harmony export */ });
/* unused harmony exports REPLICATES_BACK, WAY_BACK_ROLE, WAY_BACK_OUTPUTS, WAY_BACK_BATCH_ROLE */
/* harmony import */ var _model_way_back_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4392);
/* harmony import */ var _alerts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2096);
/* harmony import */ var _batch_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7772);
/* harmony import */ var _cfn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2954);
/* harmony import */ var _destination_template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8318);
/* harmony import */ var _permission_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8104);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3445);
/* harmony import */ var _replication_role_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6078);
/* harmony import */ var _replication_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1795);
/* harmony import */ var _source_parameters_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1375);










/**
 * A two-way pair's way back (destination → source), DESIGN.md §1 read in both directions. The
 * destination stack holds it, off until the source's key ARN is given: the source stack must
 * exist first, and its bucket and key policies name the way-back role by account root and
 * aws:PrincipalArn, so no policy names a role that does not exist yet ("Invalid principal").
 * Deploy order: destinations (buckets, keys), source (its bucket, key, role, rules and grants for
 * the way back), then the two-way destination again with the source's ARNs (synthesize.ts).
 */
/** Parameters of the two-way destination template that carry the source's bucket and key ARNs. */
const WAY_BACK_PARAMETERS = (0,_source_parameters_js__WEBPACK_IMPORTED_MODULE_8__/* .destinationParameterNames */ ._)(_model_way_back_js__WEBPACK_IMPORTED_MODULE_0__.WAY_BACK);
const REPLICATES_BACK = 'ReplicatesBack';
const WAY_BACK_ROLE = 'WayBackReplicationRole';
const WAY_BACK_OUTPUTS = {
    roleArn: 'WayBackReplicationRoleArn',
    batchRoleArn: 'BatchRoleArn',
};
/** The same logical id as the source's: the plan and drift say "the batch replication role" for either. */
const WAY_BACK_BATCH_ROLE = 'BatchReplicationRole';


/***/ })

};
