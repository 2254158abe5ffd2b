/**
 * A narrow, typed wrapper over @cloud-copilot/iam-simulate (AGPL, devDependency, tests only) that
 * answers one question: is this single AWS call, made by this principal, allowed when these identity
 * policies and this resource policy (bucket policy or KMS key policy) are evaluated together?
 *
 * Evaluation rules are the library's (its DefaultServiceAuthorizer / KmsServiceAuthorizer):
 * - an explicit Deny in any evaluated policy wins;
 * - same account: an Allow in either the identity policies or the resource policy suffices;
 * - cross account: the identity policies (principal's account) AND the resource policy (resource's
 *   account) must both allow; a resource-policy statement naming the principal's account root (or
 *   bare account id) delegates to that account's IAM policies;
 * - KMS keys (resource `key/...`): the key policy is the gate even in the key's own account. IAM
 *   policies count only when the key policy has an Allow naming the account (the
 *   `arn:aws:iam::<acct>:root` "enable IAM policies" statement); otherwise only a key-policy statement
 *   naming the principal directly can allow. The library implements this itself
 *   (KmsServiceAuthorizer.serviceTrustsPrincipalAccount); this wrapper only insists that a key
 *   policy is supplied, because every real key has one.
 *
 * THE COLON CONTEXT-KEY GAP (iam-simulate 0.1.173). The validating `runSimulation` keeps only those
 * request context keys that iam-data lists for the action (normalizeSimulationParameters). Keys with
 * a variable part are matched by `listHasVariableKeyMatch`, which only understands a `/` separator
 * (`aws:PrincipalTag/x`). `kms:EncryptionContext:aws:s3:arn` matches the template
 * `kms:EncryptionContext:${EncryptionContextKey}` only after a colon, so it is moved to
 * `ignoredContextKeys` and never reaches the evaluator: every condition on it reads as "key missing"
 * (an Allow on it never matches; a Deny with StringNotEquals never fires — wrongly).
 * `runUnsafeSimulation` passes context keys through untouched (RequestContextImpl, matched
 * case-insensitively), but validates nothing and, in 0.1.173, crashes on any resource policy
 * (`loadPolicy(resourcePolicy)` without metadata, then `metadata().name`).
 *
 * So each `simulate` call does this:
 *   1. `runSimulation` with the full context: validates every policy, the action, the resource ARN
 *      and its single resource type, and reports which context keys it dropped;
 *   2. every dropped key must match a `...:${Var}` template listed for the action (else we throw: a
 *      typo or a key the action never carries is a test bug, not a denial);
 *   3. the verdict comes from `runUnsafeSimulation` with the full, type-normalized context, the
 *      resource policy wrapped as a pre-validated policy (which carries metadata and avoids the crash);
 *   4. cross-check: `runUnsafeSimulation` WITHOUT the dropped keys must reproduce step 1's verdict,
 *      so the two engines provably differ only by the keys the validator dropped.
 *
 * Permission boundaries are passed through to the library (`permissionBoundaries`).
 *
 * SERVICE PRINCIPALS as callers (`principalArn: 's3.amazonaws.com'`): S3 publishing an event to a
 * topic, CloudWatch an alarm. The library allows them only through the resource policy (a topic or
 * key policy naming the service), as AWS does; the context carries aws:PrincipalIsAWSService = true
 * and aws:PrincipalServiceName, and the caller passes what the service says it acts for
 * (aws:SourceArn, aws:SourceAccount). No identity policies apply.
 *
 * NOT modelled: SCPs, RCPs, session policies, VPC endpoint policies, S3
 * Block Public Access, S3 ACLs / Object Ownership, KMS grants, S3 Access Points, wildcard resources
 * (rejected), aws:ViaAWSService / aws:CalledVia / tag keys unless the caller passes them, and whether
 * the resources exist at all.
 */
import {
  allowedContextKeysForRequest,
  isConditionKeyArray,
  runSimulation,
  runUnsafeSimulation,
  typeForContextKey,
  type Simulation,
} from '@cloud-copilot/iam-simulate';

export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

export type ConditionValue = string | number | boolean | readonly (string | number | boolean)[];

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: unknown;
  readonly NotPrincipal?: unknown;
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly NotResource?: string | readonly string[];
  readonly Condition?: { readonly [operator: string]: { readonly [key: string]: ConditionValue } };
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: PolicyStatement | readonly PolicyStatement[];
}

