import type { Topology } from './topology.js';

/** An IAM role ARN as an input may give it (bootstrap's stack-set role, a StackSet administrator). */
export const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

/** The account of a role ARN that ROLE_ARN accepted. */
export const accountOfRole = (arn: string): string => ROLE_ARN.exec(arn)![2]!;

/** The role of this kind the config names for an account: plan (read and preview) or deploy. */
export function roleArnOf(topology: Topology, account: string, role: 'plan' | 'deploy'): string {
  const roles = topology.accounts[account]!;
  return role === 'plan' ? roles.planRoleArn : roles.deployRoleArn;
}

/** Each account deploys through one region's STS: the region of its first stack. */
export function regionOf(topology: Topology): (account: string) => string {
  return (account) =>
    topology.source.account === account
      ? topology.source.region
      : (topology.destinations.find((d) => d.account === account)?.region ?? topology.source.region);
}

/** Every account the topology acts in: source, destinations, and a destination StackSet's administrator. */
export function accountsOf(topology: Topology): string[] {
  return [
    ...new Set([
      ...topology.destinations.map((d) => d.account),
      topology.source.account,
      ...(topology.destinationStackSet ? [topology.destinationStackSet.account] : []),
    ]),
  ];
}
