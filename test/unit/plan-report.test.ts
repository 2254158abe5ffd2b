import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandInput,
  type DescribeChangeSetCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pictureOf } from '../../src/core/plan/picture.js';
import { planJson, type Plan, type StackPreview } from '../../src/core/plan/plan.js';
import type { ResourceChange } from '../../src/core/plan/resource-change.js';
import { renderAll, type Detail, type ReportParts } from '../../src/core/report/budget.js';
import { planVerdict, renderPlan } from '../../src/core/report/render-plan.js';
import { PICTURE_LEGEND } from '../../src/core/report/mermaid.js';
import { BACKFILL_REFILL_REMEDY } from '../../src/core/report/remedies.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { describeAllChanges } from '../../src/shell/aws/change-set.js';
import { REPO_ROOT, exampleTopology } from '../support/examples.js';
import { checkMarkdown, htmlTags, withoutFences } from '../support/markdown-check.js';

type Page = Omit<DescribeChangeSetCommandOutput, '$metadata'>;

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'change-sets');
const FIXTURE_NAMES = [
  'destination-policies',
  'bucket-replaced',
  'key-removed',
  'replication-role-policy-bare-context',
  'source-rule-added',
  'source-150-changes',
] as const;
type FixtureName = (typeof FIXTURE_NAMES)[number];

function pagesOf(name: FixtureName): Page[] {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Page[];
}

const ROLE = 'arn:aws:iam::111111111111:role/s3-xrepl-orders-replication';
const ROLE_V2 = 'arn:aws:iam::111111111111:role/s3-xrepl-orders-replication-v2';
const COMMIT = 'abcdef1234567890abcdef1234567890abcdef12';
const RUN_URL = 'https://github.com/acme/orders/actions/runs/4242';

const cfnMock = mockClient(CloudFormationClient);
const cfn = new CloudFormationClient({ region: 'us-east-1' });

/** Answers DescribeChangeSet with the recorded pages, following NextToken as CloudFormation does. */
function serve(pages: readonly Page[]): void {
  cfnMock.reset();
  cfnMock.on(DescribeChangeSetCommand).callsFake((input: DescribeChangeSetCommandInput) => {
    if (input.NextToken === undefined) return pages[0];
    const i = pages.findIndex((p) => p.NextToken === input.NextToken);
    if (i < 0 || i + 1 >= pages.length) throw new Error(`unknown NextToken ${input.NextToken}`);
    return pages[i + 1];
  });
}

const requests = () =>
  cfnMock.commandCalls(DescribeChangeSetCommand).map((c) => c.args[0].input as DescribeChangeSetCommandInput);

async function read(name: FixtureName, includePropertyValues = true): Promise<ResourceChange[]> {
  const pages = pagesOf(name);
  serve(pages);
  return describeAllChanges(cfn, pages[0]!.ChangeSetId!, pages[0]!.StackName!, includePropertyValues);
}

afterAll(() => {
  cfnMock.restore();
});

