import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(983);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/shell/logger.ts
function consoleLogger(stream = process.stderr) {
    const where = (w) => w?.file ? `${[w.file, w.line, w.column].filter((x) => x !== undefined).join(':')}: ` : '';
    return {
        info: (m) => void stream.write(`${m}\n`),
        warning: (m, w) => void stream.write(`warning: ${where(w)}${m}\n`),
        error: (m, w) => void stream.write(`error: ${where(w)}${m}\n`),
    };
}
/** For tests: keeps every line so assertions can read them. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => void lines.push(`info: ${m}`),
        warning: (m) => void lines.push(`warning: ${m}`),
        error: (m) => void lines.push(`error: ${m}`),
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/config/diagnostic.ts
/** Renders a path the way users write it: `destinations[1].region`, `accounts["111111111111"]`. */
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part))
            out += out === '' ? part : `.${part}`;
        else
            out += `[${JSON.stringify(part)}]`;
    }
    return out === '' ? '(root)' : out;
}
function formatDiagnostic(d, file) {
    const where = [file, d.location?.line, d.location?.column].filter((x) => x !== undefined).join(':');
    return `${where === '' ? '' : `${where}: `}${d.severity} ${d.path}: ${d.message}`;
}
/** Human text for a list of diagnostics, capped so a broken file does not flood the log. */
function formatDiagnostics(diagnostics, file, cap = 50) {
    const shown = diagnostics.slice(0, cap).map((d) => formatDiagnostic(d, file));
    if (diagnostics.length > cap)
        shown.push(`… and ${diagnostics.length - cap} more`);
    return shown.join('\n');
}

;// CONCATENATED MODULE: ./src/errors.ts

/**
 * Errors carry who must act: `user` (bad config or input: exit 2, say what to fix) or `internal`
 * (a bug: exit 1, say where to report). Anything else thrown is treated as internal.
 */
class UserError extends Error {
    remedy;
    name = 'UserError';
    constructor(message, remedy) {
        super(message);
        this.remedy = remedy;
    }
}
class ConfigError extends UserError {
    file;
    diagnostics;
    constructor(file, diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        super(`${file}: ${errors} problem${errors === 1 ? '' : 's'} in the config\n${formatDiagnostics(diagnostics, file)}`);
        this.file = file;
        this.diagnostics = diagnostics;
    }
}
const EXIT = { ok: 0, internal: 1, user: 2 };
const REPORT_BUGS = 'This is a bug in s3-xrepl-action; please report it with the log above.';
function exitCodeOf(error) {
    return error instanceof UserError ? EXIT.user : EXIT.internal;
}

;// CONCATENATED MODULE: ./src/shell/fs/output-dir.ts



/** Writes every file into `dir`, creating it. Called only after all of the output was computed. */
async function writeOutputDir(dir, files) {
    const written = [];
    try {
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        for (const [name, text] of files) {
            const path = (0,external_node_path_namespaceObject.join)(dir, name);
            await (0,promises_namespaceObject.writeFile)(path, text, 'utf8');
            written.push(path);
        }
    }
    catch (e) {
        const code = e.code;
        if (!code)
            throw e;
        throw new UserError(`cannot write to ${dir}: ${code} (${e.message})`, 'Choose an output directory you can write to.');
    }
    return written;
}
async function readTextFile(path) {
    return (0,promises_namespaceObject.readFile)(path, 'utf8');
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/core/config/did-you-mean.ts
/** Edit distance (Levenshtein), small inputs only: config keys and region names. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate when it is close enough to be a plausible typo, else undefined. */
function didYouMean(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    for (const name of candidates) {
        const d = distance(needle, name.toLowerCase());
        if (!best || d < best.d)
            best = { name, d };
    }
    if (!best)
        return undefined;
    const allowed = Math.max(1, Math.floor(Math.max(input.length, best.name.length) / 3));
    return best.d <= allowed ? best.name : undefined;
}
function suggestion(input, candidates) {
    const hit = didYouMean(input, candidates);
    return hit === undefined ? '' : ` Did you mean "${hit}"?`;
}

;// CONCATENATED MODULE: ./src/core/config/yaml-locations.ts

/** The map key for a path; shared with the validator so both sides agree. */
function pathKey(path) {
    return JSON.stringify(path);
}
/**
 * js-yaml's loader drops source positions, so the event stream (which keeps offsets) is walked
 * once more to record where each value, and each mapping key, begins. Keys are recorded under
 * the path of their value with a `#key` suffix so "unknown key" errors point at the key itself.
 */
function indexLocations(source) {
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            lineStarts.push(i + 1);
    const locate = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
    };
    const index = new Map();
    let events;
    try {
        events = parseEvents(source, {});
    }
    catch {
        return index; // the loader reports the syntax error itself
    }
    const stack = [];
    const childPath = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return [];
        if (top.kind === 'seq')
            return [...top.path, top.next++];
        if (top.key === undefined)
            return undefined; // this node is a key
        const p = [...top.path, top.key];
        top.key = undefined;
        return p;
    };
    for (const ev of events) {
        switch (ev.type) {
            case EVENT_ID.SCALAR: {
                const top = stack[stack.length - 1];
                const path = childPath();
                const start = ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.anchorStart, ev.tagStart, 0);
                if (path === undefined && top?.kind === 'map') {
                    top.key = getScalarValue(source, ev);
                    index.set(pathKey([...top.path, top.key]) + '#key', { location: locate(start), raw: top.key });
                }
                else if (path) {
                    index.set(pathKey(path), {
                        location: locate(start),
                        raw: source.slice(ev.valueStart, ev.valueEnd),
                    });
                }
                break;
            }
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                const path = childPath() ?? [];
                index.set(pathKey(path), { location: locate(ev.start) });
                stack.push(ev.type === EVENT_ID.MAPPING ? { kind: 'map', path } : { kind: 'seq', path, next: 0 });
                break;
            }
            case EVENT_ID.ALIAS:
                childPath();
                break;
            case EVENT_ID.POP:
                stack.pop();
                break;
            default:
                break;
        }
    }
    return index;
}
/**
 * The key as written, for a key js-yaml turned into a number and back (e.g. an unquoted account id
 * 012345678901 arrives as "12345678901"); undefined when the key was loaded as written.
 */
