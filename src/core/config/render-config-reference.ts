import type { Shape } from './shape.js';

/** The config reference as a Markdown table, generated from the same shape the validator uses. */
export function renderConfigReference(root: Shape): string {
  const rows: string[] = [];
  const typeOf = (s: Shape): string => {
    switch (s.type) {
      case 'account':
        return 'account id';
      case 'string':
        return s.enum ? s.enum.map((e) => `\`${e}\``).join(' \\| ') : 'string';
      case 'array':
        return `list of ${s.items.type === 'object' ? 'mappings' : typeOf(s.items)}`;
      case 'map':
        return 'mapping';
      case 'object':
        return 'mapping';
      default:
        return s.type;
    }
  };
  const defaultOf = (s: Shape): string =>
    'default' in s && s.default !== undefined ? `\`${String(s.default)}\`` : '';
  const walk = (s: Shape, path: string, required: boolean) => {
    if (path !== '') {
      const desc = s.description.replace(/\|/g, '\\|');
      rows.push(`| \`${path}\` | ${typeOf(s)} | ${required ? 'yes' : ''} | ${defaultOf(s)} | ${desc} |`);
    }
    if (s.type === 'object') {
      for (const [k, child] of Object.entries(s.properties)) {
        walk(child, path === '' ? k : `${path}.${k}`, (s.required ?? []).includes(k));
      }
      if (s.extensionPrefix !== undefined) {
        const key = `${path === '' ? '' : `${path}.`}${s.extensionPrefix}…`;
        rows.push(
          `| \`${key}\` | any | | | Ignored: a place to define YAML anchors (\`&defaults\`) that mappings merge with \`<<: *defaults\`. |`,
        );
      }
    } else if (s.type === 'array' && s.items.type === 'object') walk(s.items, `${path}[]`, false);
    else if (s.type === 'map' && s.values.type === 'object') walk(s.values, `${path}.<key>`, false);
  };
  walk(root, '', true);
  return [
    '# Config reference',
    '',
    'Generated from `src/core/config/config-shape.ts` by `npm run generate`; the JSON Schema in',
    '`schema/config.schema.json` comes from the same source. "Required" is relative to the parent.',
    '',
    '| Key | Type | Required | Default | Description |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
