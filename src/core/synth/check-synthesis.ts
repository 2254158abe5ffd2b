import type { Path, Problem } from '../config/diagnostic.js';
import { utf8Length } from '../config/utf8.js';
import { alarmsOf, type AlarmKind } from '../model/monitoring.js';
import type { Topology } from '../model/topology.js';
import { wayBack } from '../model/way-back.js';
import type { Template } from '../templates/cfn.js';
import { toJsonText } from './render-files.js';
import type { StackPlan, Synthesis } from './synthesize.js';
import { quote } from '../quote.js';

/**
 * CloudFormation's limits on what synth produces (AWS CloudFormation User Guide, "Understand
 * CloudFormation quotas"; CloudFormation API Reference, CreateStack and CreateStackSet).
 */
export const CFN_LIMITS = {
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
} as const;

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const n = (x: number) => x.toLocaleString('en-US');

/**
 * Every generated template and stack against the limit that applies to how deploy sends it: a
 * stack's template inline when it fits 51,200 bytes and through S3 (1 MB) otherwise, minified; a
 * StackSet's template always inline, as rendered (CreateStackSet is called with TemplateBody).
 */
export function checkSynthesisLimits(topology: Topology, synthesis: Synthesis): Problem[] {
  const problems: Problem[] = [];
  const checked = new Set<string>();
  let destination = 0;
  for (const stack of synthesis.manifest.stacks) {
    // The config entry a stack comes from, and the list its template grows with.
    const where: Path = stack.kind === 'source' ? ['source'] : ['destinations', destination++];
    const templateWhere: Path = stack.kind === 'source' ? ['source'] : ['destinations'];
    if (stack.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(stack.name))
      problems.push({
        path: where,
        message: `the stack name ${stack.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
      });
    const template = synthesis.templates.get(stack.template);
    if (template) problems.push(...parameterProblems(stack, template, where));
    const viaStackSet = topology.destinationStackSet !== undefined && stack.kind === 'destination';
    const key = `${stack.template}/${viaStackSet}`;
    if (checked.has(key)) continue;
    checked.add(key);
    if (!template) continue;
    const alarms = alarmProblem(watchedBy(topology, stack), stack.template, template);
    if (alarms) problems.push(alarms.problem);
    problems.push(...templateProblems(stack.template, template, viaStackSet, templateWhere, alarms?.covers));
  }
  const set = topology.destinationStackSet;
  if (set && (set.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(set.name)))
    problems.push({
      path: ['destinationStackSet'],
      message: `the StackSet name ${set.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
    });
  return problems;
}

/**
 * The values a stack is given, as CloudFormation checks them before it starts: each declared by
 * the template, within 4,096 bytes, matching its AllowedPattern (the whole value, as Java's
 * `matches`), AllowedValues, lengths and numeric bounds; and every parameter without a default
 * given a value. A value fed by an earlier stack's output is checked when that stack exists.
 */
function parameterProblems(stack: StackPlan, template: Template, where: Path): Problem[] {
  const problems: Problem[] = [];
  const say = (name: string, what: string) =>
    problems.push({ path: where, message: `parameter ${name} of stack ${stack.name} ${what}` });
  const declared = template.Parameters ?? {};
  for (const [name, value] of Object.entries(stack.parameters)) {
    const p = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!p) {
      say(
        name,
        'is not declared by its template: CloudFormation refuses parameters a template does not have.',
      );
      continue;
    }
    if (typeof value !== 'string') continue;
    const bytes = utf8Length(value);
    if (bytes > CFN_LIMITS.parameterValue)
      say(name, `would be ${n(bytes)} bytes; CloudFormation allows ${n(CFN_LIMITS.parameterValue)}.`);
    if (p.AllowedPattern !== undefined && !new RegExp(`^(?:${p.AllowedPattern})$`, 'u').test(value))
      say(name, `would be ${quote(value)}, which its template's AllowedPattern ${p.AllowedPattern} refuses.`);
    if (p.AllowedValues !== undefined && !p.AllowedValues.includes(value))
      say(
        name,
        `would be ${quote(value)}, not one of its template's AllowedValues (${p.AllowedValues.join(', ')}).`,
      );
    if (
      (p.MinLength !== undefined && value.length < p.MinLength) ||
      (p.MaxLength !== undefined && value.length > p.MaxLength)
    )
      say(
        name,
        `would have ${value.length} characters, outside its template's ${p.MinLength ?? 0}-${p.MaxLength ?? '∞'}.`,
      );
    if (p.Type === 'Number') {
      const x = Number(value);
      if (value.trim() === '' || !Number.isFinite(x)) say(name, `would be ${quote(value)}, not a number.`);
      else if ((p.MinValue !== undefined && x < p.MinValue) || (p.MaxValue !== undefined && x > p.MaxValue))
        say(name, `would be ${value}, outside its template's ${p.MinValue ?? '-∞'}-${p.MaxValue ?? '∞'}.`);
    }
  }
  for (const [name, p] of Object.entries(declared))
    if (p.Default === undefined && !Object.hasOwn(stack.parameters, name))
      say(name, 'has no value and no default: CloudFormation refuses to create the stack.');
  return problems;
}

/** The rules a stack's alarms watch: the source's, or a two-way destination's way back. */
function watchedBy(topology: Topology, stack: StackPlan): Topology | undefined {
  if (stack.kind === 'source') return topology;
  const d = topology.destinations.find((x) => x.twoWay && x.stackName === stack.name);
  return d ? wayBack(topology, d) : undefined;
}

/** The limits a problem already said, and said better: no second message for the same excess. */
interface Covered {
  readonly resources: boolean;
  readonly size: boolean;
}

/**
 * The source stack declares an alarm per rule and destination (two with Replication Time Control),
 * so with monitoring's defaults the alarms are what outgrows it first: 1,000 rules are 1,000 to
 * 2,000 alarms, where CloudFormation allows 500 resources in a stack, and about 800 bytes each.
 * When the template would fit without them, that is said, with the switch that turns them off:
 * the failure events still reach the topic, one per object, with S3's reason.
 */
function alarmProblem(
  topology: Topology | undefined,
  file: string,
  template: Template,
): { problem: Problem; covers: Covered } | undefined {
  if (!topology) return undefined;
  const alarms = alarmsOf(topology).filter((a) => Object.hasOwn(template.Resources, a.logicalId));
  if (alarms.length === 0) return undefined;
  const count = Object.keys(template.Resources).length;
  const others = count - alarms.length;
  const resources = count > CFN_LIMITS.resources && others <= CFN_LIMITS.resources;
  const size = utf8Length(JSON.stringify(template));
  let alarmBytes = 0;
  if (size > CFN_LIMITS.templateUrl) {
    const ids = new Set(alarms.map((a) => a.logicalId));
    const rest = Object.fromEntries(Object.entries(template.Resources).filter(([id]) => !ids.has(id)));
    alarmBytes = size - utf8Length(JSON.stringify({ ...template, Resources: rest }));
  }
  const bytes = size > CFN_LIMITS.templateUrl && size - alarmBytes <= CFN_LIMITS.templateUrl;
  if (!resources && !bytes) return undefined;

  const kinds = new Set<AlarmKind>(alarms.map((a) => a.kind));
  const off = [
    ...(kinds.has('failed-operations') ? ['failedOperations: false'] : []),
    ...(kinds.has('latency') ? ['latency: false'] : []),
  ];
  const fix =
    (off.length > 0 ? `monitoring: { alarms: { ${off.join(', ')} } }` : '') +
    (kinds.has('backlog') ? `${off.length > 0 ? ' and no ' : 'no '}monitoring.alarms.backlog` : '');
  const watched = [
    ...(kinds.has('failed-operations') ? ['failed operations'] : []),
    ...(kinds.has('latency') ? ['latency where replicationTime is on'] : []),
    ...(kinds.has('backlog') ? ['the backlog'] : []),
  ];
  const declares = watched
    .map((w, i, all) =>
      i === 0
        ? `an alarm per rule and destination on ${w}`
        : `${i === all.length - 1 ? 'and ' : ''}another on ${w}`,
    )
    .join(', ');
  const over = [
    ...(resources
      ? [`declare ${n(count)} resources where CloudFormation allows ${CFN_LIMITS.resources} in a stack`]
      : []),
    ...(bytes
      ? [
          `be ${n(size)} bytes (minified, as deploy uploads it to S3) where it accepts ${n(CFN_LIMITS.templateUrl)} (1 MB)`,
        ]
      : []),
  ].join(', and ');
  const fewer = resources
    ? `or use fewer rules: ${n(Math.max(0, CFN_LIMITS.resources - others))} alarms fit next to the stack's other ${others} resources`
    : 'or use fewer rules, or shorter prefixes and rule ids';
  return {
    problem: {
      path: ['monitoring', 'alarms'],
      // A config that never wrote monitoring.alarms has them by default: point at what multiplies them.
      orElse: [['monitoring'], ['rules']],
      message:
        `${file} would ${over}; without its ${n(alarms.length)} alarms it would fit. Monitoring declares ${declares}. ` +
        `Turn the per-rule alarms off with ${fix} (S3's failure events still reach the topic with their reason, ` +
        `and the metrics stay), ${fewer}.`,
    },
    covers: { resources, size: bytes },
  };
}

function templateProblems(
  file: string,
  template: Template,
  viaStackSet: boolean,
  where: Path,
  covered: Covered = { resources: false, size: false },
): Problem[] {
  const problems: Problem[] = [];
  // What grows a template is its rules (source) or its destinations: point there.
  const growth: Path = where[0] === 'source' ? ['rules'] : where;
  if (viaStackSet) {
    const size = utf8Length(toJsonText(template));
    if (size > CFN_LIMITS.templateBody)
      problems.push({
        path: ['destinationStackSet'],
        message: `${file} is ${n(size)} bytes, and a StackSet takes its template inline, where CloudFormation allows ${n(CFN_LIMITS.templateBody)}.`,
      });
  } else {
    const size = utf8Length(JSON.stringify(template));
    if (size > CFN_LIMITS.templateUrl && !covered.size)
      problems.push({
        path: growth,
        message:
          `${file} would be ${n(size)} bytes (minified, as deploy uploads it to S3); CloudFormation accepts at most ` +
          `${n(CFN_LIMITS.templateUrl)} (1 MB) for a template in S3. Use fewer rules or shorter prefixes and tag ` +
          `filters, or split the topology into several configs.`,
      });
  }
  const count = (what: string, names: readonly string[], limit: number, path: Path) => {
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
  count(
    'parameters',
    Object.keys(template.Parameters ?? {}),
    CFN_LIMITS.parameters,
    where[0] === 'source' ? ['destinations'] : where,
  );
  const resourceLimit = covered.resources ? Infinity : CFN_LIMITS.resources;
  count('resources', Object.keys(template.Resources), resourceLimit, where);
  count('outputs', Object.keys(template.Outputs ?? {}), CFN_LIMITS.outputs, where);
  count(
    'mappings',
    Object.keys((template as { Mappings?: object }).Mappings ?? {}),
    CFN_LIMITS.mappings,
    where,
  );
  const description = utf8Length(template.Description);
  if (description > CFN_LIMITS.description)
    problems.push({
      path: where,
      message: `${file}'s description would be ${n(description)} bytes; CloudFormation allows ${n(CFN_LIMITS.description)}.`,
    });
  for (const [name, parameter] of Object.entries(template.Parameters ?? {}))
    if (parameter.Description.length > CFN_LIMITS.parameterDescription)
      problems.push({
        path: where,
        message: `${file}: the description of parameter ${name} would have ${parameter.Description.length} characters; CloudFormation allows ${n(CFN_LIMITS.parameterDescription)}.`,
      });
  return problems;
}
