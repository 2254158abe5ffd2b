export const id = 547;
export const ids = [547,116];
export const modules = {

/***/ 8116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var renderTerminal = (function(parts, style) {
    const paint = (kind, text) => (style.color ? `${ANSI[kind][0]}${text}${ANSI[kind][1]}` : text);
    const out = [
        ...blocks(parts.head.join('\n\n'), paint, style),
        ...parts.details.flatMap((d) => detail(d, paint, style)),
        ...blocks(parts.tail.join('\n\n'), paint, style),
    ];
    return `${squeezeBlankLines(out).join('\n').trimEnd()}\n`;
});
var detail = (function(d, paint, style) {
    const title = paint('bold', `▸ ${plainHtml(d.summary)}`);
    const body = d.fence !== undefined ? fenced(d.fence, d.lines, paint) : blocks(d.lines.join('\n'), paint, style);
    return ['', title, ...body.map((l) => (l === '' ? l : `  ${l}`))];
});
/** Markdown text (several blocks) → lines. */
var blocks = (function(markdown, paint, style) {
    const lines = markdown.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,}|~{3,})(\S*)\s*$/.exec(line);
        if (fence) {
            const end = lines.findIndex((l, j) => j > i && l.startsWith(fence[1]));
            const body = lines.slice(i + 1, end < 0 ? lines.length : end);
            i = end < 0 ? lines.length : end;
            out.push(...fenced(fence[2] ?? '', body, paint));
            continue;
        }
        if (/^\s*\|.*\|\s*$/.test(line)) {
            const rows = [];
            while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i]))
                rows.push(lines[i++]);
            i--;
            out.push(...table(rows, paint, style));
            continue;
        }
        const details = /^<details>(?:<summary>(.*?)<\/summary>)?/.exec(line);
        if (details) {
            if (details[1])
                out.push('', paint('bold', `▸ ${plainHtml(details[1])}`));
            continue;
        }
        if (/^<\/?(details|summary)>$/.test(line.trim()))
            continue;
        const alert = /^>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/.exec(line);
        if (alert) {
            const kind = alert[1];
            const color = kind === 'CAUTION' ? 'red' : kind === 'WARNING' || kind === 'IMPORTANT' ? 'yellow' : 'cyan';
            out.push(paint(color, paint('bold', kind)));
            continue;
        }
        const quote = /^>\s?(.*)$/.exec(line);
        if (quote) {
            out.push(`  ${inline(quote[1], paint)}`);
            continue;
        }
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading) {
            out.push(paint('bold', inline(heading[1], paint)));
            continue;
        }
        out.push(inline(line, paint));
    }
    return out;
});
var fenced = (function(language, lines, paint) {
    // The picture repeats the tables; a terminal cannot draw it.
    if (language === 'mermaid')
        return [paint('dim', '(the topology picture is in the Markdown report)')];
    return lines.map((l) => {
        const text = `    ${l}`;
        if (language !== 'diff')
            return text;
        if (l.startsWith('+'))
            return paint('green', text);
        if (l.startsWith('-'))
            return paint('red', text);
        if (l.startsWith('@@'))
            return paint('cyan', text);
        return text;
    });
});
var table = (function(rows, paint, style) {
    const raw = rows.filter((r) => !/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(r)).map(splitRow);
    const cells = raw.map((r) => r.map((c) => inline(c, paint)));
    const columns = Math.max(...cells.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => visible(r[c] ?? '').length)));
    const gap = 2;
    const fits = (w) => w.reduce((a, b) => a + b, 0) + gap * (columns - 1) <= style.width;
    // A table wider than the terminal would lose values to cutting: each row as a record instead.
    if (!fits(widths) && raw.length > 1)
        return records(raw, paint);
    return cells.map((r, n) => {
        const line = r
            .map((cell, c) => pad(cut(cell, widths[c]), widths[c]))
            .join(' '.repeat(gap))
            .trimEnd();
        return n === 0 ? paint('bold', line) : line;
    });
});
/**
 * Rows as records, every value whole: `Header: value`, the items of a cell (`<br>` in Markdown) on
 * lines of their own. A column with no header (a table's +/~/− mark) leads its row.
 */
