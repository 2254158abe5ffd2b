export const id = 27;
export const ids = [27];
export const modules = {

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {// CONCATENATED MODULE: ./src/shell/process-terminal.ts


/**
 * The process's stdout or stderr, written with `writeSync` on its descriptor. Creating
 * `process.stdout` or `process.stderr` costs a few milliseconds (a stream, and `node:stream` when it
 * is not loaded yet): a third of what synth takes for a small config. Node's own streams write
 * synchronously to files, pipes and terminals on Linux and macOS too, so nothing is reordered. A
 * descriptor left non-blocking by whoever started us can refuse a write (EAGAIN); from then on the
 * rest goes through Node's stream, which waits for it.
 */
var descriptorStream = (function(fd) {
    const tty = isTerminal(fd);
    const stream = () => (fd === 1 ? process.stdout : process.stderr);
    let handedOver = false;
    return {
        isTTY: tty,
        // Only a terminal has a width; reading it needs the stream, which a terminal run can afford.
        get columns() {
            return tty ? stream().columns : undefined;
        },
        write(s) {
            if (handedOver)
                return stream().write(s);
            let bytes = Buffer.from(s, 'utf8');
            while (bytes.length > 0) {
                try {
                    bytes = bytes.subarray((0,external_node_fs_.writeSync)(fd, bytes));
                }
                catch (e) {
                    if (e.code !== 'EAGAIN')
                        throw e;
                    handedOver = true;
                    return stream().write(bytes);
                }
            }
            return true;
        },
    };
});
/**
 * Only a character device can be a terminal. Asking `node:tty` loads it and `node:net` (3 to 5 ms),
 * so a pipe, a file or /dev/null, what scripts and CI give, is answered by the descriptor alone.
 */
var isTerminal = (function(fd) {
    const found = (() => {
        try {
            return (0,external_node_fs_.fstatSync)(fd);
        }
        catch {
            return undefined;
        }
    })();
    if (!found?.isCharacterDevice())
        return false;
    // /dev/null is a character device too (and has no /dev/null of that name on Windows).
    if ((0,external_node_fs_.statSync)('/dev/null', { throwIfNoEntry: false })?.rdev === found.rdev)
        return false;
    const tty = (0,external_node_module_.createRequire)(import.meta.url)('node:tty');
    return tty.isatty(fd);
});
/**
 * The terminal's front door over the same modes as the action: flags named like the action's
 * inputs, the report as text (or Markdown, or JSON), one verdict line and the time each phase took.
 * Returns the exit code; the same codes as the action.
 */
var runCli = (async function(argv, terminal = { stdout: descriptorStream(1), stderr: descriptorStream(2), env: process.env }) {
    const color = Boolean(terminal.stderr.isTTY) && !terminal.env.NO_COLOR;
    const logger = terminalLogger(terminal.stderr, color);
    const fail = (message, remedy) => {
        logger.error(message + (remedy ? `\n${remedy}` : ''));
        return errors.EXIT.user;
    };
    const node = Number(process.versions.node.split('.')[0]);
    if (node < CLI_NODE_FLOOR)
        return fail(`s3-xrepl needs Node.js ${CLI_NODE_FLOOR} or later; this is Node.js ${process.versions.node}.`, 'Node.js 20 reached its end of life in April 2026, and the AWS SDK drops it in January 2027.');
    const modes = (0,registry/* modesOf */.U)('cli');
    const [command, ...rest] = argv;
    if (command === undefined) {
        terminal.stderr.write(usage(modes));
        return errors.EXIT.user;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
        const about = rest[0] && modes.find((m) => m.name === rest[0]);
        terminal.stdout.write(about ? modeHelp(about) : usage(modes));
        return errors.EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
        terminal.stdout.write(`${await packageVersion()}\n`);
        return errors.EXIT.ok;
    }
    const mode = modes.find((m) => m.name === command);
    if (!mode) {
        const near = (0,did_you_mean/* didYouMean */.a)(command, modes.map((m) => m.name));
        return fail(`unknown command ${JSON.stringify(command)}.${near ? ` Did you mean "${near}"?` : ''}`, `Commands: ${modes.map((m) => m.name).join(', ')}. Run s3-xrepl --help for more.`);
    }
    const flags = mode.reads.filter((s) => (0,inputs/* flagOf */.iP)(s) !== undefined);
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: rest,
            options: {
                help: { type: 'boolean', short: 'h' },
                format: { type: 'string' },
                ...Object.fromEntries(flags.map((s) => [(0,inputs/* flagOf */.iP)(s), { type: s.kind === 'boolean' ? 'boolean' : 'string' }])),
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (e) {
        const bad = /'(-{1,2}[^']+)'/.exec(e.message)?.[1] ?? '';
        const name = bad.replace(/^-+/, '').split('=')[0] ?? '';
        const near = (0,did_you_mean/* didYouMean */.a)(name, [...flags.map((s) => (0,inputs/* flagOf */.iP)(s)), 'format', 'help']);
        const known = flags.some((s) => (0,inputs/* flagOf */.iP)(s) === name);
        return fail(known
            ? `${mode.name}: --${name} takes a value (--${name} ${flags.find((s) => (0,inputs/* flagOf */.iP)(s) === name).placeholder ?? 'VALUE'}).`
            : `${mode.name}: unknown flag ${bad || JSON.stringify(e.message)}.${near ? ` Did you mean --${near}?` : ''}`, `Run s3-xrepl ${mode.name} --help for its flags.`);
    }
    if (values.help) {
        terminal.stdout.write(modeHelp(mode));
        return errors.EXIT.ok;
    }
    const format = String(values.format ?? 'text');
    if (!FORMATS.includes(format))
        return fail(`--format is ${JSON.stringify(format)}: use text, markdown or json.`);
    const flagOfInput = new Map(flags.map((s) => [s.name, (0,inputs/* flagOf */.iP)(s)]));
    const get = (name) => {
        const v = values[flagOfInput.get(name) ?? name];
        return v === undefined ? '' : String(v);
    };
    const started = Date.now();
    let result;
    try {
        const inputs = mode.parse(get, { frontDoor: 'cli' });
        const configs = mode.configs === 'none' ? [] : await configPaths(mode, get('config'));
        result = await mode.run(inputs, cliEnv(logger, configs, get('assume-roles') === 'true'));
    }
    catch (e) {
        if (e instanceof errors.PartialFailure && e.summary)
            terminal.stdout.write(format === 'markdown'
                ? e.summary
                : await asText({ head: [e.summary], details: [], tail: [] }, terminal, color));
        logger.error(cliMessage(e, mode, flags));
        return (0,errors.exitCodeOf)(e);
    }
    if (result.raw !== undefined)
        terminal.stdout.write(result.raw);
    else if (format === 'json')
        terminal.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
    else if (result.report) {
        if (format === 'markdown') {
            const { renderAll } = await __webpack_require__.e(/* import() */ 133).then(__webpack_require__.bind(__webpack_require__, 6133));
            terminal.stdout.write(renderAll(result.report));
        }
        else
            terminal.stdout.write(await asText(result.report, terminal, color));
    }
    if (format === 'text' && result.verdict)
        terminal.stderr.write(`${verdictLine(result, color)}\n${phasesLine(result.phases ?? [], Date.now() - started)}\n`);
    return result.exitCode;
});
var asText = (async function(report, terminal, color) {
    const { renderTerminal } = await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 8116));
    return renderTerminal(report, {
        color: Boolean(terminal.stdout.isTTY) && color,
        width: Math.max(60, terminal.stdout.columns ?? 120),
    });
});
var configPaths = (async function(mode, config) {
    if (mode.configs === 'each')
        return [config];
    const { expandConfig } = await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 5481));
    return expandConfig(config);
});
var verdictLine = (function(result, color) {
    const mark = result.exitCode === errors.EXIT.ok ? '✔' : '✘';
    const text = `${mark} ${result.verdict}`;
    if (!color)
        return text;
    return result.exitCode === errors.EXIT.ok ? `\u001b[32m${text}\u001b[39m` : `\u001b[31m${text}\u001b[39m`;
});
var phasesLine = (function(phases, totalMs) {
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    return `  took ${s(totalMs)}${phases.length ? `: ${phases.map((p) => `${p.name} ${s(p.ms)}`).join(', ')}` : ''}`;
});
/** One error style: the message, its remedy; config problems one per line, file:line:column first. */
var cliMessage = (function(e, mode, flags) {
    const text = e instanceof errors.ConfigError ? configMessage(e) : (0,errors.failureMessage)(e);
    // The modes name action inputs; a terminal has flags of the same names.
    return text
        .replace(/input "([a-z-]+)"/g, (whole, name) => {
        const spec = flags.find((s) => s.name === name);
        return spec ? `--${(0,inputs/* flagOf */.iP)(spec)}` : whole;
    })
        .replace(/^/, e instanceof errors.ConfigError ? '' : `${mode.name}: `);
});
var configMessage = (function(e) {
    const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
    return [
        `${e.file}: ${errors} problem${errors === 1 ? '' : 's'} in the config; nothing was written or deployed.`,
        ...e.diagnostics.map((d) => (0,diagnostic/* formatDiagnostic */.xy)(d, e.file)),
    ].join('\n');
});
/** The CLI's effects: the default credential chain, or each account's role assumed with it. */
var cliEnv = (function(logger, configPaths, assumeRoles) {
    const runId = `cli-${Date.now()}`;
    const credentials = async (accounts, region, roleArn) => {
        const { defaultChainCredentials, stsClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(76), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 8377));
        return defaultChainCredentials(accounts, { region, sessionName: `s3-xrepl-${runId}`, ...(roleArn ? { roleArn } : {}) }, 
        // A terminal has no log masking; credentials are never printed.
        { logger, mask: () => undefined, stsClient });
    };
    const noGitHub = () => {
        throw new Error('a terminal run has no pull request');
    };
    return {
        frontDoor: 'cli',
        logger,
        clock: poll/* systemClock */.m,
        runId,
        configPaths,
        readFile: output_dir/* readTextFile */.G,
        writeOutputDir: output_dir/* writeOutputDir */.m,
        credentials: async (topology, role) => {
            const { accountsOf, regionOf, roleArnOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5665));
            const roles = (account) => roleArnOf(topology, account, role);
            return credentials(accountsOf(topology), regionOf(topology), assumeRoles ? roles : undefined);
        },
        clients: clients/* clientsFactory */.f,
        stackSetClient: async (role, region) => {
            const { CloudFormationClient } = await Promise.all(/* import() | aws-cloudformation */[__webpack_require__.e(861), __webpack_require__.e(91)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
            if (!role)
                return (0,clients/* clientsFactory */.f)(undefined, { cfn: CloudFormationClient })('default', region).cfn;
            const { accountOfRole } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5665));
            const account = accountOfRole(role);
            return (0,clients/* clientsFactory */.f)(await credentials([account], () => region, () => role), { cfn: CloudFormationClient })(account, region).cfn;
        },
        github: {
            context: { oidcAvailable: false },
            author: '',
            comments: noGitHub,
            issues: noGitHub,
            baseConfig: noGitHub,
        },
    };
});
/**
 * Log lines on stderr: warnings and errors marked (in colour on a terminal), the stdout left to the
 * report. On a terminal, progress is one line redrawn in place (a bar), cleared by the next line.
 */
