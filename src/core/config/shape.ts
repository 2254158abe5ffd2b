/**
 * A small declarative description of the config's shape. One description serves two readers:
 * the validator (which walks a loaded YAML value against it, reporting every mismatch with its
 * path) and the published JSON Schema (generated from it, so editors and the tool never disagree).
 */
export type Shape =
  StringShape | IntegerShape | BooleanShape | ObjectShape | MapShape | ArrayShape | AccountShape;

interface Described {
  readonly description: string;
}
export interface StringShape extends Described {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Regex source, anchored by the checker; also published as the schema's `pattern`. */
  readonly pattern?: string;
  readonly patternHint?: string;
  readonly default?: string;
  /**
   * Explains a value the constraints above refuse, more precisely than they can (which character,
   * which service): used for the message only. The constraints stay the rule, and the schema.
   */
  readonly explain?: (value: string) => string | undefined;
}
export interface IntegerShape extends Described {
  readonly type: 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number;
}
export interface BooleanShape extends Described {
  readonly type: 'boolean';
  readonly default?: boolean;
}
/** A 12-digit AWS account id; YAML reads an unquoted one as a number, which loses leading zeros. */
export interface AccountShape extends Described {
  readonly type: 'account';
}
export interface ObjectShape extends Described {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  /** Keys starting with this prefix are allowed and ignored: a place to define YAML anchors. */
  readonly extensionPrefix?: string;
}
export interface MapShape extends Described {
  readonly type: 'map';
  readonly keyPattern?: string;
  readonly keyHint?: string;
  /** In UTF-16 code units, as AWS counts tag keys (a pattern in `u` mode would count code points). */
  readonly keyMaxLength?: number;
  /** Like StringShape.explain, for a key the pattern refuses. */
  readonly explainKey?: (key: string) => string | undefined;
  readonly values: Shape;
  /** Also a bound on the work: entries past it are reported as too many, not checked one by one. */
  readonly maxEntries?: number;
}
export interface ArrayShape extends Described {
  readonly type: 'array';
  readonly items: Shape;
  readonly minItems?: number;
  /** Also a bound on the work: items past it are reported as too many, not checked one by one. */
  readonly maxItems?: number;
}
