import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** Logger for the Actions runner: warnings and errors become annotations on the config file. */
export function actionsLogger(): Logger {
  const props = (w?: { file?: string; line?: number; column?: number }): core.AnnotationProperties => ({
    ...(w?.file ? { file: w.file } : {}),
    ...(w?.line ? { startLine: w.line } : {}),
    ...(w?.column ? { startColumn: w.column } : {}),
  });
  return {
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, props(w)),
    error: (m, w) => core.error(m, props(w)),
  };
}
