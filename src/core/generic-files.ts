import { configShape } from './config/config-shape.js';
import { toJsonSchema } from './config/json-schema.js';
import { renderConfigReference } from './config/render-config-reference.js';
import { toJsonText } from './synth/render-files.js';
import { DESTINATION_TEMPLATE_FILE } from './synth/synthesize.js';
import { buildBootstrapTemplate } from './templates/bootstrap-template.js';
import { buildDestinationTemplate } from './templates/destination-template.js';

export const SCHEMA_FILE = 'config.schema.json';
export const SCHEMA_ID = 'https://raw.githubusercontent.com/org/s3-xrepl-action/v1/schema/config.schema.json';

/** The files that do not depend on any config: committed under templates/ and schema/. */
export function genericTemplateFiles(): Map<string, string> {
  return new Map([
    [DESTINATION_TEMPLATE_FILE, toJsonText(buildDestinationTemplate())],
    ['bootstrap.template.json', toJsonText(buildBootstrapTemplate())],
  ]);
}

export function configSchemaText(): string {
  return toJsonText(toJsonSchema(configShape, SCHEMA_ID));
}

export const CONFIG_REFERENCE_FILE = 'config-reference.md';

export function configReferenceText(): string {
  return renderConfigReference(configShape);
}