var terminalLogger = (function(stream, color) {
    const where = (w) => w?.file ? `${[w.file, w.line, w.column].filter((x) => x !== undefined).join(':')}: ` : '';
    const mark = (word, code) => (color ? `\u001b[${code}m${word}\u001b[39m` : word);
    let barShown = false;
    const write = (text) => {
        if (barShown)
            stream.write('\r\u001b[2K');
        barShown = false;
        stream.write(text);
    };
    return {
        info: (m) => write(`${m}\n`),
        warning: (m, w) => write(`${mark('warning', 33)}: ${where(w)}${m}\n`),
        error: (m, w) => write(`${mark('error', 31)}: ${where(w)}${m}\n`),
        ...(stream.isTTY
            ? {
                progress: (line, fraction) => {
                    write(`${(0,progress.progressBar)(fraction)} ${line}`);
                    barShown = true;
                },
            }
            : {}),
    };
});
/** The package's own version: package.json sits one level above dist/ and src/ alike. */
var packageVersion = (async function() {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const text = await readFile(__webpack_require__.ab + "package.json", 'utf8').catch(() => '{}');
    return JSON.parse(text).version ?? 'unknown';
});
var usage = (function(modes) {
    const width = Math.max(...modes.map((m) => m.name.length));
    return [
        'usage: s3-xrepl <command> [flags]',
        '',
        'Cross-account replication of KMS-encrypted S3 buckets, from one YAML config.',
        '',
        'Commands:',
        ...modes.map((m) => `  ${m.name.padEnd(width)}  ${m.summary}`),
        '',
        'Run s3-xrepl <command> --help for the flags of a command. Every command takes --format text|markdown|json.',
        'Exit codes: 0 done; 2 a mistake in the config or the flags (nothing was written or deployed);',
        '3 the run worked and found a problem; 1 AWS failed, or a bug.',
        '',
    ].join('\n');
});
var modeHelp = (function(mode) {
    const flags = mode.reads.filter((s) => (0,inputs/* flagOf */.iP)(s) !== undefined);
    const shown = flags.map((s) => ({
        flag: `--${(0,inputs/* flagOf */.iP)(s)}${s.kind === 'boolean' ? '' : ` ${s.placeholder ?? 'VALUE'}`}`,
        help: `${s.help}${s.default && s.kind !== 'boolean' ? ` (default: ${s.default})` : ''}`,
    }));
    shown.push({ flag: '--format FORMAT', help: 'text (default), markdown or json' });
    const width = Math.max(...shown.map((s) => s.flag.length));
    return [
        `usage: s3-xrepl ${mode.name} ${flags.some((s) => s.name === 'config') ? '--config FILE ' : ''}[flags]`,
        '',
        `${mode.summary[0].toUpperCase()}${mode.summary.slice(1)}.`,
        '',
        'Flags:',
        ...shown.map((s) => `  ${s.flag.padEnd(width)}  ${s.help}`),
        '',
    ].join('\n');
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLI_NODE_FLOOR: () => (/* binding */ CLI_NODE_FLOOR),
  modeHelp: () => (/* binding */ modeHelp),
  runCli: () => (/* binding */ runCli),
  terminalLogger: () => (/* binding */ terminalLogger)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/backfill/progress.ts
var progress = __webpack_require__(8711);
// EXTERNAL MODULE: ./src/core/config/did-you-mean.ts
var did_you_mean = __webpack_require__(523);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/config/diagnostic.ts
var diagnostic = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/modes/inputs.ts
var inputs = __webpack_require__(4863);
// EXTERNAL MODULE: ./src/modes/registry.ts + 11 modules
var registry = __webpack_require__(745);
// EXTERNAL MODULE: ./src/shell/aws/clients.ts
var clients = __webpack_require__(360);
// EXTERNAL MODULE: ./src/shell/aws/poll.ts
var poll = __webpack_require__(3063);
// EXTERNAL MODULE: ./src/shell/fs/output-dir.ts
var output_dir = __webpack_require__(7605);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;

;// CONCATENATED MODULE: ./src/cli.ts











const FORMATS = ['text', 'markdown', 'json'];
/** The oldest Node the CLI runs on; see README ("The CLI"). */
const CLI_NODE_FLOOR = 22;


/***/ }),

/***/ 8711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** One line of a followed job's progress: the log's line, and the text beside a terminal's bar. */
var progressLine = (function(job, elapsedMs) {
    const t = job.tasks;
    const tasks = t && t.total > 0
        ? `${t.succeeded + t.failed} of ${t.total} tasks done (${t.succeeded} succeeded, ${t.failed} failed)`
        : 'manifest not generated yet';
    return `backfill job ${job.id}: ${job.status}, ${tasks}, ${Math.round(elapsedMs / 1000)} s`;
});
/** `[########------------]  40%` for a fraction done; the width counts the bar's cells. */
var progressBar = (function(fraction, width = 24) {
    if (fraction === undefined)
        return `[${'·'.repeat(width)}]    `;
    const f = Math.max(0, Math.min(1, fraction));
    const full = Math.round(f * width);
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressBar: () => (/* binding */ progressBar),
/* harmony export */   progressLine: () => (/* binding */ progressLine)
/* harmony export */ });


/***/ })

};