describe('describeAllChanges over recorded change sets', () => {
  beforeEach(() => {
    cfnMock.reset();
  });

  it.each(FIXTURE_NAMES)('%s: reads every page and every change once, in order', async (name) => {
    const pages = pagesOf(name);
    const recorded = pages.flatMap((p) => p.Changes!.map((c) => c.ResourceChange!));
    const changes = await read(name);
    expect(changes.map((c) => [c.logicalId, c.action])).toEqual(
      recorded.map((r) => [r.LogicalResourceId, r.Action]),
    );
    expect(requests().map((r) => r.NextToken)).toEqual([
      undefined,
      ...pages.slice(0, -1).map((p) => p.NextToken),
    ]);
    expect(requests().every((r) => r.IncludePropertyValues === true)).toBe(true);
    expect(requests().every((r) => r.ChangeSetName === pages[0]!.ChangeSetId)).toBe(true);
  });

  it('follows NextToken across the two pages of a 150-change set', async () => {
    const changes = await read('source-150-changes');
    expect(requests()).toHaveLength(2);
    expect(changes).toHaveLength(150);
    expect(new Set(changes.map((c) => c.logicalId)).size).toBe(150);
    expect(changes.map((c) => c.action).filter((a) => a === 'Add')).toHaveLength(50);
  });

  it('asks for property values only when told to', async () => {
    await read('destination-policies', false);
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).not.toHaveProperty('IncludePropertyValues');
  });

  it('unwraps {"Properties": …} contexts and leaves out the resource attributes', async () => {
    const [key, policy] = await read('destination-policies');
    expect(key).toMatchObject({
      logicalId: 'ReplicaKey',
      physicalId: '0f1e2d3c-4b5a-4697-8899-aabbccddeeff',
      resourceType: 'AWS::KMS::Key',
      action: 'Modify',
      replacement: 'False',
      properties: ['KeyPolicy'],
    });
    const principal = (side: Readonly<Record<string, unknown>> | undefined) =>
      (side?.KeyPolicy as { Statement: { Condition?: { ArnEquals: Record<string, string> } }[] })
        .Statement[1]!.Condition!.ArnEquals['aws:PrincipalArn'];
    expect(principal(key!.before)).toBe(ROLE);
    expect(principal(key!.after)).toBe(ROLE_V2);
    expect(key!.before).not.toHaveProperty('DeletionPolicy');
    expect(key!.before).not.toHaveProperty('Properties');
    expect(Object.keys(key!.after!).sort()).toEqual([
      'Description',
      'EnableKeyRotation',
      'KeyPolicy',
      'KeySpec',
      'KeyUsage',
    ]);
    expect(policy).toMatchObject({ logicalId: 'ReplicaBucketPolicy', properties: ['PolicyDocument'] });
    expect(policy!.before!.Bucket).toBe('acme-orders-dr-us-west-2');
  });

  it('accepts a bare context as the properties themselves', async () => {
    const [role] = await read('replication-role-policy-bare-context');
    expect(role!.properties).toEqual(['Policies']);
    expect(role!.before!.RoleName).toBe('s3-xrepl-orders-replication');
    expect((role!.after!.Policies as { PolicyName: string }[]).map((p) => p.PolicyName)).toEqual([
      'replication',
    ]);
  });

  it('names each property once, however many details point at it', async () => {
    const [bucket, policy] = await read('bucket-replaced');
    expect(bucket).toMatchObject({ replacement: 'True', properties: ['BucketName'] });
    expect(bucket!.before!.BucketName).toBe('acme-orders-analytics-eu-west-1');
    expect(bucket!.after!.BucketName).toBe('acme-orders-analytics-v2-eu-west-1');
    expect(policy).toMatchObject({ replacement: 'True', properties: ['Bucket', 'PolicyDocument'] });
  });

  it('gives a removal only its before and an addition only its after', async () => {
    const [key] = await read('key-removed');
    expect(key).toMatchObject({ action: 'Remove', properties: [] });
    expect(key!.after).toBeUndefined();
    expect(key!.before!.KeySpec).toBe('SYMMETRIC_DEFAULT');
    const many = await read('source-150-changes');
    const added = many.find((c) => c.action === 'Add')!;
    expect(added.before).toBeUndefined();
    expect(added.physicalId).toBeUndefined();
    expect(added.after!.Name).toMatch(/^\/s3-xrepl\/orders\/marker-/);
  });

  it('keeps a change whose context is not JSON, without its values', async () => {
    const [page] = pagesOf('source-rule-added');
    const broken = structuredClone(page!);
    broken.Changes![0]!.ResourceChange!.BeforeContext = '{"Properties": {"BucketName": "acme-orders';
    broken.Changes!.push({ Type: 'Resource' });
    serve([broken]);
    const changes = await describeAllChanges(cfn, 'cs', 's3-xrepl-orders-source', true);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before).toBeUndefined();
    expect(changes[0]!.after!.BucketName).toBe('acme-orders-us-east-1');
  });
});

// ---------------------------------------------------------------------------------------------
// Rendering plans made from the recorded changes.

const topology = exampleTopology('two-destinations');
const manifest = synthesize(topology).manifest.stacks;
const DR = 's3-xrepl-orders-dst-dr';
const ANALYTICS = 's3-xrepl-orders-dst-analytics';
const SOURCE = 's3-xrepl-orders-source';

const recorded = new Map<FixtureName, ResourceChange[]>();
beforeAll(async () => {
  for (const name of FIXTURE_NAMES) recorded.set(name, await read(name));
});
const changesOf = (...names: FixtureName[]) => names.flatMap((n) => recorded.get(n)!);

function preview(
  name: string,
  status: StackPreview['status'],
  changes: readonly ResourceChange[] = [],
  extra: Partial<StackPreview> = {},
): StackPreview {
  const s = manifest.find((m) => m.name === name)!;
  return {
    name,
    kind: s.kind,
    account: s.account,
    region: s.region,
    status,
    changes,
    unknownInputs: [],
    ...extra,
  };
}