export interface SimRequest {
  /** A role (`arn:aws:iam::A:role/R`), assumed-role session, user or account-root ARN. */
  readonly principalArn: string;
  /** `service:Action`, e.g. `s3:ReplicateObject`. */
  readonly action: string;
  /** One concrete resource ARN (no wildcards): object, bucket or `key/...` ARN. */
  readonly resourceArn: string;
  /**
   * Request-specific context, merged over `defaultContext` (see there). `null` removes a default
   * key, to simulate a request that does not carry it.
   */
  readonly context?: Readonly<Record<string, string | readonly string[] | null>>;
}

export interface SimPolicies {
  /** Policies attached to the principal, in the principal's account. */
  readonly identityPolicies: readonly PolicyDocument[];
  /** The bucket policy, or the key policy (required for KMS keys), of the resource's account. */
  readonly resourcePolicy?: PolicyDocument;
  /** The principal's permissions boundary, when its role has one: an Allow must be in it too. */
  readonly permissionBoundaries?: readonly PolicyDocument[];
  /** Account owning the resource (S3 ARNs carry none; for KMS it must match the key ARN). */
  readonly resourceAccount: string;
}

export interface SimOutcome {
  readonly decision: Decision;
  /** What the validating engine said with the dropped keys missing (diagnostics only). */
  readonly validatorDecision: Decision;
  /** Context keys the validating engine dropped (the colon-variable ones). */
  readonly keysTheValidatorDropped: readonly string[];
  /** The context the verdict was computed with. */
  readonly context: Readonly<Record<string, string | string[]>>;
}

export class SimulationInputError extends Error {
  override name = 'SimulationInputError';
}

const ACCOUNT = /^\d{12}$/;

interface ParsedPrincipal {
  readonly account: string;
  readonly partition: string;
  /** aws:PrincipalArn: the role ARN for a role session. */
  readonly principalArn: string;
  readonly principalType: 'AssumedRole' | 'User' | 'Account';
}

/** An AWS service acting for a resource of a customer (`s3.amazonaws.com`): no account, no ARN. */
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;
export const isServicePrincipal = (principal: string): boolean => SERVICE_PRINCIPAL.test(principal);

export function parsePrincipal(arn: string): ParsedPrincipal {
  const m = /^arn:(aws|aws-cn|aws-us-gov):(iam|sts)::(\d{12}):(.+)$/.exec(arn);
  if (!m) throw new SimulationInputError(`unsupported principal ARN: ${arn}`);
  const [, partition, service, account, rest] = m as unknown as [string, string, string, string, string];
  if (service === 'iam' && rest.startsWith('role/')) {
    return { account, partition, principalArn: arn, principalType: 'AssumedRole' };
  }
  if (service === 'sts' && rest.startsWith('assumed-role/')) {
    const role = rest.split('/')[1];
    if (!role) throw new SimulationInputError(`malformed assumed-role ARN: ${arn}`);
    return {
      account,
      partition,
      principalArn: `arn:${partition}:iam::${account}:role/${role}`,
      principalType: 'AssumedRole',
    };
  }
  if (service === 'iam' && rest.startsWith('user/')) {
    return { account, partition, principalArn: arn, principalType: 'User' };
  }
  if (service === 'iam' && rest === 'root') {
    return { account, partition, principalArn: arn, principalType: 'Account' };
  }
  throw new SimulationInputError(`unsupported principal ARN: ${arn}`);
}

const urlSuffix = (partition: string): string =>
  partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';

interface KmsKeyArn {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

function parseKmsKeyArn(arn: string): KmsKeyArn | undefined {
  const m = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):(\d{12}):key\/[A-Za-z0-9-]+$/.exec(arn);
  return m ? { partition: m[1]!, region: m[2]!, account: m[3]! } : undefined;
}

/**
 * The context every request in this product carries, before the caller's own keys:
 * - all calls: aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:PrincipalIsAWSService
 *   = false, aws:SecureTransport = true (replication uses TLS), aws:ResourceAccount;
 * - KMS key calls: aws:RequestedRegion (the key's region), kms:CallerAccount (the principal's
 *   account) and kms:ViaService = `s3.<key region>.<URL suffix>` (S3 makes every KMS call of
 *   replication, in the key's region).
 * kms:EncryptionContext:aws:s3:arn is request-specific (object or bucket ARN): the caller passes it.
 */
