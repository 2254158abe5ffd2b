/**
 * The workflow commands a runner finds in what a step prints, read the way actions/runner reads
 * them (src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs):
 *
 * - the output is read line by line, a line ending at "\r\n", "\r" or "\n" (.NET's ReadLine);
 * - `::name key=value,key=value::data`, when the line starts with `::` once leading white space
 *   (.NET's char.IsWhiteSpace, which includes U+0085 and the Unicode spaces) is trimmed;
 * - otherwise `##[name key=value;key=value]data` anywhere in the line (the older syntax);
 * - data and properties unescaped (%25 %0D %0A, and %3A %2C in properties);
 * - after `::stop-commands::TOKEN`, nothing is a command until a line `::TOKEN::`.
 *
 * Every name counts, registered or not: a test wants to see any line the runner might act on.
 */
export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  readonly line: string;
}

const DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

function parseLine(line: string): WorkflowCommand | undefined {
  const trimmed = line.replace(DOTNET_WHITESPACE, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end < 0) return undefined;
    const info = trimmed.slice(2, end);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space > 0)
      for (const p of info
        .slice(space + 1)
        .trim()
        .split(',')
        .filter(Boolean)) {
        const eq = p.indexOf('=');
        if (eq > 0 && eq < p.length - 1) properties[p.slice(0, eq)] = unescapeProperty(p.slice(eq + 1));
      }
    if (command) return { command, properties, data: unescapeData(trimmed.slice(end + 2)), line };
    return undefined;
  }
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  return { command, properties: {}, data: line.slice(close + 1), line };
}

export function workflowCommands(output: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const c = parseLine(line);
    if (!c) continue;
    if (stopToken !== undefined) {
      if (c.command === stopToken) stopToken = undefined;
      continue;
    }
    if (c.command === 'stop-commands') stopToken = c.data;
    out.push(c);
  }
  return out;
}
