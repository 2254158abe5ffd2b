import { adoptShape } from './adopt-shape.js';
import { monitoringShape } from './monitoring-shape.js';
import type { ObjectShape, Shape } from './shape.js';
import {
  AWS_TAG_KEY,
  RESERVED_TAG_KEY,
  TAG_CHARACTERS,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TAGS_PER_RESOURCE,
  explainStackTagKey,
  explainStackTagValue,
  explainFilterTagKey,
  explainTagValue,
} from './tag-rules.js';

/** Destinations in one topology; also the most a rule can name (each once). */
export const MAX_DESTINATIONS = 100;

const account: Shape = {
  type: 'account',
  description: 'AWS account id, 12 digits. Quote it: YAML reads 012345678901 as a number and drops the 0.',
};
const region: Shape = {
  type: 'string',
  description: 'AWS region name, e.g. eu-west-1. Source and destinations must share a partition.',
};
const bucket: Shape = {
  type: 'string',
  description: 'S3 bucket name (created by the stack; 3-63 lowercase letters, digits, hyphens).',
};
const kmsKey: Shape = {
  type: 'string',
  description:
    '"create" for a customer managed key owned by the stack, or the full key ARN of an existing ' +
    'customer managed key in the same account and region as the bucket (not an alias, not aws/s3).',
  default: 'create',
};
/** Stack tags reach CloudFormation, IAM, S3 and KMS: each must pass all four (see tag-rules.ts). */
const tags: Shape = {
  type: 'map',
  description:
    'Tags applied to the stack and every resource in it that supports tags. Keys: 1-128 letters, digits, ' +
    'spaces and _ . : / = + - @, not starting with "aws:" or "s3-xrepl:"; values: 1-256 of the same. At most ' +
    '48 per stack after merging top-level and per-stack tags (49 where the stack creates no key): s3-xrepl ' +
    'adds one to each stack and one to each key it creates, and AWS allows 50.',
  keyPattern: `${RESERVED_TAG_KEY}${TAG_CHARACTERS}+$`,
  keyMaxLength: TAG_KEY_MAX,
  keyHint: '1-128 letters, digits, spaces and _ . : / = + - @, not starting with "aws:" or "s3-xrepl:"',
  explainKey: explainStackTagKey,
  values: {
    type: 'string',
    minLength: 1,
    maxLength: TAG_VALUE_MAX,
    pattern: `^${TAG_CHARACTERS}*$`,
    patternHint: 'letters, digits, spaces and _ . : / = + - @ only',
    explain: explainStackTagValue,
    description: 'Tag value: 1-256 letters, digits, spaces and _ . : / = + - @.',
  },
  maxEntries: TAGS_PER_RESOURCE,
};
const bucketKey: Shape = {
  type: 'boolean',
  description: 'Use S3 Bucket Keys (fewer KMS calls, lower cost). Defaults to options.bucketKeys.',
};

const destination: ObjectShape = {
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
      description:
        "S3 Replication metrics on this destination's rules (and with them its alarms and failure events). " +
        'Default: monitoring.metrics. Required by replicationTime.',
    },
    ownerTranslation: {
      type: 'boolean',
      description:
        'Make the destination account the owner of replicas (AccessControlTranslation, and the ' +
        's3:ObjectOwnerOverrideToBucketOwner grant). The buckets this product creates enforce bucket-owner ' +
        'ownership, so their replicas belong to the destination account either way; turn it on for a ' +
        'destination that other tools also write to with ACLs, or to state the ownership in the rule.',
      default: false,
    },
    bucketKey,
    tags,
    twoWay: {
      type: 'boolean',
      description:
        'Replicate both ways: this bucket also replicates back to the source, for the objects of every rule ' +
        'that names it, with replica modification sync on both sides (metadata changed on a replica flows ' +
        'back). The destination stack then holds its own replication role. At most one two-way destination ' +
        'per topology; not with destinationStackSet.',
      default: false,
    },
    adopt: adoptShape,
  },
};

const rule: ObjectShape = {
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
          description:
            'Objects carrying all of these tags. Requires deleteMarkerReplication: false. Keys: 1-128, values: ' +
            '0-256 letters, digits, spaces and _ . : / = + - @ (the characters S3 allows in object tags); keys ' +
            'not starting with "aws:".',
          keyPattern: `${AWS_TAG_KEY}${TAG_CHARACTERS}+$`,
          keyMaxLength: TAG_KEY_MAX,
          keyHint: '1-128 letters, digits, spaces and _ . : / = + - @, not starting with "aws:"',
          explainKey: explainFilterTagKey,
          values: {
            type: 'string',
            maxLength: TAG_VALUE_MAX,
            pattern: `^${TAG_CHARACTERS}*$`,
            patternHint: 'letters, digits, spaces and _ . : / = + - @ only',
            explain: (value) => explainTagValue(value, 'filter'),
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

const accountSettings: ObjectShape = {
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
      description:
        'Role name or ARN the action assumes to plan and check drift. Default: the bootstrap plan role.',
      default: 's3-xrepl-plan',
    },
    executionRole: {
      type: 'string',
      description:
        'Role name or ARN CloudFormation uses to create resources (the bootstrap execution role by default), ' +
        'or "none" to let CloudFormation act with the deploy role\'s own permissions.',
      default: 's3-xrepl-cfn-exec',
    },
    permissionsBoundary: {
      type: 'string',
      description:
        'Managed policy name or ARN set as the permissions boundary of the replication role (the bootstrap creates ' +
        's3-xrepl-replication-boundary, and its execution role creates roles only with it), or "none" for an account ' +
        'deployed without the bootstrap.',
      default: 's3-xrepl-replication-boundary',
    },
  },
};

export const configShape: ObjectShape = {
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
          description:
            'Name of the replication role. Destination policies name it before it exists, so it is fixed. ' +
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
      description:
        'Deploy the destinations as one self-managed CloudFormation StackSet, an instance per destination ' +
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
          description:
            "Role in each destination account that StackSets deploys with (bootstrap creates it with the execution role's rights).",
          default: 's3-xrepl-stackset-exec',
        },
      },
    },
    tags,
    monitoring: monitoringShape,
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
          description:
            'Add aws:SourceAccount and aws:SourceArn conditions to the replication role trust policy ' +
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