export function defaultContext(req: SimRequest, resourceAccount: string): Record<string, string> {
  if (isServicePrincipal(req.principalArn))
    return {
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': req.principalArn,
      'aws:SecureTransport': 'true',
      'aws:ResourceAccount': resourceAccount,
    };
  const principal = parsePrincipal(req.principalArn);
  const ctx: Record<string, string> = {
    'aws:PrincipalArn': principal.principalArn,
    'aws:PrincipalAccount': principal.account,
    'aws:PrincipalType': principal.principalType,
    'aws:PrincipalIsAWSService': 'false',
    'aws:SecureTransport': 'true',
    'aws:ResourceAccount': resourceAccount,
  };
  const key = req.action.toLowerCase().startsWith('kms:') ? parseKmsKeyArn(req.resourceArn) : undefined;
  if (key) {
    ctx['aws:RequestedRegion'] = key.region;
    ctx['kms:CallerAccount'] = principal.account;
    ctx['kms:ViaService'] = `s3.${key.region}.${urlSuffix(key.partition)}`;
  }
  return ctx;
}

function mergeContext(req: SimRequest, resourceAccount: string): Record<string, string | string[]> {
  const merged: Record<string, string | string[]> = { ...defaultContext(req, resourceAccount) };
  const lowerToKey = new Map(Object.keys(merged).map((k) => [k.toLowerCase(), k]));
  for (const [key, value] of Object.entries(req.context ?? {})) {
    // Context keys are case-insensitive: a caller's key replaces a default however it is spelled.
    const existing = lowerToKey.get(key.toLowerCase());
    if (existing !== undefined) delete merged[existing];
    if (value === null) continue;
    merged[key] = typeof value === 'string' ? value : [...value];
    lowerToKey.set(key.toLowerCase(), key);
  }
  return merged;
}

function validateInputs(req: SimRequest, policies: SimPolicies): void {
  if (!ACCOUNT.test(policies.resourceAccount)) {
    throw new SimulationInputError(
      `resourceAccount must be a 12-digit account id, got ${policies.resourceAccount}`,
    );
  }
  // "*" alone is how AWS authorizes actions that have no resource type (kms:CreateKey,
  // cloudformation:ValidateTemplate); the library refuses it for any action that has one.
  const noResourceType = req.resourceArn === '*';
  if (!noResourceType && (req.resourceArn.includes('*') || req.resourceArn.includes('?'))) {
    throw new SimulationInputError(`simulate one concrete resource, not a pattern: ${req.resourceArn}`);
  }
  if (isServicePrincipal(req.principalArn)) {
    if (policies.identityPolicies.length > 0)
      throw new SimulationInputError(`a service principal has no identity policies: ${req.principalArn}`);
  } else parsePrincipal(req.principalArn);
  if (req.action.toLowerCase().startsWith('kms:') && !noResourceType) {
    const key = parseKmsKeyArn(req.resourceArn);
    if (!key)
      throw new SimulationInputError(`KMS calls are simulated on key ARNs only, got ${req.resourceArn}`);
    if (key.account !== policies.resourceAccount) {
      throw new SimulationInputError(
        `key ${req.resourceArn} is not in resourceAccount ${policies.resourceAccount}`,
      );
    }
    if (!policies.resourcePolicy) {
      throw new SimulationInputError(
        `a KMS key always has a key policy: pass it as resourcePolicy (${req.resourceArn})`,
      );
    }
  }
}

