export const id = 707;
export const ids = [707,673];
export const modules = {

/***/ 8754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/** Job-summary Markdown for a synth run: the stacks in deploy order and where they go. */
var renderSynthSummary = (function(manifest, outDir) {
    const rows = [...manifest.stacks, ...(manifest.wayBack ?? [])].map((s, i) => `| ${i + 1} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.name)} | ${i < manifest.stacks.length ? s.kind : 'destination, again: its way back to the source'} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.region)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.template)} |`);
    return [
        `### s3-xrepl synth: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(manifest.topology)}`,
        '',
        `${manifest.stacks.length} stacks, in deploy order, written to ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(outDir)}.`,
        '',
        ...(manifest.destinationStackSet
            ? [
                `The destinations deploy as instances of StackSet ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(manifest.destinationStackSet.name)} (administrator ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(manifest.destinationStackSet.account)}, ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(manifest.destinationStackSet.region)}), each with its parameters as overrides.`,
                '',
            ]
            : []),
        '| # | Stack | Kind | Account | Region | Template |',
        '|---|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSynthSummary: () => (/* binding */ renderSynthSummary)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);


/***/ }),

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in hex. The core stays free of node:*, and a
 * report digest needs a hash nobody can match on purpose; test/unit checks it against node:crypto.
 */
var sha256 = (function(text) {
    const bytes = new TextEncoder().encode(text);
    // Message, 0x80, zeros, and the bit length in the last 8 bytes of a 64-byte block.
    const blocks = Math.ceil((bytes.length + 9) / 64);
    const data = new Uint8Array(blocks * 64);
    data.set(bytes);
    data[bytes.length] = 0x80;
    const view = new DataView(data.buffer);
    view.setUint32(data.length - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(data.length - 4, (bytes.length << 3) >>> 0);
    const h = [...H0];
    const w = new Uint32Array(64);
    for (let b = 0; b < blocks; b++) {
        for (let i = 0; i < 16; i++)
            w[i] = view.getUint32(b * 64 + i * 4);
        for (let i = 16; i < 64; i++) {
            const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
        }
        let [a, b1, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 64; i++) {
            const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
            const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b1) ^ (a & c) ^ (b1 & c))) >>> 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) >>> 0;
            d = c;
            c = b1;
            b1 = a;
            a = (t1 + t2) >>> 0;
        }
        [a, b1, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) >>> 0));
    }
    return h.map((v) => v.toString(16).padStart(8, '0')).join('');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
const rotr = ((x, n) => (x >>> n) | (x << (32 - n)));
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/** The text on one line, with nothing that reorders it. */
var oneLine = (function(text) {
    return text.replace(CONTROL, ' ').replace(BIDI, '\ufffd');
});
/**
 * What GitHub links after rendering, broken by an invisible space: escapes cannot stop it, as it
 * reads the rendered text. `@name` (a mention, or an e-mail address), `#1` and `GH-1` (references),
 * `scheme://` and `www.` (bare URLs).
 */
var unlinked = (function(text) {
    return text
        .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
});
/**
 * Untrusted text in Markdown. Backslash-escapes every character that can start or end markup
 * anywhere in a line: `\` `` ` `` `*` `_` `~` (emphasis, code, strikethrough), `[` `]` `!` (links,
 * images, footnotes, alerts), `<` `>` (HTML, comments, autolinks), `&` (entities), `|` (table
 * cells), `$` (math), `#` `+` `{` `}`. Where the text could start a line, `-` `+` `=` and an
 * ordered-list number are escaped as well and leading spaces dropped, so it starts no list,
 * heading or code block.
 */
