export const id = 707;
export const ids = [707];
export const modules = {

/***/ 8754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSynthSummary: () => (/* binding */ renderSynthSummary)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);

/** Job-summary Markdown for a synth run: the stacks in deploy order and where they go. */
function renderSynthSummary(manifest, outDir) {
    const rows = manifest.stacks.map((s, i) => `| ${i + 1} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.name)} | ${s.kind} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.account)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(s.region)} | ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.template)} |`);
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
}


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/** The text on one line, with nothing that reorders it. */
function oneLine(text) {
    return text.replace(CONTROL, ' ').replace(BIDI, '\ufffd');
}
/**
 * What GitHub links after rendering, broken by an invisible space: escapes cannot stop it, as it
 * reads the rendered text. `@name` (a mention, or an e-mail address), `#1` and `GH-1` (references),
 * `scheme://` and `www.` (bare URLs).
 */
function unlinked(text) {
    return text
        .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Untrusted text in Markdown. Backslash-escapes every character that can start or end markup
 * anywhere in a line: `\` `` ` `` `*` `_` `~` (emphasis, code, strikethrough), `[` `]` `!` (links,
 * images, footnotes, alerts), `<` `>` (HTML, comments, autolinks), `&` (entities), `|` (table
 * cells), `$` (math), `#` `+` `{` `}`. Where the text could start a line, `-` `+` `=` and an
 * ordered-list number are escaped as well and leading spaces dropped, so it starts no list,
 * heading or code block.
 */
function inlineText(text) {
    return unlinked(oneLine(text))
        .replace(/[\\`*_~[\]!<>&|$#+{}]/g, (c) => `\\${c}`)
        .replace(/^ +/, '')
        .replace(/^[-=]/, (c) => `\\${c}`)
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/**
 * Untrusted text as a code span, which shows it literally: no markup, no links. The span's
 * backticks outnumber any run in the text, so the text cannot close it. A pipe is written `\|`:
 * GFM splits table rows at pipes even inside code spans, and in a table GitHub shows `\|` as `|`
 * (elsewhere the backslash shows; names with pipes are rare).
 */
function code(text) {
    const body = oneLine(text).replace(/\|/g, '\\|');
    if (body.trim() === '')
        return '` `';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    // CommonMark strips one space on each side when both are there, and a backtick at an end would
    // join the span's own: a space on each side keeps the text as it is.
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/** Untrusted text in raw HTML (the `<summary>` line of a `<details>` block, inside or outside `<code>`). */
function htmlText(text) {
    return unlinked(oneLine(text)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/**
 * Lines as a fenced code block: shown literally, closed by a fence longer than any backtick run in
 * them. A carriage return would end a line in Markdown: control characters but tabs become U+FFFD.
 */
function codeBlock(lines, info = '') {
    const shown = lines.map(codeLine);
    const fence = fenceFor(shown);
    return [`${fence}${info}`, ...shown, fence].join('\n');
}
/** One line of a code block, with no control character but tabs. */
function codeLine(line) {
    return line.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === '\t' ? c : '\ufffd'));
}
/** A backtick fence longer than any backtick run in the lines, and at least three. */
function fenceFor(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
    return '`'.repeat(longest + 1);
}
/**
 * A rendered Markdown line cut to at most `max` characters, ending in "…", never inside a code
 * span: a span cut open would show the untrusted text it holds as Markdown. Escaped text can be
 * cut anywhere (a backslash left before "…" shows as itself).
 */
function shortenLine(line, max) {
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
}
/** Where the next run of exactly `length` backticks starts at or after `from`; -1 if none. */
function closingRun(line, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let m = runs.exec(line); m; m = runs.exec(line))
        if (m[0].length === length)
            return m.index;
    return -1;
}


/***/ })

};