var records = (function(raw, paint) {
    const [header, ...rows] = raw;
    const names = header.map((h) => inline(h));
    const width = Math.max(...names.map((n) => n.length)) + 1;
    const out = [];
    for (const row of rows) {
        const lead = row
            .filter((_, c) => names[c] === '')
            .map((c) => inline(c, paint))
            .join(' ')
            .trim();
        out.push('');
        row.forEach((cell, c) => {
            if (names[c] === '')
                return;
            const items = cell
                .split(/<br\s*\/?>/)
                .map((x) => inline(x, paint).trim())
                .filter((x) => x !== '');
            if (items.length === 0 || (items.length === 1 && items[0] === '—'))
                return;
            const label = paint('bold', pad(`${names[c]}:`, width));
            items.forEach((item, i) => out.push(`${i === 0 ? `${lead && out.at(-1) === '' ? `${lead} ` : lead ? '  ' : ''}${label}` : `${lead ? '  ' : ''}${' '.repeat(width)}`} ${item}`));
        });
    }
    return out;
});
/** `| a | b\| c |` → ['a', 'b| c']: a backslash-escaped pipe stays in its cell. */
var splitRow = (function(row) {
    const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    const cells = [];
    let cell = '';
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '\\' && inner[i + 1] === '|') {
            cell += '\\|';
            i++;
        }
        else if (inner[i] === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += inner[i];
    }
    cells.push(cell.trim());
    return cells;
});
/** Inline Markdown → text: code spans verbatim, emphasis in bold, escapes and entities resolved. */
var inline = (function(text, paint = (_k, t) => t) {
    let out = '';
    for (let i = 0; i < text.length;) {
        const ticks = /^`+/.exec(text.slice(i));
        if (ticks) {
            const close = text.indexOf(ticks[0], i + ticks[0].length);
            if (close > 0) {
                let code = text.slice(i + ticks[0].length, close);
                if (/^ .* $/.test(code))
                    code = code.slice(1, -1);
                out += paint('cyan', code.replace(/\\\|/g, '|'));
                i = close + ticks[0].length;
                continue;
            }
        }
        const bold = /^\*\*(.+?)\*\*/.exec(text.slice(i));
        if (bold) {
            out += paint('bold', inline(bold[1], paint));
            i += bold[0].length;
            continue;
        }
        const em = i === 0 || /[\s(>]/.test(text[i - 1]) ? /^_([^_\s][^_]*)_(?![\p{L}\p{N}])/u.exec(text.slice(i)) : null;
        if (em) {
            out += inline(em[1], paint);
            i += em[0].length;
            continue;
        }
        const link = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(text.slice(i));
        if (link) {
            out += `${inline(link[1], paint)} (${link[2]})`;
            i += link[0].length;
            continue;
        }
        const tag = /^<(\/?)(sub|code|b|strong|br)\s*\/?>/.exec(text.slice(i));
        if (tag) {
            // A line break inside a table cell separates items: on one line, a semicolon does.
            if (tag[2] === 'br')
                out += '; ';
            i += tag[0].length;
            continue;
        }
        if (text[i] === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|<>~$&=:@]/.test(text[i + 1])) {
            out += text[i + 1];
            i += 2;
            continue;
        }
        const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(text.slice(i));
        if (entity) {
            out += decodeEntity(entity[1]);
            i += entity[0].length;
            continue;
        }
        out += text[i];
        i++;
    }
    // Zero-width spaces keep GitHub from linking mentions and URLs; a terminal links nothing.
    return out.replace(/\u200b/g, '');
});
/** HTML (a `<summary>`): tags dropped, entities resolved. */
var plainHtml = (function(html) {
    return inline(html.replace(/<[^>]+>/g, ''));
});
var decodeEntity = (function(name) {
    if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#'))
        return String.fromCodePoint(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name.toLowerCase()] ?? `&${name};`;
});
var pad = (function(s, width) {
    return s + ' '.repeat(Math.max(0, width - visible(s).length));
});
var cut = (function(s, width) {
    if (visible(s).length <= width)
        return s;
    // Cut the visible text; a cut inside colour drops it (the reset would be lost otherwise).
    const plain = visible(s);
    return `${plain.slice(0, Math.max(0, width - 1))}…`;
});
var squeezeBlankLines = (function(lines) {
    const out = [];
    for (const l of lines)
        if (!(l.trim() === '' && (out.length === 0 || out.at(-1).trim() === '')))
            out.push(l);
    return out;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inline: () => (/* binding */ inline),
/* harmony export */   renderTerminal: () => (/* binding */ renderTerminal)
/* harmony export */ });
const ANSI = {
    bold: ['\u001b[1m', '\u001b[22m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    red: ['\u001b[31m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
    yellow: ['\u001b[33m', '\u001b[39m'],
    cyan: ['\u001b[36m', '\u001b[39m'],
};
// eslint-disable-next-line no-control-regex
const visible = ((s) => s.replace(/\u001b\[[0-9;]*m/g, ''));


/***/ }),

/***/ 4338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {







/**
 * configs → the accounts they name → one bootstrap StackSet with an instance per account. Every
 * config and setting is checked before any AWS call; operations run one at a time, each waited for.
 */
var runBootstrap = (async function(opts, deps) {
    const { settings } = opts;
    const settingProblems = (0,_core_bootstrap_bootstrap_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .checkBootstrapSettings */ .ow)(settings);
    if (settingProblems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(settingProblems.join('\n'));
    const topologies = await readAll(opts.configPaths, deps);
    const made = (0,_core_bootstrap_bootstrap_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .desiredStackSet */ .Xf)(settings, topologies);
    if (!made.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(made.problems.join('\n'));
    const desired = made.desired;
    const stackSetDeps = {
        cfn: await deps.stackSetClient(settings.region),
        logger: deps.logger,
        clock: deps.clock,
        timeoutMs: opts.timeoutMs,
        preferences: (0,_core_bootstrap_bootstrap_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .operationPreferences */ .iY)(settings.preferences),
        ...(settings.callAs === 'delegated-admin' ? { callAs: 'DELEGATED_ADMIN' } : {}),
    };
    const aws = (doing, work) => withContext(desired.name, doing, work);
    const current = await aws('reading it', () => (0,_stack_set_js__WEBPACK_IMPORTED_MODULE_5__/* .readStackSet */ .ds)(desired.name, stackSetDeps));
    const changed = (0,_core_bootstrap_stack_set_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .stackSetChanges */ .mJ)(desired, current);
    if (!changed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.UserError(changed.problem);
    const { steps, unmanaged } = changed.changes;
    if (steps.length === 0)
        deps.logger.info(`StackSet ${desired.name}: every account the configs name is current`);
    const operations = [];
    const startedAt = deps.clock.now();
    let notStarted = [];
    for (const [n, step] of steps.entries()) {
        const outcome = await aws(`to ${(0,_core_report_render_bootstrap_js__WEBPACK_IMPORTED_MODULE_2__.stepText)(step)}`, () => (0,_stack_set_js__WEBPACK_IMPORTED_MODULE_5__/* .runStep */ .eg)(step, desired, (0,_stack_set_js__WEBPACK_IMPORTED_MODULE_5__/* .operationIdOf */ .cK)(deps.runId, startedAt, String(n + 1)), stackSetDeps));
        operations.push(outcome);
        for (const r of outcome.results.filter((x) => x.status === 'FAILED'))
            deps.logger.error(`StackSet ${desired.name}: account ${r.account} (${r.region}) failed: ${r.reason ?? 'no reason given'}`);
        if (outcome.status === 'FAILED' || outcome.status === 'STOPPED') {
            notStarted = steps.slice(n + 1);
            break;
        }
    }
    const instances = await aws('listing its instances', () => (0,_stack_set_js__WEBPACK_IMPORTED_MODULE_5__/* .listInstances */ .ND)(desired.name, stackSetDeps));
    return {
        stackSetName: desired.name,
        region: desired.region,
        permissionModel: desired.permissionModel,
        accounts: desired.accounts,
        operations,
        notStarted,
        instances,
        unmanaged,
        notes: desired.notes,
    };
});
/** Every config is read and checked first: one bad config stops the bootstrap before AWS is touched. */
var readAll = (async function(paths, deps) {
    const read = await Promise.allSettled(paths.map((file) => (0,_fs_read_topology_js__WEBPACK_IMPORTED_MODULE_4__.readTopology)(file, deps)));
    const failures = read.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length > 0) {
        // The first is thrown (and annotated by the caller); the others are at least named here.
        for (const f of failures.slice(1))
            deps.logger.error(f instanceof Error ? f.message : String(f));
        if (failures.length > 1 && failures[0] instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ConfigError)
            deps.logger.error(`${failures.length} configs have problems: nothing was bootstrapped.`);
        throw failures[0];
    }
    return read.map((r, i) => ({
        file: paths[i],
        topology: r.value.topology,
    }));
});
var withContext = (async function(stackSet, doing, work) {
    try {
        return await work();
    }
    catch (e) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__.isServiceFailure)(e))
            throw e;
        const code = e.name ?? 'Error';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ServiceError(`StackSet ${stackSet}: AWS refused or failed ${doing}: ${code}: ${e.message}`, 'Nothing further was started. StackSet operations are idempotent per account: run again once the cause is fixed.');
    }
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBootstrap: () => (/* binding */ runBootstrap)
/* harmony export */ });
/* harmony import */ var _core_bootstrap_bootstrap_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _core_bootstrap_bootstrap_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2927);
/* harmony import */ var _core_bootstrap_stack_set_changes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4451);
/* harmony import */ var _core_report_render_bootstrap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _fs_read_topology_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2078);
/* harmony import */ var _stack_set_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(213);


/***/ })

};