var inlineText = (function(text) {
    return unlinked(oneLine(text))
        .replace(/[\\`*_~[\]!<>&|$#+{}]/g, (c) => `\\${c}`)
        .replace(/^ +/, '')
        .replace(/^[-=]/, (c) => `\\${c}`)
        .replace(/^(\d+)([.)])/, '$1\\$2');
});
/**
 * Untrusted text as a code span, which shows it literally: no markup, no links. The span's
 * backticks outnumber any run in the text, so the text cannot close it. A pipe is written `\|`:
 * GFM splits table rows at pipes even inside code spans, and in a table GitHub shows `\|` as `|`
 * (elsewhere the backslash shows; names with pipes are rare).
 */
var code = (function(text) {
    const body = oneLine(text).replace(/\|/g, '\\|');
    if (body.trim() === '')
        return '` `';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    // CommonMark strips one space on each side when both are there, and a backtick at an end would
    // join the span's own: a space on each side keeps the text as it is.
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
});
/** Untrusted text in raw HTML (the `<summary>` line of a `<details>` block, inside or outside `<code>`). */
var htmlText = (function(text) {
    return unlinked(oneLine(text)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
});
/**
 * Lines as a fenced code block: shown literally, closed by a fence longer than any backtick run in
 * them. A carriage return would end a line in Markdown: control characters but tabs become U+FFFD.
 */
var codeBlock = (function(lines, info = '') {
    const shown = lines.map(codeLine);
    const fence = fenceFor(shown);
    return [`${fence}${info}`, ...shown, fence].join('\n');
});
/** One line of a code block, with no control character but tabs. */
var codeLine = (function(line) {
    return line.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === '\t' ? c : '\ufffd'));
});
/** A backtick fence longer than any backtick run in the lines, and at least three. */
var fenceFor = (function(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
    return '`'.repeat(longest + 1);
});
/**
 * A rendered Markdown line cut to at most `max` characters, ending in "…", never inside a code
 * span: a span cut open would show the untrusted text it holds as Markdown. Escaped text can be
 * cut anywhere (a backslash left before "…" shows as itself).
 */
var shortenLine = (function(line, max) {
    if (line.length <= max)
        return line;
    let cut = max - 1;
    for (let i = 0; i < cut;) {
        if (line[i] === '\\') {
            i += 2;
            continue;
        }
        if (line[i] !== '`') {
            i++;
            continue;
        }
        const run = /^`+/.exec(line.slice(i))[0].length;
        const close = closingRun(line, i + run, run);
        // A span that ends past the cut, or a run the cut would shorten (it could then pair with an
        // earlier one): cut before it.
        if ((close >= 0 && close + run > cut) || i + run > cut) {
            cut = i;
            break;
        }
        i = close >= 0 ? close + run : i + run;
    }
    return `${line.slice(0, cut)}…`;
});
/** Where the next run of exactly `length` backticks starts at or after `from`; -1 if none. */
var closingRun = (function(line, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let m = runs.exec(line); m; m = runs.exec(line))
        if (m[0].length === length)
            return m.index;
    return -1;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   U_: () => (/* binding */ codeLine),
/* harmony export */   a0: () => (/* binding */ shortenLine),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText)
/* harmony export */ });
/**
 * Text from a config, a file name or AWS, made to show as the text it is wherever a report puts it.
 * GitHub renders a comment, summary or issue as CommonMark + GFM, then links what it recognises in
 * the rendered text: @mentions (which notify people and teams), #123 references (which add a
 * cross-reference to that issue), bare URLs, `www.` names and e-mail addresses. Escaping works
 * differently in each place text can stand, so there is one function per place:
 *
 * - `inlineText`: Markdown text — a paragraph, heading, list item, block quote or table cell;
 * - `code`: a code span, for names;
 * - `htmlText`: raw HTML — the `<summary>` line of a `<details>` block is an HTML block, where
 *   backslash escapes do not exist and only entities do;
 * - `codeBlock`: lines of a fenced code block.
 *
 * All of them keep the text on its line (line breaks and other control characters become spaces)
 * and replace the characters that reorder how text is displayed (bidirectional overrides). Mermaid
 * labels have their own syntax: see mermaid.ts.
 */
/** Line breaks of every kind and the other control characters: a line break ends a table row or a list item. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
/** Bidirectional embeddings, overrides and isolates: they can make text read as something else. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Between characters, invisible: breaks what GitHub would link without changing what a reader sees. */
const ZWSP = '\u200b';


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {




/**
 * The start of every mode: read the config file, validate it completely (throwing every problem
 * at once), log its warnings, and return its stacks (synthesized and checked while loading). Nothing has touched AWS or disk yet.
 */
var readTopology = (async function(configPath, deps) {
    let text;
    try {
        text = await deps.readFile(configPath);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.UserError(`cannot read the config file ${configPath}: ${(0,_file_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .fileProblem */ .W)(e)}.`);
    }
    const loaded = (0,_core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__.loadTopology)(text);
    if (!loaded.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError(configPath, loaded.diagnostics);
    for (const w of loaded.warnings)
        deps.logger.warning((0,_core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(w), { file: configPath, ...w.location });
    for (const note of loaded.synthesis.notes)
        deps.logger.warning(note);
    return { topology: loaded.topology, synthesis: loaded.synthesis };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTopology: () => (/* binding */ readTopology)
/* harmony export */ });
/* harmony import */ var _core_config_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _core_load_topology_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9239);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _file_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6114);


/***/ })

};
