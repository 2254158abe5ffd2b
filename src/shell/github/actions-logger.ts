import type { Logger } from '../logger.js';
import * as runner from './runner.js';

/**
 * Logger for the Actions runner: warnings and errors become annotations on the config file.
 *
 * The runner reads every line a step prints for workflow commands, and messages carry untrusted
 * text: config values, file names, AWS error messages. A warning or an error is a command itself,
 * its message escaped onto one line (runner.ts); an info message is printed as it is, so each of its
 * lines goes through `inertLines` first.
 */
export function actionsLogger(): Logger {
  return {
    info: (m) => runner.info(inertLines(m)),
    warning: (m, w) => runner.warning(m, w),
    error: (m, w) => runner.error(m, w),
  };
}

/**
 * The message with no line the runner would take for a workflow command (actions/runner,
 * ActionCommand.cs): it splits output at "\r\n", "\r" and "\n"; a line is a command when, once
 * leading white space is trimmed, it starts with `::` (`::add-mask::x`, `::error::x`,
 * `::stop-commands::x`), or when it holds `##[name]` anywhere (the older syntax). So, per line:
 * control characters but tabs become U+FFFD (none of them is then white space the runner trims),
 * a `::` after leading white space gets a backslash before it, and `##[` becomes `##\[`. The
 * lines keep their text, and the message its line breaks.
 */
export function inertLines(message: string): string {
  return message
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/\p{Cc}/gu, (c) => (c === '\t' ? c : '\ufffd'))
        .replace(/^(\s*)::/u, '$1\\::')
        .replace(/##\[/g, '##\\['),
    )
    .join('\n');
}