function plan(stacks: StackPreview[], allowDestructive = false): Plan {
  return {
    topology: topology.name,
    configPath: 'examples/two-destinations.yml',
    basis: { kind: 'live' },
    allowDestructive,
    stacks,
    picture: pictureOf(topology),
  };
}

/** dr: both policies edited; analytics: bucket replaced; source: role policy and one more rule. */
const fullPlan = (allowDestructive = false) =>
  plan(
    [
      preview(DR, 'update', changesOf('destination-policies')),
      preview(ANALYTICS, 'update', changesOf('bucket-replaced')),
      preview(SOURCE, 'update', changesOf('replication-role-policy-bare-context', 'source-rule-added')),
    ],
    allowDestructive,
  );

const detailNamed = (parts: ReportParts, text: string): Detail => {
  const found = parts.details.filter((d) => d.summary.includes(text));
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Rows of the tables in a detail, as cells, with the `~`, `+`, `−` mark first. */
const rowsOf = (d: Detail): string[][] =>
  d.lines
    .filter((l) => /^\| [~+−] \|/.test(l))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    );
const rowFor = (d: Detail, sid: string): string[] => {
  const rows = rowsOf(d).filter((r) => r[1]!.replace(/\u200b/g, '').endsWith(`<br>${sid}`));
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

/** Cells of a table row: pipes preceded by an even number of backslashes split cells. */
function cellCount(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let slashes = 0;
    for (let k = i - 1; k >= 0 && row[k] === '\\'; k--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/** Every table (consecutive lines starting with "|", outside fences) has as many cells on every row as on its header. */
function tableShapes(markdown: string): { header: number; rows: number[] }[] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of withoutFences(markdown).split('\n')) {
    if (line.startsWith('|')) {
      if (!current) tables.push((current = []));
      current.push(line);
    } else current = undefined;
  }
  return tables.map((t) => ({ header: cellCount(t[0]!), rows: t.map(cellCount) }));
}

describe('planVerdict', () => {
  it('says there is nothing to change', () => {
    const p = plan([preview(DR, 'unchanged'), preview(ANALYTICS, 'unchanged'), preview(SOURCE, 'unchanged')]);
    expect(planVerdict(p)).toBe('✅ **No changes**: all 3 stacks match the config.');
  });

  it('counts the stacks that change and what happens to their resources', () => {
    const p = plan([
      preview(DR, 'update', changesOf('destination-policies')),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'update', changesOf('replication-role-policy-bare-context')),
    ]);
    expect(planVerdict(p)).toBe('📝 **2 of 3 stacks change**: 3 resources to modify.');
    const many = plan([
      preview(DR, 'unchanged'),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'update', changesOf('source-150-changes')),
    ]);
    expect(planVerdict(many)).toBe(
      '📝 **1 of 3 stacks change**: 50 resources to add, 50 to modify, 50 to remove.',
    );
  });

  it('puts a risky change first: a rule added to a bucket that already holds objects', () => {
    const p = plan([
      preview(DR, 'unchanged'),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'update', changesOf('source-rule-added')),
    ]);
    expect(planVerdict(p)).toBe(
      '⚠️ **1 risky change**: 1 of 3 stacks change (1 resource to modify); read what follows before merging.',
    );
  });

  it('blocks destructive changes, and never sounds milder when they are allowed', () => {
    expect(planVerdict(fullPlan(false))).toBe(
      '⛔ **Destructive changes blocked**: 1 destructive change — a deploy refuses this plan unless `allow-destructive` is true.',
    );
    expect(planVerdict(fullPlan(true))).toBe(
      '🚨 **Destructive changes will be deployed**: 1 destructive change, allowed by `allow-destructive` — what they cost is below.',
    );
    const removal = plan([
      preview(DR, 'update', changesOf('key-removed')),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'unchanged'),
    ]);
    expect(planVerdict(removal)).toMatch(/^⛔ \*\*Destructive changes blocked\*\*: 1 destructive change/);
  });

  it('says which stacks a deploy cannot touch', () => {
    const p = plan([
      preview(DR, 'blocked', [], { note: 'UPDATE_ROLLBACK_FAILED' }),
      preview(ANALYTICS, 'blocked', [], { note: 'DELETE_FAILED' }),
      preview(SOURCE, 'unchanged'),
    ]);
    expect(planVerdict(p)).toBe('⛔ **2 stacks cannot be deployed as they are** — see below.');
  });
});

