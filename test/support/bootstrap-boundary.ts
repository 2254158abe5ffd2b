/**
 * What the bootstrap leaves in an account that replication stacks need before they deploy: the
 * permissions boundary every replication role carries (IAM refuses a role whose boundary does not
 * exist, and the emulator now does too). Created through IAM's API with the policy document the
 * bootstrap template resolves to for these topologies, so tests need not run the whole bootstrap.
 */
import {
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  IAMClient,
  ListPolicyVersionsCommand,
} from '@aws-sdk/client-iam';
import type { Topology } from '../../src/core/model/topology.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { boundaryParameters, bootstrappedAccount } from './bootstrapped-account.js';
import { credentialsFor } from './live-state.js';

/** Per emulator: every topology bootstrapped so far, as a second bootstrap run would cover them all. */
const bootstrapped = new Map<string, Topology[]>();

export async function createReplicationBoundaries(
  endpoint: string,
  topologies: readonly Topology[],
): Promise<void> {
  const all = [...(bootstrapped.get(endpoint) ?? []), ...topologies];
  bootstrapped.set(endpoint, all);
  // A two-way destination's account holds a replication role too: the way back's.
  const accounts = [
    ...new Set(
      topologies.flatMap((t) => [
        t.source.account,
        ...t.destinations.filter((d) => d.twoWay).map((d) => d.account),
      ]),
    ),
  ];
  await Promise.all(
    accounts.map(async (account) => {
      const { boundary } = bootstrappedAccount(account, boundaryParameters(all));
      const document = JSON.stringify(boundary.policy);
      const iam = new IAMClient({
        endpoint,
        region: 'us-east-1',
        credentials: await credentialsFor(endpoint, account),
      });
      try {
        await iam.send(
          new CreatePolicyCommand({
            PolicyName: boundary.arn.slice(boundary.arn.lastIndexOf('/') + 1),
            PolicyDocument: document,
          }),
        );
      } catch (e) {
        if ((e as { name?: string }).name !== 'EntityAlreadyExistsException') throw e;
        // Bootstrapped before, for fewer topologies: the boundary now covers these too (IAM keeps
        // five versions: the oldest goes, as a bootstrap update would replace it).
        const { Versions = [] } = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: boundary.arn }));
        const old = Versions.filter((v) => !v.IsDefaultVersion).sort((a, b) =>
          a.CreateDate! < b.CreateDate! ? -1 : 1,
        );
        if (Versions.length >= 5)
          await iam.send(
            new DeletePolicyVersionCommand({ PolicyArn: boundary.arn, VersionId: old[0]!.VersionId! }),
          );
        await iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: boundary.arn,
            PolicyDocument: document,
            SetAsDefault: true,
          }),
        );
      } finally {
        iam.destroy();
      }
    }),
  );
}

/** The same, for config files' text (a test's deploy helper calls it before it deploys them). */
export async function createReplicationBoundariesFor(
  endpoint: string,
  ...configTexts: string[]
): Promise<void> {
  const topologies = configTexts.flatMap((text) => {
    const loaded = loadTopology(text);
    return loaded.ok ? [loaded.topology] : []; // an invalid config is refused before any deploy
  });
  if (topologies.length > 0) await createReplicationBoundaries(endpoint, topologies);
}