/** `kms:encryptioncontext:${encryptioncontextkey}` → a regex for keys with a colon-separated variable. */
function colonVariableTemplates(allowedLowerCaseKeys: readonly string[]): RegExp[] {
  return allowedLowerCaseKeys
    .filter((k) => /:\$\{[^}]+\}$/.test(k))
    .map((k) => {
      const prefix = k.slice(0, k.indexOf('${'));
      return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+$`, 'i');
    });
}

async function normalizeValues(
  context: Record<string, string | string[]>,
): Promise<Record<string, string | string[]>> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(context)) {
    const type = await typeForContextKey(key);
    if (isConditionKeyArray(type)) {
      out[key] = [value].flat();
    } else if (Array.isArray(value)) {
      throw new SimulationInputError(
        `context key ${key} is single-valued (${type}); got ${JSON.stringify(value)}`,
      );
    } else {
      out[key] = value;
    }
  }
  return out;
}

function buildSimulation(
  req: SimRequest,
  policies: SimPolicies,
  context: Record<string, string | string[]>,
  resourcePolicy: unknown,
): Simulation {
  return {
    request: {
      principal: req.principalArn,
      action: req.action,
      resource: { resource: req.resourceArn, accountId: policies.resourceAccount },
      contextVariables: context,
    },
    identityPolicies: policies.identityPolicies.map((policy, i) => ({ name: `identity-${i}`, policy })),
    ...(policies.permissionBoundaries
      ? {
          permissionBoundaryPolicies: policies.permissionBoundaries.map((policy, i) => ({
            name: `boundary-${i}`,
            policy,
          })),
        }
      : {}),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(resourcePolicy === undefined ? {} : { resourcePolicy }),
  };
}

const callLabel = (req: SimRequest, policies: SimPolicies): string =>
  `${req.principalArn} ${req.action} on ${req.resourceArn} (account ${policies.resourceAccount})`;

export async function simulateDetailed(req: SimRequest, policies: SimPolicies): Promise<SimOutcome> {
  validateInputs(req, policies);
  const rawContext = mergeContext(req, policies.resourceAccount);

  // 1. Validating engine: policies, action, resource type, and which keys it would drop.
  const validated = await runSimulation(
    buildSimulation(req, policies, rawContext, policies.resourcePolicy),
    {},
  );
  if (validated.resultType === 'error') {
    throw new SimulationInputError(
      `iam-simulate rejected ${callLabel(req, policies)}: ${JSON.stringify(validated.errors)}`,
    );
  }
  // An action whose resource types are all optional (cloudwatch:GetMetricData) is authorized on "*"
  // for the calls that name none: the library answers that as a "wildcard" simulation.
  const accountWide = validated.resultType === 'wildcard' && req.resourceArn === '*';
  if (validated.resultType !== 'single' && !accountWide) {
    throw new SimulationInputError(`expected a single-resource simulation for ${callLabel(req, policies)}`);
  }
  const dropped =
    validated.resultType === 'single'
      ? (validated.result.ignoredContextKeys ?? [])
      : validated.resultType === 'wildcard'
        ? [...new Set(validated.results.flatMap((r) => r.ignoredContextKeys ?? []))]
        : [];

  // 2. Only colon-variable keys listed for the action may be dropped; anything else is a test bug.
  const [service, action] = req.action.split(':') as [string, string];
  const templates = colonVariableTemplates(
    await allowedContextKeysForRequest(service, action, req.resourceArn, false, undefined),
  );
  const unknown = dropped.filter((k) => !templates.some((t) => t.test(k)));
  if (unknown.length > 0) {
    throw new SimulationInputError(
      `context key(s) ${unknown.join(', ')} are not condition keys of ${req.action} on ${req.resourceArn}`,
    );
  }

  // 3. The verdict, with every key. A pre-validated policy carries metadata: avoids the 0.1.173 crash.
  const context = await normalizeValues(rawContext);
  const preValidated = (doc: PolicyDocument | undefined): unknown =>
    doc === undefined
      ? undefined
      : { __validated: true, policyDocument: doc, metadata: { name: 'resource' }, errors: [] };
  const decision = runUnsafeSimulation(
    buildSimulation(req, policies, context, preValidated(policies.resourcePolicy)),
    {},
  ) as Decision;

  // 4. Cross-check: without the dropped keys the unsafe engine must agree with the validating one.
  const droppedLower = new Set(dropped.map((k) => k.toLowerCase()));
  const withoutDropped = Object.fromEntries(
    Object.entries(context).filter(([k]) => !droppedLower.has(k.toLowerCase())),
  );
  const replay = runUnsafeSimulation(
    buildSimulation(req, policies, withoutDropped, preValidated(policies.resourcePolicy)),
    {},
  );
  if (replay !== validated.overallResult) {
    throw new Error(
      `iam-simulate engines disagree for ${callLabel(req, policies)}: runSimulation=${validated.overallResult}, ` +
        `runUnsafeSimulation without [${dropped.join(', ')}]=${replay}`,
    );
  }

  return {
    decision,
    validatorDecision: validated.overallResult as Decision,
    keysTheValidatorDropped: dropped,
    context,
  };
}

/** The decision for one call; see the file comment for what is and is not modelled. */
export async function simulate(req: SimRequest, policies: SimPolicies): Promise<Decision> {
  return (await simulateDetailed(req, policies)).decision;
}

/** Narrows resolved template JSON (e.g. a KeyPolicy or PolicyDocument property) to a PolicyDocument. */
export function asPolicyDocument(json: unknown, what = 'policy'): PolicyDocument {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('Statement' in json)) {
    throw new SimulationInputError(`${what} is not a policy document: ${JSON.stringify(json)}`);
  }
  const statement = (json as { Statement: unknown }).Statement;
  const statements = Array.isArray(statement) ? statement : [statement];
  for (const s of statements) {
    if (
      typeof s !== 'object' ||
      s === null ||
      !['Allow', 'Deny'].includes((s as { Effect?: unknown }).Effect as string)
    ) {
      throw new SimulationInputError(`${what} has a malformed statement: ${JSON.stringify(s)}`);
    }
  }
  return json as PolicyDocument;
}
