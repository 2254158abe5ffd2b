import type { Shape } from './shape.js';

/** The published JSON Schema (draft 2020-12), generated from the same shape the validator uses. */
export function toJsonSchema(shape: Shape, id: string): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...convert(shape) };
}

function convert(shape: Shape): Record<string, unknown> {
  const base = { description: shape.description };
  switch (shape.type) {
    case 'account':
      return { ...base, type: 'string', pattern: '^[0-9]{12}$' };
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(shape.enum ? { enum: shape.enum } : {}),
        ...(shape.pattern ? { pattern: shape.pattern } : {}),
        ...(shape.minLength !== undefined ? { minLength: shape.minLength } : {}),
        ...(shape.maxLength !== undefined ? { maxLength: shape.maxLength } : {}),
        ...(shape.default !== undefined ? { default: shape.default } : {}),
      };
    case 'integer':
      return {
        ...base,
        type: 'integer',
        ...(shape.minimum !== undefined ? { minimum: shape.minimum } : {}),
        ...(shape.maximum !== undefined ? { maximum: shape.maximum } : {}),
        ...(shape.default !== undefined ? { default: shape.default } : {}),
      };
    case 'boolean':
      return { ...base, type: 'boolean', ...(shape.default !== undefined ? { default: shape.default } : {}) };
    case 'array':
      return {
        ...base,
        type: 'array',
        items: convert(shape.items),
        ...(shape.minItems !== undefined ? { minItems: shape.minItems } : {}),
        ...(shape.maxItems !== undefined ? { maxItems: shape.maxItems } : {}),
      };
    case 'map':
      return {
        ...base,
        type: 'object',
        ...(shape.keyPattern || shape.keyMaxLength !== undefined
          ? {
              propertyNames: {
                ...(shape.keyPattern ? { pattern: shape.keyPattern } : {}),
                ...(shape.keyMaxLength !== undefined ? { maxLength: shape.keyMaxLength } : {}),
              },
            }
          : {}),
        additionalProperties: convert(shape.values),
        ...(shape.maxEntries !== undefined ? { maxProperties: shape.maxEntries } : {}),
      };
    case 'object':
      return {
        ...base,
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.properties).map(([k, v]) => [k, convert(v)])),
        ...(shape.required && shape.required.length > 0 ? { required: shape.required } : {}),
        ...(shape.extensionPrefix !== undefined
          ? {
              patternProperties: {
                [`^${shape.extensionPrefix}`]: { description: 'Ignored: a place for YAML anchors.' },
              },
            }
          : {}),
        additionalProperties: false,
      };
  }
}