function rawKeyOf(index, parent, loadedKey) {
    const prefix = pathKey(parent).slice(0, -1);
    for (const [k, info] of index) {
        if (!k.endsWith('#key') || !k.startsWith(prefix) || info.raw === undefined || info.raw === loadedKey)
            continue;
        if (pathKey([...parent, info.raw]) + '#key' === k &&
            /^[0-9]+$/.test(info.raw) &&
            Number(info.raw) === Number(loadedKey)) {
            return info.raw;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/config/check-shape.ts



function createReporter(locations) {
    const diagnostics = [];
    const push = (severity, path, message, atKey = false) => {
        const key = pathKey(path);
        const info = (atKey ? locations.get(key + '#key') : undefined) ?? locations.get(key) ?? nearest(path);
        diagnostics.push({
            severity,
            path: formatPath(path),
            message,
            ...(info ? { location: info.location } : {}),
        });
    };
    // A missing property has no position of its own: point at the object that lacks it.
    const nearest = (path) => {
        for (let n = path.length - 1; n >= 0; n--) {
            const hit = locations.get(pathKey(path.slice(0, n)));
            if (hit)
                return hit;
        }
        return undefined;
    };
    return {
        diagnostics,
        error: (path, message, opts) => push('error', path, message, opts?.atKey ?? false),
        warning: (path, message) => push('warning', path, message),
    };
}
const typeName = (v) => v === null
    ? 'null'
    : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
            ? 'a mapping'
            : `the ${typeof v} ${JSON.stringify(v)}`;
/**
 * Walks `value` against `shape`, reporting every mismatch, and returns the value with accounts
 * normalised to strings (or undefined where the value is unusable). It never throws on user input.
 */
function checkShape(value, shape, path, ctx) {
    const { report } = ctx;
    switch (shape.type) {
        case 'account': {
            if (typeof value === 'number') {
                // YAML turned an unquoted id into a number. Twelve digits with no leading zero survive any
                // YAML reader; a leading zero is already lost here and in every other tool that reads the file.
                const raw = ctx.locations.get(pathKey(path))?.raw ?? String(value);
                if (/^[1-9][0-9]{11}$/.test(raw))
                    return raw;
                report.error(path, /^0/.test(raw)
                    ? `account id ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${value} and drops the leading zero.`
                    : `account id ${raw} must be 12 digits, written in quotes ("${raw}").`);
                return undefined;
            }
            if (typeof value !== 'string' || !/^[0-9]{12}$/.test(value)) {
                report.error(path, `must be a 12-digit AWS account id in quotes, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        }
        case 'string': {
            if (typeof value !== 'string') {
                report.error(path, `must be a string, got ${typeName(value)}.`);
                return undefined;
            }
            if (shape.enum && !shape.enum.includes(value)) {
                report.error(path, `"${value}" is not one of ${shape.enum.join(', ')}.${suggestion(value, shape.enum)}`);
                return undefined;
            }
            if (shape.minLength !== undefined && value.length < shape.minLength) {
                report.error(path, `must be at least ${shape.minLength} characters long.`);
                return undefined;
            }
            if (shape.maxLength !== undefined && value.length > shape.maxLength) {
                report.error(path, `must be at most ${shape.maxLength} characters long (it has ${value.length}).`);
                return undefined;
            }
            if (shape.pattern && !new RegExp(shape.pattern, 'u').test(value)) {
                report.error(path, `"${value}" is not valid: ${shape.patternHint ?? `must match ${shape.pattern}`}.`);
                return undefined;
            }
            return value;
        }
        case 'integer': {
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                report.error(path, `must be a whole number, got ${typeName(value)}.`);
                return undefined;
            }
            if ((shape.minimum !== undefined && value < shape.minimum) ||
                (shape.maximum !== undefined && value > shape.maximum)) {
                report.error(path, `must be between ${shape.minimum ?? '-∞'} and ${shape.maximum ?? '∞'}, got ${value}.`);
                return undefined;
            }
            return value;
        }
        case 'boolean':
            if (typeof value !== 'boolean') {
                report.error(path, `must be true or false, got ${typeName(value)}.`);
                return undefined;
            }
            return value;
        case 'array': {
            if (!Array.isArray(value)) {
                report.error(path, `must be a list, got ${typeName(value)}.`);
                return undefined;
            }
            if (shape.minItems !== undefined && value.length < shape.minItems) {
                report.error(path, `must have at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}.`);
            }
            if (shape.maxItems !== undefined && value.length > shape.maxItems) {
                report.error(path, `must have at most ${shape.maxItems} items (it has ${value.length}).`);
            }
            return value.map((item, i) => checkShape(item, shape.items, [...path, i], ctx));
        }
        case 'map': {
            if (!check_shape_isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const entries = Object.entries(value);
            if (shape.maxEntries !== undefined && entries.length > shape.maxEntries) {
                report.error(path, `must have at most ${shape.maxEntries} entries (it has ${entries.length}).`);
            }
            const out = {};
            for (const [k, v] of entries) {
                if (shape.keyPattern && !new RegExp(shape.keyPattern, 'u').test(k)) {
                    const raw = rawKeyOf(ctx.locations, path, k);
                    if (raw !== undefined) {
                        report.error([...path, raw], `key ${raw} must be in quotes ("${raw}"): unquoted, YAML reads it as the number ${k}.`, {
                            atKey: true,
                        });
                        continue;
                    }
                    report.error([...path, k], `key "${k}" is not valid: ${shape.keyHint ?? `must match ${shape.keyPattern}`}.`, {
                        atKey: true,
                    });
                    continue;
                }
                const checked = checkShape(v, shape.values, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            return out;
        }
        case 'object': {
            if (!check_shape_isPlainObject(value)) {
                report.error(path, `must be a mapping, got ${typeName(value)}.`);
                return undefined;
            }
            const known = Object.keys(shape.properties);
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                const child = shape.properties[k];
                if (!child) {
                    report.error([...path, k], `unknown key "${k}".${suggestion(k, known) || ` Allowed: ${known.join(', ')}.`}`, {
                        atKey: true,
                    });
                    continue;
                }
                const checked = checkShape(v, child, [...path, k], ctx);
                if (checked !== undefined)
                    out[k] = checked;
            }
            for (const req of shape.required ?? []) {
                if (!(req in value))
                    report.error([...path, req], `required key "${req}" is missing: ${shape.properties[req]?.description ?? ''}`.trim());
            }
            return out;
        }
    }
}
function check_shape_isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/core/config/bucket-name.ts
/**
 * S3 general purpose bucket naming rules, as documented by AWS. Returns every broken rule, so the
 * user fixes a name once. Dots are legal but break virtual-hosted TLS, hence a separate warning.
 */
function bucketNameProblems(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push(`must be 3-63 characters long (it has ${name.length})`);
    if (!/^[a-z0-9.-]*$/.test(name))
        problems.push('may contain only lowercase letters, digits, "." and "-"');
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        problems.push('must begin and end with a letter or digit');
    if (name.includes('..'))
        problems.push('must not contain two adjacent periods');
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        problems.push('must not be formatted as an IP address');
    for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
        if (name.startsWith(prefix))
            problems.push(`must not start with "${prefix}"`);
    }
    for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
        if (name.endsWith(suffix))
            problems.push(`must not end with "${suffix}"`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/core/config/key-arn.ts
const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
/**
 * Replica encryption must name a key by its full key ARN: S3 does not validate the key when the
 * configuration is written, so an alias or the AWS managed aws/s3 key only shows up later as
 * FAILED objects (AWS managed keys cannot be used across accounts at all).
 */
function checkKeyArn(value) {
    if (value === 'aws/s3' || value === 'alias/aws/s3' || /:alias\/aws\/s3$/.test(value)) {
        return {
            ok: false,
            reason: 'the AWS managed key aws/s3 cannot be used: its policy cannot grant another account',
        };
    }
    if (value.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(value)) {
        return {
            ok: false,
            reason: 'an alias is not accepted: give the key ARN (arn:…:kms:REGION:ACCOUNT:key/ID)',
        };
    }
    const m = /^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/.exec(value);
    if (!m) {
        return {
            ok: false,
            reason: 'must be "create" or a KMS key ARN of the form arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID',
        };
    }
    const [, partition, region, account, keyId] = m;
    if (!KEY_ID.test(keyId))
        return { ok: false, reason: `"${keyId}" is not a KMS key id (a UUID or mrk-…)` };
    return { ok: true, arn: { partition, region, account, keyId } };
}

;// CONCATENATED MODULE: ./src/core/config/regions.ts
/**
 * Regions S3 replication can use, by partition. ARNs and service principals differ by partition,
 * and replication cannot cross one, so the partition is derived here rather than assumed.
 * Opt-in regions are included: whether an account has enabled one is checked at deploy time.
 */
const REGIONS = {
    aws: [
        'us-east-1',
        'us-east-2',
        'us-west-1',
        'us-west-2',
        'af-south-1',
        'ap-east-1',
        'ap-east-2',
        'ap-south-1',
        'ap-south-2',
        'ap-northeast-1',
        'ap-northeast-2',
        'ap-northeast-3',
        'ap-southeast-1',
        'ap-southeast-2',
        'ap-southeast-3',
        'ap-southeast-4',
        'ap-southeast-5',
        'ap-southeast-6',
        'ap-southeast-7',
        'ca-central-1',
        'ca-west-1',
        'eu-central-1',
        'eu-central-2',
        'eu-west-1',
        'eu-west-2',
        'eu-west-3',
        'eu-south-1',
        'eu-south-2',
        'eu-north-1',
        'il-central-1',
        'me-south-1',
        'me-central-1',
        'mx-central-1',
        'sa-east-1',
    ],
    'aws-cn': ['cn-north-1', 'cn-northwest-1'],
    'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'],
};
const PARTITION_OF = new Map(Object.entries(REGIONS).flatMap(([p, regions]) => regions.map((r) => [r, p])));
const KNOWN_REGIONS = [...PARTITION_OF.keys()];
function partitionOf(region) {
    return PARTITION_OF.get(region);
}
/** The DNS suffix of service endpoints, as used in `kms:ViaService` values. */
function urlSuffix(partition) {
    return partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
}

;// CONCATENATED MODULE: ./src/core/model/names.ts
/** "eu-backup" → "EuBackup": CloudFormation logical ids and parameter names are alphanumeric. */
function logicalIdOf(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function sourceStackName(prefix, name) {
    return `${prefix}-${name}-source`;
}
function destinationStackName(prefix, name, destinationId) {
    return `${prefix}-${name}-dst-${destinationId}`;
}
/**
 * The replication role's name is fixed up front because destination policies, deployed before
 * the role exists, must name it (see DESIGN.md §1, "Ordering trap").
 */
function defaultReplicationRoleName(name) {
    return `s3-xrepl-${name}-replication`;
}
const DEFAULT_ROLES = {
    deployRole: 's3-xrepl-deploy',
    planRole: 's3-xrepl-plan',
    executionRole: 's3-xrepl-cfn-exec',
};
/** `accounts.<id>.executionRole: none` deploys without a CloudFormation execution role. */
const NO_EXECUTION_ROLE = 'none';

;// CONCATENATED MODULE: ./src/core/config/check-semantics.ts





/** S3 accepts at most 1,000 rules in one replication configuration. */
const MAX_S3_RULES = 1000;
/**
 * Rules that need more than one field, or knowledge of AWS, to decide. Runs on a config whose
 * shape may have failed in places: every field is treated as possibly absent.
 */
function checkSemantics(config, report) {
    const source = config.source;
    const destinations = config.destinations ?? [];
    const sourcePartition = source?.region ? partitionOf(source.region) : undefined;
    const checkPlace = (path, place) => {
        if (place.region !== undefined) {
            const partition = partitionOf(place.region);
            if (!partition) {
                report.error([...path, 'region'], `"${place.region}" is not a known AWS region.${suggestion(place.region, KNOWN_REGIONS)}`);
            }
            else if (sourcePartition && partition !== sourcePartition) {
                report.error([...path, 'region'], `${place.region} is in partition ${partition} but the source is in ${sourcePartition}: replication cannot cross partitions.`);
            }
        }
        if (place.bucket !== undefined) {
            const problems = bucketNameProblems(place.bucket);
            if (problems.length > 0)
                report.error([...path, 'bucket'], `"${place.bucket}" is not a valid S3 bucket name: it ${problems.join('; it ')}.`);
            else if (place.bucket.includes('.')) {
                report.warning([...path, 'bucket'], `"${place.bucket}" contains "." which breaks virtual-hosted-style HTTPS; prefer "-".`);
            }
        }
        if (place.kmsKey !== undefined && place.kmsKey !== 'create') {
            const key = checkKeyArn(place.kmsKey);
            if (!key.ok)
                report.error([...path, 'kmsKey'], key.reason + '.');
            else {
                if (place.region !== undefined && key.arn.region !== place.region) {
                    report.error([...path, 'kmsKey'], `the key is in ${key.arn.region} but the bucket is in ${place.region}: S3 needs a key in the bucket's region.`);
                }
                if (place.account !== undefined && key.arn.account !== place.account) {
                    report.error([...path, 'kmsKey'], `the key belongs to account ${key.arn.account} but the bucket to ${place.account}: use a key of the bucket's account.`);
                }
                const partition = place.region ? partitionOf(place.region) : undefined;
                if (partition && key.arn.partition !== partition) {
                    report.error([...path, 'kmsKey'], `the key ARN is in partition ${key.arn.partition} but ${place.region} is in ${partition}.`);
                }
            }
        }
    };
    if (source)
        checkPlace(['source'], source);
    const ids = new Map();
    const logicalIds = new Map();
    const buckets = new Map();
    destinations.forEach((d, i) => {
        if (!d)
            return;
        const path = ['destinations', i];
        checkPlace(path, d);
        if (d.id !== undefined) {
            const seen = ids.get(d.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate destination id "${d.id}" (also destinations[${seen}].id).`);
            else {
                ids.set(d.id, i);
                const logical = logicalIdOf(d.id);
                const clash = logicalIds.get(logical);
                if (clash !== undefined) {
                    report.error([...path, 'id'], `"${d.id}" and "${clash}" give the same CloudFormation name "${logical}": rename one.`);
                }
                else
                    logicalIds.set(logical, d.id);
            }
        }
        if (d.bucket !== undefined) {
            if (source?.bucket === d.bucket) {
                report.error([...path, 'bucket'], `"${d.bucket}" is the source bucket: a bucket cannot replicate to itself.`);
            }
            const seen = buckets.get(d.bucket);
            if (seen !== undefined)
                report.error([...path, 'bucket'], `bucket "${d.bucket}" is already destinations[${seen}].bucket.`);
            else
                buckets.set(d.bucket, i);
        }
        if (d.replicationTime && d.replicationTime.minutes !== undefined && d.replicationTime.minutes !== 15) {
            report.error([...path, 'replicationTime', 'minutes'], `must be 15: S3 Replication Time Control accepts only 15 minutes (got ${d.replicationTime.minutes}).`);
        }
    });
    checkRules(config, ids, report);
    checkAccounts(config, report);
}
function checkRules(config, destinationIds, report) {
    const rules = config.rules ?? [];
    const ruleIds = new Map();
    const priorities = new Map();
    const used = new Set();
    // S3 rule ids are "<rule id>-<destination id>"; different pairs can spell the same id.
    const generatedIds = new Map();
    let generated = 0;
    rules.forEach((r, i) => {
        if (!r)
            return;
        const path = ['rules', i];
        if (r.id !== undefined) {
            const seen = ruleIds.get(r.id);
            if (seen !== undefined)
                report.error([...path, 'id'], `duplicate rule id "${r.id}" (also rules[${seen}].id).`);
            else
                ruleIds.set(r.id, i);
        }
        if (r.priority !== undefined) {
            const seen = priorities.get(r.priority);
            if (seen !== undefined) {
                report.error([...path, 'priority'], `priority ${r.priority} is already used by rules[${seen}]: priorities must be unique.`);
            }
            else
                priorities.set(r.priority, i);
        }
        const tagCount = Object.keys(r.filter?.tags ?? {}).length;
        if (tagCount > 0 && r.deleteMarkerReplication === true) {
            report.error([...path, 'deleteMarkerReplication'], 'must be false when the filter has tags: S3 does not replicate delete markers for tag-based rules.');
        }
        const seenHere = new Set();
        (r.destinations ?? []).forEach((id, j) => {
            if (id === undefined)
                return;
            if (seenHere.has(id))
                report.error([...path, 'destinations', j], `destination "${id}" is listed twice.`);
            seenHere.add(id);
            if (!destinationIds.has(id)) {
                const known = [...destinationIds.keys()];
                report.error([...path, 'destinations', j], `"${id}" is not a destination id.${suggestion(id, known) || (known.length ? ` Known: ${known.join(', ')}.` : '')}`);
            }
            else {
                used.add(id);
                if (r.id !== undefined && ruleIds.get(r.id) === i) {
                    const s3Id = `${r.id}-${id}`;
                    const clash = generatedIds.get(s3Id);
                    if (clash !== undefined && clash !== `${i}`) {
                        report.error([...path, 'id'], `rules[${clash}] and this rule both generate the S3 rule id "${s3Id}" (rule id + "-" + destination id): rename one.`);
                    }
                    generatedIds.set(s3Id, `${i}`);
                }
            }
        });
        generated += seenHere.size;
    });
    if (generated > MAX_S3_RULES) {
        report.error(['rules'], `these rules expand to ${generated} S3 rules (one per rule and destination); S3 accepts at most ${MAX_S3_RULES}.`);
    }
    for (const [id, i] of destinationIds) {
        if (!used.has(id) && rules.length > 0) {
            report.warning(['destinations', i, 'id'], `no rule replicates to "${id}": its stack is deployed but receives nothing.`);
        }
    }
}
function checkAccounts(config, report) {
    const partition = config.source?.region ? partitionOf(config.source.region) : undefined;
    const inTopology = new Set();
    if (config.source?.account)
        inTopology.add(config.source.account);
    for (const d of config.destinations ?? [])
        if (d?.account)
            inTopology.add(d.account);
    for (const [account, settings] of Object.entries(config.accounts ?? {})) {
        if (!inTopology.has(account)) {
            report.warning(['accounts', account], `account ${account} is neither the source nor a destination; its settings are unused.`);
        }
        for (const field of ['deployRole', 'planRole', 'executionRole']) {
            const role = settings?.[field];
            if (role === undefined)
                continue;
            const arn = /^arn:(aws|aws-cn|aws-us-gov):iam::([0-9]{12}):role\/([\w+=,.@/-]{1,64})$/.exec(role);
            if (role.startsWith('arn:')) {
                if (!arn)
                    report.error(['accounts', account, field], `"${role}" is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME).`);
                else if (partition && arn[1] !== partition) {
                    report.error(['accounts', account, field], `the role ARN is in partition ${arn[1]} but the topology is in ${partition}.`);
                }
                else if (arn[2] !== account) {
                    report.error(['accounts', account, field], `the role is in account ${arn[2]}, not ${account}: the action assumes a role in each account directly.`);
                }
            }
            else if (!/^[\w+=,.@-]{1,64}$/.test(role)) {
                report.error(['accounts', account, field], `"${role}" is not an IAM role name (up to 64 letters, digits and +=,.@_-).`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/core/config/config-shape.ts
const account = {
    type: 'account',
    description: 'AWS account id, 12 digits. Quote it: YAML reads 012345678901 as a number and drops the 0.',
};
const region = {
    type: 'string',
    description: 'AWS region name, e.g. eu-west-1. Source and destinations must share a partition.',
};
const bucket = {
    type: 'string',
    description: 'S3 bucket name (created by the stack; 3-63 lowercase letters, digits, hyphens).',
};
const kmsKey = {
    type: 'string',
    description: '"create" for a customer managed key owned by the stack, or the full key ARN of an existing ' +
        'customer managed key in the same account and region as the bucket (not an alias, not aws/s3).',
    default: 'create',
};
const tags = {
    type: 'map',
    description: 'Tags applied to the stack and every resource in it that supports tags.',
    keyPattern: '^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}$',
    keyHint: '1-128 characters, not starting with "aws:"',
    values: { type: 'string', maxLength: 256, description: 'Tag value, up to 256 characters.' },
    maxEntries: 50,
};
const bucketKey = {
    type: 'boolean',
    description: 'Use S3 Bucket Keys (fewer KMS calls, lower cost). Defaults to options.bucketKeys.',
};
const destination = {
    type: 'object',
    description: 'A destination bucket, with its key, in its own stack.',
    required: ['id', 'account', 'region', 'bucket'],
    properties: {
        id: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]{0,30}[a-z0-9]$|^[a-z]$',
            patternHint: 'lowercase letters, digits and hyphens, starting with a letter, at most 32 characters',
            description: 'Short id used in stack names, parameter names and rules[].destinations.',
        },
        account,
        region,
        bucket,
        kmsKey,
        storageClass: {
            type: 'string',
            enum: [
                'STANDARD',
                'REDUCED_REDUNDANCY',
                'STANDARD_IA',
                'ONEZONE_IA',
                'INTELLIGENT_TIERING',
                'GLACIER',
                'GLACIER_IR',
                'DEEP_ARCHIVE',
            ],
            description: "Storage class of replicas. Omit to keep the source object's class.",
        },
        replicationTime: {
            type: 'object',
            description: 'S3 Replication Time Control (RTC): 99.99% of objects within 15 minutes, with metrics.',
            required: ['minutes'],
            properties: {
                minutes: { type: 'integer', description: 'Must be 15: the only value S3 accepts.' },
            },
        },
        metrics: {
            type: 'boolean',
            description: 'Replication metrics without RTC. Always on when replicationTime is set.',
            default: false,
        },
        ownerTranslation: {
            type: 'boolean',
            description: 'Make the destination account the owner of replicas (AccessControlTranslation). Not needed when the ' +
                'destination bucket enforces bucket-owner ownership, which it does.',
            default: false,
        },
        bucketKey,
        tags,
    },
};
const rule = {
    type: 'object',
    description: 'A replication rule. One S3 rule is generated per (rule, destination) pair.',
    required: ['id', 'priority', 'destinations'],
    properties: {
        id: {
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$',
            patternHint: 'letters, digits, ".", "_" and "-", at most 200 characters',
            description: 'Rule id; the generated S3 rule ids are "<id>-<destination id>".',
        },
        priority: {
            type: 'integer',
            minimum: 0,
            maximum: 1_000_000,
            description: 'Unique among rules; a higher number wins where filters overlap on one destination.',
        },
        filter: {
            type: 'object',
            description: 'Which objects the rule replicates. Omit for the whole bucket.',
            properties: {
                prefix: { type: 'string', maxLength: 1024, description: 'Key prefix, e.g. "data/".' },
                tags: {
                    type: 'map',
                    description: 'Objects carrying all of these tags. Requires deleteMarkerReplication: false.',
                    values: { type: 'string', maxLength: 256, description: 'Tag value.' },
                    maxEntries: 10,
                },
            },
        },
        destinations: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', description: 'A destination id.' },
            description: 'Ids of the destinations this rule replicates to.',
        },
        enabled: { type: 'boolean', description: 'Whether the rule is active.', default: true },
        deleteMarkerReplication: {
            type: 'boolean',
            description: 'Replicate delete markers. Not allowed with tag filters.',
            default: false,
        },
        replicaModificationSync: {
            type: 'boolean',
            description: 'Replicate metadata changes made to replicas back (two-way setups).',
            default: false,
        },
    },
};
const accountSettings = {
    type: 'object',
    description: 'How the action reaches one account.',
    properties: {
        deployRole: {
            type: 'string',
            description: 'Role name or ARN the action assumes to deploy. Default: the bootstrap deploy role.',
            default: 's3-xrepl-deploy',
        },
        planRole: {
            type: 'string',
            description: 'Role name or ARN the action assumes to plan and check drift. Default: the bootstrap plan role.',
            default: 's3-xrepl-plan',
        },
        executionRole: {
            type: 'string',
            description: 'Role name or ARN CloudFormation uses to create resources (the bootstrap execution role by default), ' +
                'or "none" to let CloudFormation act with the deploy role\'s own permissions.',
            default: 's3-xrepl-cfn-exec',
        },
    },
};
const configShape = {
    type: 'object',
    description: 's3-xrepl replication topology: one source bucket replicating to one or more destinations.',
    required: ['name', 'source', 'destinations', 'rules'],
    properties: {
        version: { type: 'integer', minimum: 1, maximum: 1, description: 'Config format version.', default: 1 },
        name: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]{0,28}[a-z0-9]$',
            patternHint: 'lowercase letters, digits and hyphens, starting with a letter, 2-30 characters',
            description: 'Topology name, used in stack names and the replication role name.',
        },
        source: {
            type: 'object',
            description: 'The source bucket, its key and the replication role, in one stack.',
            required: ['account', 'region', 'bucket'],
            properties: {
                account,
                region,
                bucket,
                kmsKey,
                bucketKey,
                replicationRoleName: {
                    type: 'string',
                    pattern: '^[\\w+=,.@-]{1,64}$',
                    patternHint: 'an IAM role name: up to 64 letters, digits and +=,.@_-',
                    description: 'Name of the replication role. Destination policies name it before it exists, so it is fixed. ' +
                        'Default: s3-xrepl-<name>-replication.',
                },
                tags,
            },
        },
        destinations: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: destination,
            description: 'Where objects are replicated to.',
        },
        rules: { type: 'array', minItems: 1, items: rule, description: 'Replication rules.' },
        accounts: {
            type: 'map',
            keyPattern: '^[0-9]{12}$',
            keyHint: 'a 12-digit account id, in quotes (unquoted, YAML drops leading zeros)',
            values: accountSettings,
            description: 'Per-account settings, keyed by account id. Accounts not listed use the defaults.',
        },
        tags,
        options: {
            type: 'object',
            description: 'Options that apply to the whole topology.',
            properties: {
                stackPrefix: {
                    type: 'string',
                    pattern: '^[A-Za-z][A-Za-z0-9-]{0,39}$',
                    patternHint: 'a letter, then letters, digits and hyphens, at most 40 characters',
                    description: 'Prefix of every stack name.',
                    default: 's3-xrepl',
                },
                bucketKeys: {
                    type: 'boolean',
                    description: 'Default for source.bucketKey and destinations[].bucketKey.',
                    default: true,
                },
                hardenTrust: {
                    type: 'boolean',
                    description: 'Add aws:SourceAccount and aws:SourceArn conditions to the replication role trust policy ' +
                        '(confused-deputy protection). Off by default until proven for replication in your partition.',
                    default: false,
                },
                noncurrentVersionExpirationDays: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 36500,
                    description: 'Expire noncurrent versions after this many days, on every bucket. Omit to keep them.',
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/core/config/parse-config.ts






/** YAML text → checked Config, or every problem found in one pass. Pure: never throws on input. */
function parseConfig(text) {
    if (!/^[ \t]*[^#\s]/m.test(text)) {
        return {
            ok: false,
            diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
        };
    }
    let value;
    try {
        value = load(text);
    }
    catch (e) {
        const mark = e.mark;
        const reason = e.reason ?? (e instanceof Error ? e.message : String(e));
        return {
            ok: false,
            diagnostics: [
                {
                    severity: 'error',
                    path: '(root)',
                    message: `not valid YAML: ${reason}`,
                    ...(mark?.line !== undefined
                        ? { location: { line: mark.line + 1, column: (mark.column ?? 0) + 1 } }
                        : {}),
                },
            ],
        };
    }
    if (value === undefined || value === null) {
        return {
            ok: false,
            diagnostics: [{ severity: 'error', path: '(root)', message: 'the config file is empty.' }],
        };
    }
    const locations = indexLocations(text);
    const report = createReporter(locations);
    const checked = checkShape(value, configShape, [], { report, locations });
    if (checked)
        checkSemantics(checked, report);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !checked)
        return { ok: false, diagnostics: sortByLocation(report.diagnostics) };
    return { ok: true, config: checked, warnings: sortByLocation(report.diagnostics) };
}
function sortByLocation(ds) {
    return [...ds].sort((a, b) => (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

;// CONCATENATED MODULE: ./src/core/model/build-topology.ts


/** Applies defaults and derives names. Expects a config that passed parseConfig. */
function buildTopology(config) {
    const partition = partitionOf(config.source.region);
    if (!partition)
        throw new Error(`internal: unvalidated region ${config.source.region}`);
    const prefix = config.options?.stackPrefix ?? 's3-xrepl';
    const bucketKeys = config.options?.bucketKeys ?? true;
    const tagsFor = (own) => ({ ...config.tags, ...own });
    const key = (k) => k === undefined || k === 'create' ? { kind: 'create' } : { kind: 'existing', arn: k };
    const accounts = {};
    const allAccounts = [config.source.account, ...config.destinations.map((d) => d.account)];
    for (const account of allAccounts) {
        const s = config.accounts?.[account];
        accounts[account] = {
            deployRoleArn: roleArn(partition, account, s?.deployRole ?? DEFAULT_ROLES.deployRole),
            planRoleArn: roleArn(partition, account, s?.planRole ?? DEFAULT_ROLES.planRole),
            ...(s?.executionRole === NO_EXECUTION_ROLE
                ? {}
                : { executionRoleArn: roleArn(partition, account, s?.executionRole ?? DEFAULT_ROLES.executionRole) }),
        };
    }
    return {
        name: config.name,
        partition,
        stackPrefix: prefix,
        hardenTrust: config.options?.hardenTrust ?? false,
        ...(config.options?.noncurrentVersionExpirationDays !== undefined
            ? { noncurrentVersionExpirationDays: config.options.noncurrentVersionExpirationDays }
            : {}),
        source: {
            account: config.source.account,
            region: config.source.region,
            bucket: config.source.bucket,
            key: key(config.source.kmsKey),
            bucketKey: config.source.bucketKey ?? bucketKeys,
            tags: tagsFor(config.source.tags),
            stackName: sourceStackName(prefix, config.name),
            replicationRoleName: config.source.replicationRoleName ?? defaultReplicationRoleName(config.name),
        },
        destinations: config.destinations.map((d) => ({
            id: d.id,
            logicalId: logicalIdOf(d.id),
            account: d.account,
            region: d.region,
            bucket: d.bucket,
            key: key(d.kmsKey),
            bucketKey: d.bucketKey ?? bucketKeys,
            tags: tagsFor(d.tags),
            stackName: destinationStackName(prefix, config.name, d.id),
            ...(d.storageClass !== undefined ? { storageClass: d.storageClass } : {}),
            replicationTime: d.replicationTime !== undefined,
            metrics: d.replicationTime !== undefined || (d.metrics ?? false),
            ownerTranslation: d.ownerTranslation ?? false,
        })),
        rules: config.rules.map((r) => ({
            id: r.id,
            priority: r.priority,
            ...(r.filter?.prefix !== undefined ? { prefix: r.filter.prefix } : {}),
            tags: Object.entries(r.filter?.tags ?? {}).map(([k, v]) => ({ key: k, value: v })),
            destinationIds: [...r.destinations],
            enabled: r.enabled ?? true,
            deleteMarkerReplication: r.deleteMarkerReplication ?? false,
            replicaModificationSync: r.replicaModificationSync ?? false,
        })),
        accounts,
    };
}
function roleArn(partition, account, nameOrArn) {
    return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:${partition}:iam::${account}:role/${nameOrArn}`;
}

;// CONCATENATED MODULE: ./src/core/templates/cfn.ts
const ref = (name) => ({ Ref: name });
const sub = (text, vars) => vars ? { 'Fn::Sub': [text, vars] } : { 'Fn::Sub': text };
const getAtt = (logicalId, attribute) => ({ 'Fn::GetAtt': [logicalId, attribute] });
const fnIf = (condition, whenTrue, whenFalse) => ({
    'Fn::If': [condition, whenTrue, whenFalse],
});
const equals = (a, b) => ({ 'Fn::Equals': [a, b] });
const not = (c) => ({ 'Fn::Not': [c] });
const and = (...cs) => ({ 'Fn::And': cs });
const NO_VALUE = { Ref: 'AWS::NoValue' };
/** Retain buckets, keys and the data they protect whatever happens to the stack. */
const RETAIN = { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' };

;// CONCATENATED MODULE: ./src/core/templates/source-parameters.ts
/** Source-template parameters fed by one destination stack's outputs. */
function destinationParameterNames(d) {
    return { bucketArn: `${d.logicalId}BucketArn`, kmsKeyArn: `${d.logicalId}KmsKeyArn` };
}

;// CONCATENATED MODULE: ./src/core/templates/permission-chain.ts
/**
 * The cross-account permission chain of DESIGN.md §1, as data. Every template that grants a
 * replication permission takes its actions from here, so the role policy and the destination's
 * bucket and key policies cannot drift apart. Read DESIGN.md before changing anything in this file.
 */
/** On the source bucket itself. ListBucket is needed to replicate delete markers. */
const SOURCE_BUCKET_ACTIONS = ['s3:GetReplicationConfiguration', 's3:ListBucket'];
/**
 * On source object versions. Not s3:GetObjectVersion: it does not cover SSE-KMS objects, and
 * grants far more than replication needs.
 */
const SOURCE_OBJECT_ACTIONS = [
    's3:GetObjectVersionForReplication',
    's3:GetObjectVersionAcl',
    's3:GetObjectVersionTagging',
];
/** On destination objects, granted in the role policy and again in the destination bucket policy. */
const DESTINATION_OBJECT_ACTIONS = ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'];
/** Only when replicas change owner (AccessControlTranslation). */
const OWNER_OVERRIDE_ACTION = 's3:ObjectOwnerOverrideToBucketOwner';
/** On the destination bucket: S3 checks versioning before replicating. Never PutBucketVersioning. */
const DESTINATION_BUCKET_ACTIONS = ['s3:GetBucketVersioning'];
/** On the source key: S3 decrypts the source version as the role. */
const SOURCE_KEY_ACTIONS = ['kms:Decrypt'];
/** On each destination key: S3 encrypts the replica as the role. Not GenerateDataKey alone. */
const DESTINATION_KEY_ACTIONS = ['kms:Encrypt', 'kms:GenerateDataKey'];
/** With S3 Bucket Keys on replicas, S3 also decrypts the bucket-level data key. */
const DESTINATION_KEY_BUCKET_KEY_ACTIONS = ['kms:Decrypt'];
/** The S3 endpoint a KMS call must come through, for kms:ViaService. */
const s3ViaService = (regionExpr) => `s3.${regionExpr}.\${AWS::URLSuffix}`;
/**
 * Values of kms:EncryptionContext:aws:s3:arn S3 uses for a bucket: the object ARN, or the bucket
 * ARN when S3 Bucket Keys are on. Both are allowed because Bucket Keys can be toggled later.
 */
const encryptionContexts = (bucketArnExpr) => [`${bucketArnExpr}/*`, bucketArnExpr];

;// CONCATENATED MODULE: ./src/core/templates/policy.ts
const whenCondition = (condition, statement) => ({
    'Fn::If': [condition, statement, { Ref: 'AWS::NoValue' }],
});
const policyDocument = (statements) => ({
    Version: '2012-10-17',
    Statement: statements,
});
/** Principal of an account's root: with an aws:PrincipalArn condition, names a role that may not exist yet. */
const accountRoot = (accountExpr) => ({ AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${accountExpr}:root` } });

;// CONCATENATED MODULE: ./src/core/templates/replication-role.ts






/** IAM's limit on the inline policies of one role, counted without whitespace. */
const ROLE_INLINE_POLICY_LIMIT = 10_240;
function templateSpelling(topology, sourceKeyArn) {
    // Bucket names cannot contain "$" or "{", so baking the name into Fn::Sub text is safe.
    const sourceArn = `arn:\${AWS::Partition}:s3:::${topology.source.bucket}`;
    return {
        sourceBucket: (suffix) => sub(sourceArn + suffix),
        sourceKey: sourceKeyArn,
        destinationBucket: (d, suffix) => {
            const param = destinationParameterNames(d).bucketArn;
            return suffix === '' ? ref(param) : sub(`\${${param}}${suffix}`);
        },
        destinationKey: (d) => ref(destinationParameterNames(d).kmsKeyArn),
        viaS3: (region) => sub(`s3.${region}.\${AWS::URLSuffix}`),
    };
}
/** Concrete ARNs; a key the stack creates gets the longest id KMS issues, so the size is an upper bound. */
function concreteSpelling(topology) {
    const p = topology.partition;
    const keyArn = (region, account, k) => k.kind === 'existing' ? k.arn : `arn:${p}:kms:${region}:${account}:key/mrk-${'0'.repeat(32)}`;
    return {
        sourceBucket: (suffix) => `arn:${p}:s3:::${topology.source.bucket}${suffix}`,
        sourceKey: keyArn(topology.source.region, topology.source.account, topology.source.key),
        destinationBucket: (d, suffix) => `arn:${p}:s3:::${d.bucket}${suffix}`,
        destinationKey: (d) => keyArn(d.region, d.account, d.key),
        viaS3: (region) => `s3.${region}.${urlSuffix(p)}`,
    };
}
/**
 * The role's permissions, DESIGN.md §1. Destination statements are grouped (objects in one
 * statement, keys one per region) so the policy stays small as destinations are added.
 */
function replicationPolicy(topology, arn) {
    const dst = topology.destinations;
    const statements = [
        {
            Sid: 'ReadReplicationConfigAndListSource',
            Effect: 'Allow',
            Action: [...SOURCE_BUCKET_ACTIONS],
            Resource: arn.sourceBucket(''),
        },
        {
            Sid: 'ReadSourceVersionsForReplication',
            Effect: 'Allow',
            Action: [...SOURCE_OBJECT_ACTIONS],
            Resource: arn.sourceBucket('/*'),
        },
        {
            Sid: 'DecryptSourceObjects',
            Effect: 'Allow',
            Action: [...SOURCE_KEY_ACTIONS],
            Resource: arn.sourceKey,
            Condition: {
                StringEquals: { 'kms:ViaService': arn.viaS3(topology.source.region) },
                // Object form, and bucket form for S3 Bucket Keys (which can be switched on later).
                StringLike: { 'kms:EncryptionContext:aws:s3:arn': [arn.sourceBucket('/*'), arn.sourceBucket('')] },
            },
        },
        {
            Sid: 'ReplicateIntoDestinations',
            Effect: 'Allow',
            Action: [...DESTINATION_OBJECT_ACTIONS],
            Resource: dst.map((d) => arn.destinationBucket(d, '/*')),
        },
        {
            Sid: 'CheckDestinationVersioning',
            Effect: 'Allow',
            // Cross-account, the destination bucket policy's grant counts only if the role's own policy allows it too.
            Action: [...DESTINATION_BUCKET_ACTIONS],
            Resource: dst.map((d) => arn.destinationBucket(d, '')),
        },
    ];
    const translated = dst.filter((d) => d.ownerTranslation);
    if (translated.length > 0) {
        statements.push({
            Sid: 'HandReplicaOwnershipToDestinations',
            Effect: 'Allow',
            Action: OWNER_OVERRIDE_ACTION,
            Resource: translated.map((d) => arn.destinationBucket(d, '/*')),
        });
    }
    for (const group of groupKeys(dst)) {
        statements.push({
            Sid: `EncryptReplicasIn${logicalIdOf(group.region)}${group.bucketKey ? 'WithBucketKeys' : ''}`,
            Effect: 'Allow',
            Action: group.bucketKey
                ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS]
                : [...DESTINATION_KEY_ACTIONS],
            Resource: group.destinations.map((d) => arn.destinationKey(d)),
            Condition: {
                StringEquals: { 'kms:ViaService': arn.viaS3(group.region) },
                StringLike: {
                    'kms:EncryptionContext:aws:s3:arn': group.destinations.flatMap((d) => [
                        arn.destinationBucket(d, '/*'),
                        arn.destinationBucket(d, ''),
                    ]),
                },
            },
        });
    }
    return policyDocument(statements);
}
/** Characters IAM will count for the role's inline policy once deployed (an upper bound). */
function replicationPolicySize(topology) {
    return JSON.stringify(replicationPolicy(topology, concreteSpelling(topology))).length;
}
/** The role S3 assumes to replicate: in the source account, trusted only by the S3 service. */
function replicationRoleResource(topology, sourceKeyArn) {
    const { source } = topology;
    const arn = templateSpelling(topology, sourceKeyArn);
    const trustConditions = topology.hardenTrust
        ? {
            Condition: {
                StringEquals: { 'aws:SourceAccount': source.account },
                ArnLike: { 'aws:SourceArn': arn.sourceBucket('') },
            },
        }
        : {};
    return {
        Type: 'AWS::IAM::Role',
        Properties: {
            RoleName: source.replicationRoleName,
            Description: `s3-xrepl: replicates ${source.bucket} (topology ${topology.name})`,
            AssumeRolePolicyDocument: policyDocument([
                {
                    Sid: 'S3ReplicationAssumesThisRole',
                    Effect: 'Allow',
                    Principal: { Service: 's3.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                    ...trustConditions,
                },
            ]),
            Policies: [{ PolicyName: 'replication', PolicyDocument: replicationPolicy(topology, arn) }],
        },
    };
}
function groupKeys(dst) {
    const groups = new Map();
    for (const d of dst) {
        const k = `${d.region}/${d.bucketKey}`;
        const g = groups.get(k) ?? { region: d.region, bucketKey: d.bucketKey, destinations: [] };
        g.destinations.push(d);
        groups.set(k, g);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/core/model/check-topology.ts

/**
 * Limits that depend on the generated output rather than on any one field: checked before
 * anything is written, because AWS would only refuse them halfway through a deploy.
 */
function checkTopologyLimits(topology) {
    const size = replicationPolicySize(topology);
    if (size <= ROLE_INLINE_POLICY_LIMIT)
        return [];
    return [
        {
            severity: 'error',
            path: 'destinations',
            message: `the replication role's policy for these ${topology.destinations.length} destinations would be about ${size} ` +
                `characters; IAM allows ${ROLE_INLINE_POLICY_LIMIT} per role. Split the destinations over several topologies ` +
                `(or shorten bucket names).`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/load-topology.ts



/** Config text → Topology, the one entry every mode starts from. */
function loadTopology(text) {
    const parsed = parseConfig(text);
    if (!parsed.ok)
        return parsed;
    const topology = buildTopology(parsed.config);
    const limits = checkTopologyLimits(topology);
    if (limits.length > 0)
        return { ok: false, diagnostics: [...parsed.warnings, ...limits] };
    return { ok: true, topology, warnings: parsed.warnings };
}

;// CONCATENATED MODULE: ./src/core/synth/render-files.ts
/**
 * The synth output directory as file name → text: each template, each stack's parameters, and
 * manifest.json. Pretty JSON with a trailing newline, so committed output diffs cleanly.
 */
function renderSynthesisFiles(synthesis) {
    const files = new Map();
    for (const [name, template] of synthesis.templates)
        files.set(name, toJsonText(template));
    for (const stack of synthesis.manifest.stacks)
        files.set(`${stack.name}.parameters.json`, toJsonText(stack.parameters));
    files.set('manifest.json', toJsonText(synthesis.manifest));
    return files;
}
function toJsonText(value) {
    return JSON.stringify(value, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/core/templates/bucket.ts

/**
 * A bucket as both ends of replication need it: versioned (replication requires it on both
 * sides), SSE-KMS by default, ACLs disabled, never public, and retained on delete or replace.
 */
function bucketResource(spec) {
    return {
        Type: 'AWS::S3::Bucket',
        ...RETAIN,
        ...(spec.dependsOn ? { DependsOn: spec.dependsOn } : {}),
        Properties: {
            BucketName: spec.bucketName,
            VersioningConfiguration: { Status: 'Enabled' },
            BucketEncryption: {
                ServerSideEncryptionConfiguration: [
                    {
                        ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: spec.kmsKeyArn },
                        BucketKeyEnabled: spec.bucketKeyEnabled,
                    },
                ],
            },
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
            PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                BlockPublicPolicy: true,
                IgnorePublicAcls: true,
                RestrictPublicBuckets: true,
            },
            ...(spec.lifecycle !== undefined ? { LifecycleConfiguration: spec.lifecycle } : {}),
            ...(spec.replicationConfiguration !== undefined ? { ReplicationConfiguration: spec.replicationConfiguration } : {}),
        },
    };
}
function noncurrentExpiryLifecycle(days) {
    return { Rules: [{ Id: 'expire-noncurrent-versions', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: days } }] };
}
/** Refuse plain HTTP to the bucket for everyone, the replication role included. */
function denyInsecureTransport(bucketArn, objectsArn) {
    return {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, objectsArn],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}

;// CONCATENATED MODULE: ./src/core/templates/kms-key.ts


/**
 * The statement every key keeps so its own account's administrators stay in control (and IAM
 * policies in that account can be granted use of the key).
 */
const accountRootStatement = {
    Sid: 'EnableIamPoliciesOfThisAccount',
    Effect: 'Allow',
    Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
    Action: 'kms:*',
    Resource: '*',
};
/** A customer managed symmetric key with yearly rotation, retained on delete or replace. */
function kmsKeyResource(opts) {
    return {
        Type: 'AWS::KMS::Key',
        ...RETAIN,
        ...(opts.condition ? { Condition: opts.condition } : {}),
        Properties: {
            Description: opts.description,
            EnableKeyRotation: true,
            KeySpec: 'SYMMETRIC_DEFAULT',
            KeyUsage: 'ENCRYPT_DECRYPT',
            KeyPolicy: policyDocument([accountRootStatement, ...opts.extraStatements]),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/templates/destination-template.ts





/** Parameter names of the destination template; the synth manifest fills them per destination. */
const DESTINATION_PARAMETERS = {
    bucketName: 'BucketName',
    kmsKeyArn: 'KmsKeyArn',
    sourceAccountId: 'SourceAccountId',
    replicationRoleName: 'ReplicationRoleName',
    bucketKeyEnabled: 'BucketKeyEnabled',
    ownerTranslation: 'OwnerTranslation',
    noncurrentVersionExpirationDays: 'NoncurrentVersionExpirationDays',
};
/** Output keys of the destination template, consumed by the source stack. */
const DESTINATION_OUTPUTS = { bucketArn: 'BucketArn', bucketName: 'BucketName', kmsKeyArn: 'KmsKeyArn' };
const P = DESTINATION_PARAMETERS;
const BUCKET_ARN = 'arn:${AWS::Partition}:s3:::${BucketName}';
/** The role does not exist when this stack deploys: name the source account, then pin the role by ARN. */
const REPLICATION_ROLE_ARN = 'arn:${AWS::Partition}:iam::${SourceAccountId}:role/${ReplicationRoleName}';
const fromReplicationRole = { ArnEquals: { 'aws:PrincipalArn': sub(REPLICATION_ROLE_ARN) } };
const onlyCrossAccount = (s) => whenCondition('CrossAccount', s);
/**
 * One template for every destination, with no account, region or bucket baked in, so it can be
 * deployed as a plain stack or as a StackSet instance with parameter overrides.
 */
function buildDestinationTemplate() {
    const keyStatement = {
        Sid: 'AllowReplicationRoleToEncryptReplicas',
        Effect: 'Allow',
        Principal: accountRoot('${SourceAccountId}'),
        Action: fnIf('UseBucketKey', [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS], [...DESTINATION_KEY_ACTIONS]),
        Resource: '*',
        Condition: {
            ...fromReplicationRole,
            StringEquals: { 'kms:ViaService': sub(s3ViaService('${AWS::Region}')) },
            StringLike: { 'kms:EncryptionContext:aws:s3:arn': encryptionContexts(BUCKET_ARN).map((s) => sub(s)) },
        },
    };
    const replicate = {
        Sid: 'AllowReplicationRoleToReplicate',
        Effect: 'Allow',
        Principal: accountRoot('${SourceAccountId}'),
        Action: fnIf('TranslateOwner', [...DESTINATION_OBJECT_ACTIONS, OWNER_OVERRIDE_ACTION], [...DESTINATION_OBJECT_ACTIONS]),
        Resource: sub(`${BUCKET_ARN}/*`),
        Condition: fromReplicationRole,
    };
    const readVersioning = {
        Sid: 'AllowReplicationRoleToCheckVersioning',
        Effect: 'Allow',
        Principal: accountRoot('${SourceAccountId}'),
        Action: [...DESTINATION_BUCKET_ACTIONS],
        Resource: sub(BUCKET_ARN),
        Condition: fromReplicationRole,
    };
    const keyArn = fnIf('CreateKey', getAtt('ReplicaKey', 'Arn'), ref(P.kmsKeyArn));
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 's3-xrepl destination: a versioned SSE-KMS bucket and its customer managed key, with the bucket and key ' +
            'policies that let the source account\'s replication role (and nothing else there) write replicas.',
        Parameters: {
            [P.bucketName]: {
                Type: 'String',
                Description: 'Name of the destination bucket to create.',
                AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
                ConstraintDescription: 'an S3 bucket name: 3-63 lowercase letters, digits, "." and "-"',
            },
            [P.kmsKeyArn]: {
                Type: 'String',
                Default: '',
                Description: 'Empty to create a customer managed key, or the ARN of an existing key in this account and region ' +
                    '(its key policy must then grant the replication role kms:Encrypt and kms:GenerateDataKey).',
                AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
                ConstraintDescription: 'empty, or a KMS key ARN (not an alias)',
            },
            [P.sourceAccountId]: {
                Type: 'String',
                Description: 'Account id of the source bucket and its replication role.',
                AllowedPattern: '^[0-9]{12}$',
                ConstraintDescription: 'a 12-digit account id',
            },
            [P.replicationRoleName]: {
                Type: 'String',
                Description: 'Name of the replication role in the source account (it may not exist yet).',
                AllowedPattern: '^[\\w+=,.@-]{1,64}$',
            },
            [P.bucketKeyEnabled]: {
                Type: 'String',
                Default: 'true',
                AllowedValues: ['true', 'false'],
                Description: 'Use S3 Bucket Keys for objects and replicas in this bucket.',
            },
            [P.ownerTranslation]: {
                Type: 'String',
                Default: 'false',
                AllowedValues: ['true', 'false'],
                Description: 'Allow the replication role to hand replica ownership to this account.',
            },
            [P.noncurrentVersionExpirationDays]: {
                Type: 'Number',
                Default: 0,
                MinValue: 0,
                Description: 'Expire noncurrent versions after this many days; 0 keeps them.',
            },
        },
        Conditions: {
            CreateKey: equals(ref(P.kmsKeyArn), ''),
            UseBucketKey: equals(ref(P.bucketKeyEnabled), 'true'),
            TranslateOwner: equals(ref(P.ownerTranslation), 'true'),
            ExpireNoncurrent: not(equals(ref(P.noncurrentVersionExpirationDays), 0)),
            // In one account, the role's own IAM policy already suffices: a resource-policy grant would only duplicate it.
            CrossAccount: not(equals(ref(P.sourceAccountId), ref('AWS::AccountId'))),
        },
        Resources: {
            ReplicaKey: kmsKeyResource({
                condition: 'CreateKey',
                description: sub('s3-xrepl replica key for ${BucketName}'),
                extraStatements: [onlyCrossAccount(keyStatement)],
            }),
            ReplicaBucket: bucketResource({
                bucketName: ref(P.bucketName),
                kmsKeyArn: keyArn,
                bucketKeyEnabled: fnIf('UseBucketKey', true, false),
                lifecycle: fnIf('ExpireNoncurrent', noncurrentExpiryLifecycle(ref(P.noncurrentVersionExpirationDays)), NO_VALUE),
            }),
            ReplicaBucketPolicy: {
                Type: 'AWS::S3::BucketPolicy',
                Properties: {
                    Bucket: ref('ReplicaBucket'),
                    PolicyDocument: policyDocument([
                        onlyCrossAccount(replicate),
                        onlyCrossAccount(readVersioning),
                        denyInsecureTransport(sub(BUCKET_ARN), sub(`${BUCKET_ARN}/*`)),
                    ]),
                },
            },
        },
        Outputs: {
            [DESTINATION_OUTPUTS.bucketArn]: { Description: 'ARN of the destination bucket.', Value: getAtt('ReplicaBucket', 'Arn') },
            [DESTINATION_OUTPUTS.bucketName]: { Description: 'Name of the destination bucket.', Value: ref('ReplicaBucket') },
            [DESTINATION_OUTPUTS.kmsKeyArn]: { Description: 'ARN of the key replicas are encrypted with.', Value: keyArn },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/templates/replication-rules.ts


/**
 * S3 wants one destination per rule and a unique priority per rule, so each (rule, destination)
 * pair becomes one S3 rule. Priorities keep the user's order between rules and are spread by the
 * destination's position: priority × destinationCount + index is unique and never reorders rules.
 */
function replicationRules(topology) {
    const byId = new Map(topology.destinations.map((d, i) => [d.id, { d, i }]));
    const count = topology.destinations.length;
    const out = [];
    for (const rule of topology.rules) {
        for (const id of rule.destinationIds) {
            const hit = byId.get(id);
            if (!hit)
                throw new Error(`internal: rule ${rule.id} names unknown destination ${id}`);
            out.push(s3Rule(rule, hit.d, rule.priority * count + hit.i));
        }
    }
    return out;
}
function s3Rule(rule, d, priority) {
    const params = destinationParameterNames(d);
    const destination = {
        Bucket: ref(params.bucketArn),
        // The key ARN, never an alias: S3 does not check it here, a wrong one fails each object later.
        EncryptionConfiguration: { ReplicaKmsKeyID: ref(params.kmsKeyArn) },
    };
    if (d.storageClass)
        destination.StorageClass = d.storageClass;
    if (d.ownerTranslation) {
        destination.Account = d.account;
        destination.AccessControlTranslation = { Owner: 'Destination' };
    }
    if (d.replicationTime)
        destination.ReplicationTime = { Status: 'Enabled', Time: { Minutes: 15 } };
    if (d.metrics)
        destination.Metrics = { Status: 'Enabled', EventThreshold: { Minutes: 15 } };
    const sourceSelection = {
        // Without this, S3 silently skips every SSE-KMS object.
        SseKmsEncryptedObjects: { Status: 'Enabled' },
    };
    if (rule.replicaModificationSync)
        sourceSelection.ReplicaModifications = { Status: 'Enabled' };
    return {
        Id: `${rule.id}-${d.id}`,
        Priority: priority,
        Status: rule.enabled ? 'Enabled' : 'Disabled',
        Filter: filterOf(rule),
        DeleteMarkerReplication: { Status: rule.deleteMarkerReplication ? 'Enabled' : 'Disabled' },
        SourceSelectionCriteria: sourceSelection,
        Destination: destination,
    };
}
function filterOf(rule) {
    const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
    if (tags.length === 0)
        return { Prefix: rule.prefix ?? '' };
    if (tags.length === 1 && rule.prefix === undefined)
        return { TagFilter: tags[0] };
    return { And: { ...(rule.prefix !== undefined ? { Prefix: rule.prefix } : {}), TagFilters: tags } };
}

;// CONCATENATED MODULE: ./src/core/templates/source-template.ts







/** Output keys of the source template. */
const SOURCE_OUTPUTS = {
    bucketArn: 'BucketArn',
    bucketName: 'BucketName',
    kmsKeyArn: 'KmsKeyArn',
    replicationRoleArn: 'ReplicationRoleArn',
};
/**
 * The source stack, generated per topology: the source bucket and key, the replication role and
 * the V2 replication rules. It consumes each destination stack's bucket and key ARNs as parameters.
 */
function buildSourceTemplate(topology) {
    const { source } = topology;
    const keyArn = source.key.kind === 'create' ? getAtt('SourceKey', 'Arn') : source.key.arn;
    const bucketArn = sub(`arn:\${AWS::Partition}:s3:::${source.bucket}`);
    const objectsArn = sub(`arn:\${AWS::Partition}:s3:::${source.bucket}/*`);
    const parameters = {};
    for (const d of topology.destinations) {
        const names = destinationParameterNames(d);
        parameters[names.bucketArn] = {
            Type: 'String',
            Description: `Bucket ARN output of destination "${d.id}" (${d.account}, ${d.region}).`,
            AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
        };
        parameters[names.kmsKeyArn] = {
            Type: 'String',
            Description: `Replica key ARN output of destination "${d.id}" (a key ARN, never an alias).`,
            AllowedPattern: '^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
        };
    }
    const resources = {};
    if (source.key.kind === 'create') {
        resources.SourceKey = kmsKeyResource({
            description: `s3-xrepl source key for ${source.bucket}`,
            // The role's own policy grants it kms:Decrypt; the default root statement delegates to IAM.
            extraStatements: [],
        });
    }
    resources.ReplicationRole = replicationRoleResource(topology, keyArn);
    resources.SourceBucket = bucketResource({
        bucketName: source.bucket,
        kmsKeyArn: keyArn,
        bucketKeyEnabled: source.bucketKey,
        ...(topology.noncurrentVersionExpirationDays !== undefined
            ? { lifecycle: noncurrentExpiryLifecycle(topology.noncurrentVersionExpirationDays) }
            : {}),
        replicationConfiguration: { Role: getAtt('ReplicationRole', 'Arn'), Rules: replicationRules(topology) },
    });
    resources.SourceBucketPolicy = {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: ref('SourceBucket'), PolicyDocument: policyDocument([denyInsecureTransport(bucketArn, objectsArn)]) },
    };
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `s3-xrepl source for topology "${topology.name}": ${source.bucket} replicating to ${topology.destinations.length} destination(s).`,
        Metadata: { 's3-xrepl': { topology: topology.name, generator: 's3-xrepl synth' } },
        ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
        Resources: resources,
        Outputs: {
            [SOURCE_OUTPUTS.bucketArn]: { Description: 'ARN of the source bucket.', Value: getAtt('SourceBucket', 'Arn') },
            [SOURCE_OUTPUTS.bucketName]: { Description: 'Name of the source bucket.', Value: ref('SourceBucket') },
            [SOURCE_OUTPUTS.kmsKeyArn]: { Description: 'ARN of the source key.', Value: keyArn },
            [SOURCE_OUTPUTS.replicationRoleArn]: { Description: 'ARN of the replication role.', Value: getAtt('ReplicationRole', 'Arn') },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/synth/synthesize.ts





const DESTINATION_TEMPLATE_FILE = 'destination.template.json';
/** Topology → stacks in deploy order (every destination, then the source) with their templates. */
function synthesize(topology) {
    const { source } = topology;
    const templates = new Map([[DESTINATION_TEMPLATE_FILE, buildDestinationTemplate()]]);
    const notes = [];
    const P = DESTINATION_PARAMETERS;
    const destinations = topology.destinations.map((d) => {
        if (d.key.kind === 'existing')
            notes.push(existingKeyNote(topology, d.id, d.region, d.bucketKey));
        return {
            name: d.stackName,
            kind: 'destination',
            account: d.account,
            region: d.region,
            template: DESTINATION_TEMPLATE_FILE,
            parameters: {
                [P.bucketName]: d.bucket,
                [P.kmsKeyArn]: d.key.kind === 'existing' ? d.key.arn : '',
                [P.sourceAccountId]: source.account,
                [P.replicationRoleName]: source.replicationRoleName,
                [P.bucketKeyEnabled]: String(d.bucketKey),
                [P.ownerTranslation]: String(d.ownerTranslation),
                [P.noncurrentVersionExpirationDays]: String(topology.noncurrentVersionExpirationDays ?? 0),
            },
            tags: d.tags,
        };
    });
    const sourceFile = `${source.stackName}.template.json`;
    templates.set(sourceFile, buildSourceTemplate(topology));
    const sourceParameters = {};
    for (const d of topology.destinations) {
        const names = destinationParameterNames(d);
        sourceParameters[names.bucketArn] = { fromStack: d.stackName, output: DESTINATION_OUTPUTS.bucketArn };
        sourceParameters[names.kmsKeyArn] = { fromStack: d.stackName, output: DESTINATION_OUTPUTS.kmsKeyArn };
    }
    const sourceStack = {
        name: source.stackName,
        kind: 'source',
        account: source.account,
        region: source.region,
        template: sourceFile,
        parameters: sourceParameters,
        tags: source.tags,
    };
    return {
        manifest: { version: 1, topology: topology.name, stacks: [...destinations, sourceStack] },
        templates,
        notes,
    };
}
function existingKeyNote(topology, id, region, bucketKey) {
    const roleArn = `arn:${topology.partition}:iam::${topology.source.account}:role/${topology.source.replicationRoleName}`;
    const actions = bucketKey
        ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS]
        : [...DESTINATION_KEY_ACTIONS];
    const statement = {
        Sid: 'AllowS3XreplReplicationRole',
        Effect: 'Allow',
        Principal: { AWS: `arn:${topology.partition}:iam::${topology.source.account}:root` },
        Action: actions,
        Resource: '*',
        Condition: {
            ArnEquals: { 'aws:PrincipalArn': roleArn },
            StringEquals: { 'kms:ViaService': `s3.${region}.${urlSuffix(topology.partition)}` },
        },
    };
    return (`destination "${id}" uses an existing key, whose policy this tool does not manage. ` +
        `Add this statement to that key's policy or replication will fail object by object:\n${JSON.stringify(statement, null, 2)}`);
}

;// CONCATENATED MODULE: ./src/synth-command.ts





/** config file → synth output directory. Validates fully before writing anything. */
async function runSynth(opts, deps) {
    let text;
    try {
        text = await deps.readFile(opts.configPath);
    }
    catch (e) {
        throw new UserError(`cannot read config file ${opts.configPath}: ${e.code ?? String(e)}`);
    }
    const loaded = loadTopology(text);
    if (!loaded.ok)
        throw new ConfigError(opts.configPath, loaded.diagnostics);
    for (const w of loaded.warnings) {
        deps.logger.warning(formatDiagnostic(w), { file: opts.configPath, ...w.location });
    }
    const synthesis = synthesize(loaded.topology);
    for (const note of synthesis.notes)
        deps.logger.warning(note);
    const files = await deps.writeOutputDir(opts.outDir, renderSynthesisFiles(synthesis));
    deps.logger.info(`synthesized ${synthesis.manifest.stacks.length} stacks for "${loaded.topology.name}" into ${opts.outDir}: ` +
        synthesis.manifest.stacks.map((s) => s.name).join(' → '));
    return { manifest: synthesis.manifest, manifestPath: `${opts.outDir}/manifest.json`, files };
}

;// CONCATENATED MODULE: ./src/core/config/json-schema.ts
/** The published JSON Schema (draft 2020-12), generated from the same shape the validator uses. */
function toJsonSchema(shape, id) {
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, ...convert(shape) };
}
function convert(shape) {
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
                ...(shape.keyPattern ? { propertyNames: { pattern: shape.keyPattern } } : {}),
                additionalProperties: convert(shape.values),
                ...(shape.maxEntries !== undefined ? { maxProperties: shape.maxEntries } : {}),
            };
        case 'object':
            return {
                ...base,
                type: 'object',
                properties: Object.fromEntries(Object.entries(shape.properties).map(([k, v]) => [k, convert(v)])),
                ...(shape.required && shape.required.length > 0 ? { required: shape.required } : {}),
                additionalProperties: false,
            };
    }
}

;// CONCATENATED MODULE: ./src/core/config/render-config-reference.ts
/** The config reference as a Markdown table, generated from the same shape the validator uses. */
function renderConfigReference(root) {
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
}

;// CONCATENATED MODULE: ./src/core/templates/bootstrap-template.ts


const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
/** Name form `repo:ORG/REPO`, or the immutable-id form `repo:ORG@ORGID/REPO@REPOID` when ids are given. */
const SUBJECT_PREFIX = fnIf('UseImmutableIds', sub('repo:${GitHubOrg}@${GitHubOrgId}/${GitHubRepo}@${GitHubRepoId}'), sub('repo:${GitHubOrg}/${GitHubRepo}'));
const subject = (suffix) => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });
const subjectOf = (suffix) => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });
const STACKS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-*/*';
const CHANGE_SETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:changeSet/*/*';
const KEYS = 'arn:${AWS::Partition}:kms:*:${AWS::AccountId}:key/*';
const BUCKETS = 'arn:${AWS::Partition}:s3:::${BucketNamePattern}';
const STAGING = 'arn:${AWS::Partition}:s3:::s3-xrepl-staging-${AWS::AccountId}-*';
const MANAGED_ROLES = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ManagedRoleNamePattern}';
function githubTrust(subjects) {
    return policyDocument([
        {
            Sid: 'GitHubActionsOidc',
            Effect: 'Allow',
            Principal: { Federated: fnIf('CreateOidcProvider', getAtt('GitHubOidcProvider', 'Arn'), ref('OidcProviderArn')) },
            Action: 'sts:AssumeRoleWithWebIdentity',
            // StringEquals on both claims: never StringLike with a wildcard, never ForAllValues in an Allow.
            Condition: { StringEquals: { [`${GITHUB_ISSUER}:aud`]: 'sts.amazonaws.com', [`${GITHUB_ISSUER}:sub`]: subjects } },
        },
    ]);
}
/** What plan, verify and drift need to read: stacks, and the live state of what the stacks own. */
const readStatements = [
    {
        Sid: 'ReadStacks',
        Effect: 'Allow',
        Action: [
            'cloudformation:DescribeStacks',
            'cloudformation:DescribeStackEvents',
            'cloudformation:DescribeStackResources',
            'cloudformation:ListStackResources',
            'cloudformation:GetTemplate',
            'cloudformation:DescribeChangeSet',
            'cloudformation:ListChangeSets',
            'cloudformation:DetectStackDrift',
            'cloudformation:DetectStackResourceDrift',
            'cloudformation:DescribeStackResourceDrifts',
        ],
        Resource: [sub(STACKS), sub(CHANGE_SETS)],
    },
    {
        Sid: 'ReadAnywhereActions',
        Effect: 'Allow',
        // These actions accept no resource-level restriction.
        Action: ['cloudformation:DescribeStackDriftDetectionStatus', 'cloudformation:ValidateTemplate', 'cloudformation:GetTemplateSummary'],
        Resource: '*',
    },
    {
        Sid: 'ReadBuckets',
        Effect: 'Allow',
        Action: [
            's3:GetBucketVersioning',
            's3:GetEncryptionConfiguration',
            's3:GetReplicationConfiguration',
            's3:GetBucketPolicy',
            's3:GetBucketOwnershipControls',
            's3:GetBucketPublicAccessBlock',
            's3:GetLifecycleConfiguration',
            's3:GetBucketTagging',
            's3:GetBucketLocation',
        ],
        Resource: sub(BUCKETS),
    },
    {
        Sid: 'ReadKeys',
        Effect: 'Allow',
        Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListResourceTags'],
        Resource: sub(KEYS),
    },
    {
        Sid: 'ReadReplicationRoles',
        Effect: 'Allow',
        Action: ['iam:GetRole', 'iam:GetRolePolicy', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies'],
        Resource: sub(MANAGED_ROLES),
    },
];
/** Templates over CloudFormation's inline limit are staged in a bucket of the stack's own account and region. */
const stageTemplates = {
    Sid: 'StageLargeTemplates',
    Effect: 'Allow',
    Action: [
        's3:CreateBucket',
        's3:ListBucket',
        's3:PutBucketPublicAccessBlock',
        's3:PutLifecycleConfiguration',
        's3:PutObject',
        's3:GetObject',
    ],
    Resource: [sub(STAGING), sub(`${STAGING}/*`)],
};
/**
 * Bootstrap for one account, meant for a StackSet (one region per account: IAM is global). Three
 * roles: plan (pull requests and the deploy branch, read-only plus throwaway change sets), deploy
 * (the deploy branch or environment; drives CloudFormation and passes the execution role, nothing
 * else), and the CloudFormation execution role that holds the resource permissions.
 */
function buildBootstrapTemplate() {
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 's3-xrepl bootstrap: GitHub OIDC provider (created or reused), plan and deploy roles trusted by one ' +
            'repository, and the CloudFormation execution role. Deploy as a StackSet in one region per account.',
        Parameters: {
            GitHubOrg: {
                Type: 'String',
                Description: 'GitHub organization or user that owns the repository.',
                AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$',
            },
            GitHubRepo: {
                Type: 'String',
                Description: 'Repository name (no wildcards: one repository per bootstrap).',
                AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$',
            },
            GitHubOrgId: {
                Type: 'String',
                Default: '',
                Description: 'Numeric owner id; with GitHubRepoId, trusts the immutable subject form repo:ORG@ORGID/REPO@REPOID.',
                AllowedPattern: '^[0-9]*$',
            },
            GitHubRepoId: { Type: 'String', Default: '', Description: 'Numeric repository id (see GitHubOrgId).', AllowedPattern: '^[0-9]*$' },
            DeployBranch: {
                Type: 'String',
                Default: 'main',
                Description: 'Branch whose workflows may deploy (ignored when DeployEnvironment is set) and run drift checks.',
                AllowedPattern: '^[A-Za-z0-9._/-]{1,200}$',
            },
            DeployEnvironment: {
                Type: 'String',
                Default: '',
                Description: 'GitHub environment whose jobs may deploy; empty to trust the deploy branch instead.',
                AllowedPattern: '^[A-Za-z0-9 ._-]{0,255}$',
            },
            OidcProviderArn: {
                Type: 'String',
                Default: '',
                Description: 'ARN of an existing GitHub OIDC provider in this account; empty to create one.',
                AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$',
            },
            StackPrefix: {
                Type: 'String',
                Default: 's3-xrepl',
                Description: 'Stack name prefix the roles may manage.',
                AllowedPattern: '^[A-Za-z][A-Za-z0-9-]{0,39}$',
            },
            BucketNamePattern: {
                Type: 'String',
                Default: '*',
                Description: 'Buckets the roles may manage, as an ARN resource pattern such as acme-replica-*.',
                AllowedPattern: '^[a-z0-9.*?-]{1,63}$',
            },
            ManagedRoleNamePattern: {
                Type: 'String',
                Default: 's3-xrepl-*',
                Description: 'Replication role names the execution role may create, as a pattern.',
                AllowedPattern: '^[\\w+=,.@*?-]{1,64}$',
            },
            PlanRoleName: { Type: 'String', Default: 's3-xrepl-plan', Description: 'Name of the plan role.', AllowedPattern: '^[\\w+=,.@-]{1,64}$' },
            DeployRoleName: { Type: 'String', Default: 's3-xrepl-deploy', Description: 'Name of the deploy role.', AllowedPattern: '^[\\w+=,.@-]{1,64}$' },
            ExecutionRoleName: {
                Type: 'String',
                Default: 's3-xrepl-cfn-exec',
                Description: 'Name of the CloudFormation execution role.',
                AllowedPattern: '^[\\w+=,.@-]{1,64}$',
            },
        },
        Conditions: {
            CreateOidcProvider: equals(ref('OidcProviderArn'), ''),
            UseImmutableIds: and(not(equals(ref('GitHubOrgId'), '')), not(equals(ref('GitHubRepoId'), ''))),
            DeployFromEnvironment: not(equals(ref('DeployEnvironment'), '')),
        },
        Resources: {
            GitHubOidcProvider: {
                Type: 'AWS::IAM::OIDCProvider',
                Condition: 'CreateOidcProvider',
                DeletionPolicy: 'Retain',
                UpdateReplacePolicy: 'Retain',
                // No thumbprint: IAM trusts GitHub's issuer through its own root CAs.
                Properties: { Url: `https://${GITHUB_ISSUER}`, ClientIdList: ['sts.amazonaws.com'] },
            },
            PlanRole: {
                Type: 'AWS::IAM::Role',
                Properties: {
                    RoleName: ref('PlanRoleName'),
                    Description: 's3-xrepl plan, verify and drift: read-only, plus change sets that are never executed.',
                    MaxSessionDuration: 3600,
                    AssumeRolePolicyDocument: githubTrust([subject(':pull_request'), subjectOf(sub(':ref:refs/heads/${DeployBranch}'))]),
                    Policies: [
                        {
                            PolicyName: 'plan',
                            PolicyDocument: policyDocument([
                                ...readStatements,
                                stageTemplates,
                                {
                                    Sid: 'PreviewChangeSets',
                                    Effect: 'Allow',
                                    // DeleteStack only removes the empty REVIEW_IN_PROGRESS stack a preview of a new stack leaves;
                                    // deployed stacks have termination protection, which this role cannot turn off.
                                    Action: ['cloudformation:CreateChangeSet', 'cloudformation:DeleteChangeSet', 'cloudformation:DeleteStack'],
                                    Resource: [sub(STACKS), sub(CHANGE_SETS)],
                                },
                            ]),
                        },
                    ],
                },
            },
            DeployRole: {
                Type: 'AWS::IAM::Role',
                Properties: {
                    RoleName: ref('DeployRoleName'),
                    Description: 's3-xrepl deploy: drives CloudFormation with the execution role; no direct resource rights.',
                    MaxSessionDuration: 3600,
                    AssumeRolePolicyDocument: githubTrust(fnIf('DeployFromEnvironment', subjectOf(sub(':environment:${DeployEnvironment}')), subjectOf(sub(':ref:refs/heads/${DeployBranch}')))),
                    Policies: [
                        {
                            PolicyName: 'deploy',
                            PolicyDocument: policyDocument([
                                ...readStatements,
                                stageTemplates,
                                {
                                    Sid: 'DeployThroughChangeSets',
                                    Effect: 'Allow',
                                    Action: [
                                        'cloudformation:CreateChangeSet',
                                        'cloudformation:ExecuteChangeSet',
                                        'cloudformation:DeleteChangeSet',
                                        'cloudformation:DeleteStack',
                                        'cloudformation:UpdateTerminationProtection',
                                        'cloudformation:SetStackPolicy',
                                        'cloudformation:TagResource',
                                    ],
                                    Resource: [sub(STACKS), sub(CHANGE_SETS)],
                                },
                                {
                                    Sid: 'PassOnlyTheExecutionRole',
                                    Effect: 'Allow',
                                    Action: 'iam:PassRole',
                                    Resource: getAtt('ExecutionRole', 'Arn'),
                                    Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
                                },
                            ]),
                        },
                    ],
                },
            },
            ExecutionRole: {
                Type: 'AWS::IAM::Role',
                Properties: {
                    RoleName: ref('ExecutionRoleName'),
                    Description: 's3-xrepl: CloudFormation creates buckets, keys and the replication role with this role.',
                    AssumeRolePolicyDocument: policyDocument([
                        {
                            Sid: 'CloudFormationOnly',
                            Effect: 'Allow',
                            Principal: { Service: 'cloudformation.amazonaws.com' },
                            Action: 'sts:AssumeRole',
                            Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
                        },
                    ]),
                    Policies: [
                        {
                            PolicyName: 'manage-replication-resources',
                            PolicyDocument: policyDocument([
                                {
                                    Sid: 'ManageBuckets',
                                    Effect: 'Allow',
                                    // No s3:DeleteBucket: buckets are retained, and this role never needs to remove one.
                                    Action: [
                                        's3:CreateBucket',
                                        's3:ListBucket',
                                        's3:GetBucket*',
                                        's3:PutBucketVersioning',
                                        's3:PutBucketPolicy',
                                        's3:DeleteBucketPolicy',
                                        's3:PutBucketOwnershipControls',
                                        's3:PutBucketPublicAccessBlock',
                                        's3:PutBucketTagging',
                                        's3:PutEncryptionConfiguration',
                                        's3:GetEncryptionConfiguration',
                                        's3:PutReplicationConfiguration',
                                        's3:GetReplicationConfiguration',
                                        's3:PutLifecycleConfiguration',
                                        's3:GetLifecycleConfiguration',
                                    ],
                                    Resource: sub(BUCKETS),
                                },
                                {
                                    Sid: 'CreateKeys',
                                    Effect: 'Allow',
                                    // CreateKey cannot be scoped to a resource: the key does not exist yet.
                                    Action: ['kms:CreateKey'],
                                    Resource: '*',
                                },
                                {
                                    Sid: 'ManageKeys',
                                    Effect: 'Allow',
                                    Action: [
                                        'kms:DescribeKey',
                                        'kms:GetKeyPolicy',
                                        'kms:PutKeyPolicy',
                                        'kms:EnableKeyRotation',
                                        'kms:GetKeyRotationStatus',
                                        'kms:TagResource',
                                        'kms:UntagResource',
                                        'kms:ListResourceTags',
                                        'kms:UpdateKeyDescription',
                                    ],
                                    Resource: sub(KEYS),
                                },
                                {
                                    Sid: 'ManageReplicationRoles',
                                    Effect: 'Allow',
                                    Action: [
                                        'iam:CreateRole',
                                        'iam:DeleteRole',
                                        'iam:GetRole',
                                        'iam:UpdateRole',
                                        'iam:UpdateAssumeRolePolicy',
                                        'iam:PutRolePolicy',
                                        'iam:DeleteRolePolicy',
                                        'iam:GetRolePolicy',
                                        'iam:ListRolePolicies',
                                        'iam:ListAttachedRolePolicies',
                                        'iam:TagRole',
                                        'iam:UntagRole',
                                    ],
                                    Resource: sub(MANAGED_ROLES),
                                },
                                {
                                    Sid: 'PassReplicationRoleToS3',
                                    Effect: 'Allow',
                                    Action: 'iam:PassRole',
                                    Resource: sub(MANAGED_ROLES),
                                    Condition: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
                                },
                            ]),
                        },
                    ],
                },
            },
        },
        Outputs: {
            OidcProviderArn: {
                Description: 'ARN of the GitHub OIDC provider used by the roles.',
                Value: fnIf('CreateOidcProvider', getAtt('GitHubOidcProvider', 'Arn'), ref('OidcProviderArn')),
            },
            PlanRoleArn: { Description: 'Role for mode: plan and drift.', Value: getAtt('PlanRole', 'Arn') },
            DeployRoleArn: { Description: 'Role for mode: deploy and verify.', Value: getAtt('DeployRole', 'Arn') },
            ExecutionRoleArn: { Description: 'CloudFormation execution role.', Value: getAtt('ExecutionRole', 'Arn') },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/generic-files.ts







const SCHEMA_FILE = 'config.schema.json';
const SCHEMA_ID = 'https://raw.githubusercontent.com/org/s3-xrepl-action/v1/schema/config.schema.json';
/** The files that do not depend on any config: committed under templates/ and schema/. */
function genericTemplateFiles() {
    return new Map([
        [DESTINATION_TEMPLATE_FILE, toJsonText(buildDestinationTemplate())],
        ['bootstrap.template.json', toJsonText(buildBootstrapTemplate())],
    ]);
}
function configSchemaText() {
    return toJsonText(toJsonSchema(configShape, SCHEMA_ID));
}
const CONFIG_REFERENCE_FILE = 'config-reference.md';
function configReferenceText() {
    return renderConfigReference(configShape);
}

;// CONCATENATED MODULE: ./src/cli.ts






const USAGE = `usage:
  s3-xrepl synth --config FILE --out DIR     validate a config and write its templates, parameters and manifest.json
  s3-xrepl validate --config FILE            only validate the config
  s3-xrepl templates --out DIR               write the generic destination and bootstrap templates
  s3-xrepl schema [--out DIR]                write (or print) the config's JSON Schema and its Markdown reference`;
/** The CLI: the same code the action runs, from a terminal. Returns the exit code. */
async function runCli(argv, logger = consoleLogger()) {
    const [command, ...rest] = argv;
    try {
        const { values } = (0,external_node_util_namespaceObject.parseArgs)({
            args: rest,
            options: { config: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
            strict: true,
        });
        const need = (name) => {
            const v = values[name];
            if (!v)
                throw new UserError(`${command} needs --${name}\n${USAGE}`);
            return v;
        };
        switch (command) {
            case 'synth':
                await runSynth({ configPath: need('config'), outDir: need('out') }, { readFile: readTextFile, writeOutputDir: writeOutputDir, logger });
                return EXIT.ok;
            case 'validate':
                await runSynth({ configPath: need('config'), outDir: '(not written)' }, {
                    readFile: readTextFile,
                    writeOutputDir: async () => [],
                    logger: { ...logger, info: () => undefined },
                });
                logger.info(`${values.config}: valid`);
                return EXIT.ok;
            case 'templates': {
                const written = await writeOutputDir(need('out'), genericTemplateFiles());
                logger.info(`wrote ${written.join(', ')}`);
                return EXIT.ok;
            }
            case 'schema':
                if (values.out) {
                    await writeOutputDir(values.out, new Map([
                        [SCHEMA_FILE, configSchemaText()],
                        [CONFIG_REFERENCE_FILE, configReferenceText()],
                    ]));
                }
                else
                    process.stdout.write(configSchemaText());
                return EXIT.ok;
            case undefined:
            case '--help':
            case 'help':
                logger.info(USAGE);
                return command === undefined ? EXIT.user : EXIT.ok;
            default:
                throw new UserError(`unknown command "${command}"\n${USAGE}`);
        }
    }
    catch (e) {
        if (e instanceof UserError)
            logger.error(e.message + (e.remedy ? `\n${e.remedy}` : ''));
        else if (e.code?.startsWith('ERR_PARSE_ARGS')) {
            logger.error(`${e.message}\n${USAGE}`);
            return EXIT.user;
        }
        else
            logger.error(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`);
        return exitCodeOf(e);
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