describe('renderPlan from recorded changes', () => {
  const parts = () => renderPlan(fullPlan(), { commit: COMMIT, runUrl: RUN_URL });

  it('opens with the title and the verdict, then the danger, the stacks, the tables, and the picture last', () => {
    const p = parts();
    const whole = renderAll(p);
    const [title, , verdict] = whole.split('\n');
    expect(title).toBe('### s3-xrepl plan · `orders` · examples/two-destinations.yml');
    expect(verdict).toBe(planVerdict(fullPlan()));
    const at = (text: string) => whole.indexOf(text);
    expect(at('> [!CAUTION]')).toBeGreaterThan(at(verdict!));
    expect(at('| # | Stack |')).toBeGreaterThan(at('> [!CAUTION]'));
    expect(at('Permissions in account')).toBeGreaterThan(at('| # | Stack |'));
    expect(p.details.at(-1)!.summary).toBe('Picture: what changes where');
    expect(p.details.at(-1)).toMatchObject({ open: true, whole: true });
  });

  it('names the replaced bucket, old and new, with what follows in plain words and what to do', () => {
    const caution = parts().head.find((b) => b.startsWith('> [!CAUTION]'))!;
    const item = caution.split('\n').find((l) => l.startsWith('> - '))!;
    expect(item).toContain(
      '**The `analytics` bucket is replaced**: `acme-orders-analytics-eu-west-1` → `acme-orders-analytics-v2-eu-west-1` (`s3-xrepl-orders-dst-analytics`, 333333333333, eu-west-1).',
    );
    expect(item).toContain('The new bucket starts empty');
    expect(item).toContain('keeps the only copy of those replicas, and no stack manages it any more');
    expect(item).toContain(`**To do:** ${BACKFILL_REFILL_REMEDY}`);
    expect(item).not.toMatch(/because of BucketName/);
    expect(caution).toContain('A deploy refuses these unless `allow-destructive` is true.');
    const allowed = renderPlan(fullPlan(true)).head.find((b) => b.startsWith('> [!CAUTION]'))!;
    expect(allowed).toContain('**`allow-destructive` is true: merging deploys these changes.**');
  });

  it('names a removed key as retained and still needed', () => {
    const removal = renderPlan(
      plan(
        [
          preview(DR, 'update', changesOf('key-removed')),
          preview(ANALYTICS, 'unchanged'),
          preview(SOURCE, 'unchanged'),
        ],
        true,
      ),
    );
    const block = removal.head.find((b) => b.startsWith('> [!CAUTION]'))!;
    expect(block).toContain(
      '> - **The `dr` key leaves its stack** (`s3-xrepl-orders-dst-dr`, 222222222222, us-west-2): it is retained, not deleted',
    );
  });

  it('has a row per stack, and a table of resource changes per changed stack', () => {
    const p = parts();
    const table = p.head.find((b) => b.startsWith('| # | Stack |'))!.split('\n');
    expect(table.slice(2)).toEqual([
      `| 1 | \`${DR}\` | destination | 222222222222 | us-west-2 | update | 2 resources to modify |`,
      `| 2 | \`${ANALYTICS}\` | destination | 333333333333 | eu-west-1 | update | 2 resources to replace (1 destructive) |`,
      `| 3 | \`${SOURCE}\` | source | 111111111111 | us-east-1 | update | 2 resources to modify |`,
    ]);
    expect(detailNamed(p, `<code>${ANALYTICS}</code>: 2 resource changes`).lines.slice(2)).toEqual([
      '| Modify | `ReplicaBucket` | AWS::S3::Bucket | `acme-orders-analytics-v2-eu-west-1` | replaced | `BucketName`: `acme-orders-analytics-eu-west-1` → `acme-orders-analytics-v2-eu-west-1` |',
      '| Modify | `ReplicaBucketPolicy` | AWS::S3::BucketPolicy | `⟨a value, known after deploy⟩` | replaced | `Bucket`: `acme-orders-analytics-eu-west-1` → `⟨a value, known after deploy⟩`<br>`PolicyDocument` (see the permissions) |',
    ]);
  });

  it("shows the key policy edit as a changed statement: the role's ARN that leaves and the one that comes", () => {
    const d = detailNamed(parts(), 'Permissions in account <code>222222222222</code>');
    const row = rowFor(d, 'AllowReplicationRoleToEncryptReplicas');
    expect(row[0]).toBe('~');
    expect(row.at(-1)).toContain(`+ \`ArnEquals aws:PrincipalArn = ${ROLE_V2}\``);
    expect(row.at(-1)).toContain(`− \`ArnEquals aws:PrincipalArn = ${ROLE}\``);
    // The actions did not change: listed as they are, whatever their order in either document.
    expect(row[3]).toBe('`kms:Decrypt`<br>`kms:Encrypt`<br>`kms:GenerateDataKey`');
  });

  it('shows the bucket policy edit: the new action, and the role in both statements', () => {
    const d = detailNamed(parts(), 'Permissions in account <code>222222222222</code>');
    const replicate = rowFor(d, 'AllowReplicationRoleToReplicate');
    expect(replicate[3]).toContain('+ `s3:ObjectOwnerOverrideToBucketOwner`');
    expect(replicate.at(-1)).toContain(`+ \`ArnEquals aws:PrincipalArn = ${ROLE_V2}\``);
    expect(rowFor(d, 'AllowReplicationRoleToCheckVersioning').at(-1)).toContain(
      `− \`ArnEquals aws:PrincipalArn = ${ROLE}\``,
    );
  });

  it('shows the role policy edit as the key ARN that leaves and the one that comes', () => {
    const d = detailNamed(parts(), 'Permissions in account <code>111111111111</code>');
    const rows = rowsOf(d);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.join(' ')).toContain(
      '+ `arn:aws:kms:eu-west-1:333333333333:key/11112222-3333-4444-5555-666677778888`',
    );
    expect(rows[0]!.join(' ')).toContain(
      '− `arn:aws:kms:eu-west-1:333333333333:key/9a8b7c6d-5e4f-4321-8765-43210fedcba9`',
    );
  });

  it('shows the added replication rule as a row keyed by its id, its priority a number', () => {
    const d = detailNamed(parts(), 'Replication rules of the source bucket');
    expect(d.open).toBe(true);
    const rows = rowsOf(d);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['+', '`invoices-to-dr`']]);
    expect(rows[0]!.slice(2, 4)).toEqual(['20', 'prefix invoices/']);
  });

  it('marks in the picture, in words and colour, what each stack goes through', () => {
    const picture = parts().details.at(-1)!;
    expect(picture.lines[0]).toBe(PICTURE_LEGEND);
    const mermaid = picture.lines.join('\n');
    expect(mermaid).toContain('src["CHANGED<br/>source<br/>acme-orders-us-east-1');
    expect(mermaid).toContain('d0["CHANGED<br/>destination dr<br/>acme-orders-dr-us-west-2');
    expect(mermaid).toContain('d1["REPLACED (destructive)<br/>destination analytics');
    expect(mermaid).toMatch(/class src,d0 changed/);
    expect(mermaid).toMatch(/class d1 replaced/);
    expect(mermaid).toContain('+ invoices-to-dr');
  });

  it('leaves the picture and the details out when nothing changes', () => {
    const p = renderPlan(
      plan([preview(DR, 'unchanged'), preview(ANALYTICS, 'unchanged'), preview(SOURCE, 'unchanged')]),
    );
    expect(p.details).toEqual([]);
    expect(renderAll(p)).not.toContain('```mermaid');
  });

  it('ends with the commit and the run', () => {
    expect(parts().tail).toEqual([
      `<sub>Planned from commit \`abcdef123456\` · [run and full report](${RUN_URL}) · nothing was executed.</sub>`,
    ]);
    expect(renderPlan(fullPlan()).tail).toEqual(['<sub>Planned locally · nothing was executed.</sub>']);
  });

  it('renders as well-formed Markdown, and no CloudFormation placeholder reaches it', () => {
    const whole = renderAll(parts());
    expect(checkMarkdown(whole)).toEqual([]);
    expect(htmlTags(whole).filter((t) => t.name === 'details' && !t.closing)).toHaveLength(
      parts().details.length,
    );
    for (const t of tableShapes(whole)) expect(t.rows).toEqual(t.rows.map(() => t.header));
    expect(whole).not.toContain('{{changeSet');
  });

  it('explains stacks known only after deploy and stacks a deploy cannot touch', () => {
    const p = plan([
      preview(DR, 'blocked', [], {
        note: 'the stack is in UPDATE_ROLLBACK_FAILED: continue the rollback first',
      }),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'pending-inputs', changesOf('replication-role-policy-bare-context'), {
        unknownInputs: ['DrBucketArn', 'DrKmsKeyArn'],
        note: 'compared with its deployed template.',
      }),
    ]);
    const r = renderPlan(p);
    expect(r.head[1]).toBe('⛔ **1 stack cannot be deployed as it is** — see below.');
    const warning = r.head.find((b) => b.startsWith('> [!WARNING]'))!;
    expect(warning).toContain(
      `> - \`${DR}\` (222222222222, us-west-2): the stack is in UPDATE\\_ROLLBACK\\_FAILED: continue the rollback first`,
    );
    const note = r.head.find((b) => b.includes('**Known after deploy**'))!;
    expect(note).toContain(
      `> - \`${SOURCE}\` reads \`DrBucketArn\`, \`DrKmsKeyArn\` from stacks deployed before it: deploy plans it again with their real values.`,
    );
    const table = r.head.find((b) => b.startsWith('| # | Stack |'))!;
    expect(table).toContain(`| \`${DR}\` | destination | 222222222222 | us-west-2 | ⛔ blocked | — |`);
    expect(table).toContain(
      `| \`${SOURCE}\` | source | 111111111111 | us-east-1 | update, inputs known after deploy | 1 resource to modify |`,
    );
    expect(checkMarkdown(renderAll(r))).toEqual([]);
  });

  it('renders every one of more than 100 changes', () => {
    const many = changesOf('source-150-changes');
    const p = plan([
      preview(DR, 'unchanged'),
      preview(ANALYTICS, 'unchanged'),
      preview(SOURCE, 'update', many),
    ]);
    const whole = renderAll(renderPlan(p));
    const rows = whole.split('\n').filter((l) => /^\| (Add|Modify|Remove) \|/.test(l));
    expect(rows).toHaveLength(150);
    for (const c of many) expect(rows.filter((r) => r.includes(`\`${c.logicalId}\``))).toHaveLength(1);
    expect(whole).toContain(`<code>${SOURCE}</code>: 150 resource changes`);
    expect(whole).toContain(
      '| source | 111111111111 | us-east-1 | update | 50 resources to add, 50 to modify, 50 to remove |',
    );
    expect(checkMarkdown(whole)).toEqual([]);
    expect((planJson(p) as { stacks: { changes: unknown[] }[] }).stacks[2]!.changes).toHaveLength(150);
  });
});

