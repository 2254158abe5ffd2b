/**
 * Prepares, in the emulator, the accounts of a self-managed StackSet the way AWS's user guide
 * ("Grant self-managed permissions") has them prepared: the administration role in the
 * administrator account, trusted by CloudFormation, allowed to assume the execution role; and in
 * each target account the execution role, trusting the administration role, allowed everything.
 *
 * The emulator (test/support/moto/stacksets.py) checks exactly these roles before it deploys an
 * instance, so leaving an account out of the execution role (`withoutExecutionRole`) makes that
 * instance fail with AWS's reason. Each role is created with that account's own credentials
 * (credentialsFor: AssumeRoleWithWebIdentity into a role ARN of the account).
 */
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { credentialsFor, type Credentials } from './live-state.js';

export const ADMINISTRATION_ROLE = 'AWSCloudFormationStackSetAdministrationRole';
export const EXECUTION_ROLE = 'AWSCloudFormationStackSetExecutionRole';

export interface SelfManagedStackSetAccounts {
  /** The emulator's endpoint (`startMoto().endpoint`). */
  readonly endpoint: string;
  readonly region: string;
  /** The administrator account: where the stack set is created. */
  readonly admin: string;
  /** Accounts stack instances go to. */
  readonly targets: readonly string[];
  /** Targets left without the execution role, so their instances fail. */
  readonly withoutExecutionRole?: readonly string[];
}

export interface PreparedStackSetAccounts {
  readonly administrationRoleArn: string;
  readonly executionRoleName: string;
  /** The targets that received the execution role. */
  readonly withExecutionRole: readonly string[];
}

const document = (statement: Record<string, unknown>): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

function iamOf(endpoint: string, region: string, credentials: Credentials): IAMClient {
  return new IAMClient({ endpoint, region, credentials, maxAttempts: 1 });
}

async function createRole(
  iam: IAMClient,
  name: string,
  trust: Record<string, unknown>,
  permissions: Record<string, unknown>,
): Promise<string> {
  const created = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: document({ Effect: 'Allow', Action: 'sts:AssumeRole', ...trust }),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: name,
      PolicyName: `${name}Policy`,
      PolicyDocument: document(permissions),
    }),
  );
  return created.Role!.Arn!;
}

export async function prepareSelfManagedStackSets(
  world: SelfManagedStackSetAccounts,
): Promise<PreparedStackSetAccounts> {
  const { endpoint, region, admin } = world;
  const adminIam = iamOf(endpoint, region, await credentialsFor(endpoint, admin));
  const administrationRoleArn = await createRole(
    adminIam,
    ADMINISTRATION_ROLE,
    { Principal: { Service: 'cloudformation.amazonaws.com' } },
    { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::*:role/${EXECUTION_ROLE}` },
  );
  const skipped = new Set(world.withoutExecutionRole ?? []);
  const withExecutionRole = world.targets.filter((account) => !skipped.has(account));
  for (const account of withExecutionRole) {
    const iam = iamOf(endpoint, region, await credentialsFor(endpoint, account));
    await createRole(
      iam,
      EXECUTION_ROLE,
      { Principal: { AWS: administrationRoleArn } },
      // What AWS's sample execution role grants: the template decides what is deployed.
      { Effect: 'Allow', Action: '*', Resource: '*' },
    );
  }
  return { administrationRoleArn, executionRoleName: EXECUTION_ROLE, withExecutionRole };
}
