export const id = 322;
export const ids = [322];
export const modules = {

/***/ 4711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/core/config/json-schema.ts
/** The published JSON Schema (draft 2020-12), generated from the same shape the validator uses. */
var toJsonSchema = (function(shape, id) {
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...convert(shape) };
});
var convert = (function(shape) {
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
});// CONCATENATED MODULE: ./src/core/config/render-config-reference.ts
/** The config reference as a Markdown table, generated from the same shape the validator uses. */
var renderConfigReference = (function(root) {
    const rows = [];
    const typeOf = (s) => {
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
    const defaultOf = (s) => 'default' in s && s.default !== undefined ? `\`${String(s.default)}\`` : '';
    const walk = (s, path, required) => {
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
                rows.push(`| \`${key}\` | any | | | Ignored: a place to define YAML anchors (\`&defaults\`) that mappings merge with \`<<: *defaults\`. |`);
            }
        }
        else if (s.type === 'array' && s.items.type === 'object')
            walk(s.items, `${path}[]`, false);
        else if (s.type === 'map' && s.values.type === 'object')
            walk(s.values, `${path}.<key>`, false);
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
});
/** The files that do not depend on any config: committed under templates/ and schema/. */
var genericTemplateFiles = (function() {
    return new Map([
        [synthesize/* DESTINATION_TEMPLATE_FILE */.H, (0,render_files.toJsonText)((0,destination_template.buildDestinationTemplate)())],
        ['bootstrap.template.json', (0,render_files.toJsonText)((0,bootstrap_template/* buildBootstrapTemplate */.Z)())],
    ]);
});
var configSchemaText = (function() {
    return (0,render_files.toJsonText)(toJsonSchema(config_shape/* configShape */._, SCHEMA_ID));
});
var configReferenceText = (function() {
    return renderConfigReference(config_shape/* configShape */._);
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_REFERENCE_FILE: () => (/* binding */ CONFIG_REFERENCE_FILE),
  SCHEMA_FILE: () => (/* binding */ SCHEMA_FILE),
  configReferenceText: () => (/* binding */ configReferenceText),
  configSchemaText: () => (/* binding */ configSchemaText),
  genericTemplateFiles: () => (/* binding */ genericTemplateFiles)
});

// UNUSED EXPORTS: SCHEMA_ID

// EXTERNAL MODULE: ./src/core/config/config-shape.ts + 1 modules
var config_shape = __webpack_require__(4062);
;

;

// EXTERNAL MODULE: ./src/core/synth/render-files.ts
var render_files = __webpack_require__(3726);
// EXTERNAL MODULE: ./src/core/synth/synthesize.ts + 1 modules
var synthesize = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/core/templates/bootstrap-template.ts + 2 modules
var bootstrap_template = __webpack_require__(7611);
// EXTERNAL MODULE: ./src/core/templates/destination-template.ts
var destination_template = __webpack_require__(8318);
;// CONCATENATED MODULE: ./src/core/generic-files.ts







const SCHEMA_FILE = 'config.schema.json';
const SCHEMA_ID = 'https://raw.githubusercontent.com/org/s3-xrepl-action/v1/schema/config.schema.json';
const CONFIG_REFERENCE_FILE = 'config-reference.md';


/***/ })

};