describe('escaping', () => {
  const nasty = 'x|y`z`<details>```</details>';
  const policy = (sid: string) => ({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow' }] });
  const change: ResourceChange = {
    logicalId: `Bad${nasty}`,
    physicalId: `phys ${nasty}`,
    resourceType: 'AWS::S3::BucketPolicy',
    action: 'Modify',
    replacement: 'False',
    properties: ['PolicyDocument', `Prop${nasty}`],
    before: { PolicyDocument: policy('```\n</details>') },
    after: { PolicyDocument: policy('````</details>\n```') },
  };
  const bucketGone: ResourceChange = {
    logicalId: `Gone${nasty}`,
    physicalId: nasty,
    resourceType: 'AWS::S3::Bucket',
    action: 'Remove',
    properties: [],
  };
  const evil = (extra: Partial<StackPreview>, name: string): StackPreview => ({
    ...preview(SOURCE, 'update'),
    name,
    ...extra,
  });
  const p: Plan = {
    ...plan([
      evil({ changes: [change, bucketGone] }, `stack-${nasty}`),
      evil({ status: 'blocked', note: `blocked ${nasty}\n## heading` }, `blocked-${nasty}`),
      evil(
        { status: 'pending-inputs', unknownInputs: [`In${nasty}`], note: nasty, changes: [change] },
        `pending-${nasty}`,
      ),
    ]),
    topology: `topo${nasty}`,
    configPath: `configs/my config ${nasty}.yml`,
    basis: { kind: 'offline', reason: `reason ${nasty}`, comparedWith: `main ${nasty}` },
  };

  it('keeps every table, fence and <details> intact whatever names and notes contain', () => {
    const parts = renderPlan(p, { commit: COMMIT });
    const whole = renderAll(parts);
    expect(checkMarkdown(whole)).toEqual([]);
    const opened = htmlTags(whole).filter((t) => t.name === 'details' && !t.closing);
    expect(opened).toHaveLength(parts.details.length);
    expect(parts.details.length).toBeGreaterThan(2);
    for (const t of tableShapes(whole)) expect(t.rows).toEqual(t.rows.map(() => t.header));
    expect(tableShapes(whole).length).toBeGreaterThanOrEqual(3);
    const title = whole.split('\n')[0]!;
    expect(title.startsWith('### s3-xrepl plan · ')).toBe(true);
    expect(whole.split('\n').filter((l) => l.startsWith('## heading'))).toEqual([]);
  });

  it('keeps each head block one Markdown block', () => {
    for (const block of renderPlan(p).head) expect(block).not.toMatch(/\n\s*\n/);
  });
});

describe('pointing at backfill', () => {
  it('says which statuses a backfill needs: COMPLETED too for a new rule, everything for a destination that starts empty', () => {
    const head = renderPlan(fullPlan(true)).head.join('\n');
    expect(head).toMatch(
      /\*\*New rules copy only new objects\*\*: `invoices-to-dr`[^\n]*\*\*To do:\*\* after deploy, run `mode: backfill` \(add `COMPLETED` to `backfill-statuses` where those objects already replicated to another destination\)/,
    );
    expect(head).toContain(
      `**To do:** after deploy, run \`mode: backfill\` with \`backfill-statuses: COMPLETED,NONE,FAILED\` to fill it; keep or delete`,
    );
  });

  it('says nothing when no rule is new and no bucket is replaced', () => {
    const policiesOnly = plan([preview(DR, 'update', changesOf('destination-policies'))]);
    expect(renderAll(renderPlan(policiesOnly))).not.toContain('backfill');
  });
});

describe("the source stack's other key and role", () => {
  const replaced = (logicalId: string, resourceType: string, extra: Partial<ResourceChange> = {}) =>
    ({
      logicalId,
      resourceType,
      action: 'Modify',
      replacement: 'True',
      properties: [],
      ...extra,
    }) as ResourceChange;

  it("names the alerts topic's key and the batch replication role for what they are, not as the replication chain's", () => {
    const head = renderPlan(
      plan([
        preview(SOURCE, 'update', [
          replaced('AlertsKey', 'AWS::KMS::Key'),
          replaced('BatchReplicationRole', 'AWS::IAM::Role', {
            properties: ['RoleName'],
            before: { RoleName: 's3-xrepl-orders-batch-replication' },
            after: { RoleName: 's3-xrepl-orders2-batch-replication' },
          }),
        ]),
      ]),
    ).head.join('\n');
    expect(head).toContain("**The alerts topic's key is replaced**");
    expect(head).toContain(
      '**The batch replication role is replaced**: `s3-xrepl-orders-batch-replication` → `s3-xrepl-orders2-batch-replication`',
    );
    expect(head).not.toContain('The source key is replaced');
    expect(head).not.toContain('The replication role is replaced');
  });
});

describe("a two-way destination's roles (issue 20)", () => {
  const replaced = (logicalId: string, before: string, after: string) =>
    ({
      logicalId,
      resourceType: 'AWS::IAM::Role',
      action: 'Modify',
      replacement: 'True',
      properties: ['RoleName'],
      before: { RoleName: before },
      after: { RoleName: after },
    }) as ResourceChange;

  it('names the way-back role and its batch role for what they are, with the backfill that follows from that destination', () => {
    const head = renderPlan(
      plan([
        preview(DR, 'update', [
          replaced(
            'WayBackReplicationRole',
            's3-xrepl-orders-dr-return-replication',
            's3-xrepl-o-dr-return-replication',
          ),
          replaced(
            'BatchReplicationRole',
            's3-xrepl-orders-dr-return-batch-replication',
            's3-xrepl-o-dr-return-batch-replication',
          ),
        ]),
      ]),
    ).head.join('\n');
    expect(head).toContain(
      '**The way-back replication role of `dr` is replaced**: `s3-xrepl-orders-dr-return-replication` → `s3-xrepl-o-dr-return-replication`',
    );
    expect(head).toContain(
      '`mode: backfill` with `backfill-from: dr` and `backfill-statuses: FAILED` for what failed',
    );
    expect(head).toContain('**The batch replication role is replaced**');
    expect(head).toContain('run `mode: backfill` with `backfill-from: dr` again after deploy');
    expect(head).not.toContain('**The replication role is replaced**');
  });
});
