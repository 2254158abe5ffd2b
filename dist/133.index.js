export const id = 133;
export const ids = [133];
export const modules = {

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
var renderAll = (function(parts) {
    return join([...parts.head, ...parts.details.map((d) => renderDetail(d)), ...parts.tail]);
});
/**
 * The report within `limit` characters (JavaScript string length, which is what GitHub counts for
 * the common case; surrogate pairs make it conservative). Details keep their order; the first that
 * does not fit is shortened, the rest are replaced by `omitted(n)`.
 */
var renderWithin = (function(parts, limit, omitted) {
    const whole = renderAll(parts);
    if (whole.length <= limit)
        return whole;
    const fixed = join([...parts.head, omitted(parts.details.length), ...parts.tail]).length;
    let room = limit - fixed;
    const kept = [];
    let i = 0;
    for (; i < parts.details.length; i++) {
        const full = renderDetail(parts.details[i]);
        if (full.length + 2 <= room) {
            kept.push(full);
            room -= full.length + 2;
            continue;
        }
        if (room - 2 >= MIN_USEFUL_DETAIL && !parts.details[i].whole) {
            const cut = renderDetail(parts.details[i], room - 2);
            if (cut !== undefined) {
                kept.push(cut);
                i++;
            }
        }
        break;
    }
    const rest = parts.details.length - i;
    return join([...parts.head, ...kept, ...(rest > 0 ? [omitted(rest)] : []), ...parts.tail]);
});
var join = (function(blocks) {
    return blocks.join('\n\n') + '\n';
});
/** One `<details>` block, shortened to `maxChars` by dropping lines from the end; undefined if even that cannot fit. */
var renderDetail = (function(d, maxChars = Number.POSITIVE_INFINITY) {
    const lines = d.fence !== undefined ? d.lines.map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeLine */ .U_) : d.lines;
    const fence = d.fence !== undefined ? (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(lines) : '';
    const build = (lines, dropped) => {
        const body = d.fence !== undefined ? [`${fence}${d.fence}`, ...lines, fence] : [...lines];
        const note = dropped > 0 ? [`_${dropped} more lines not shown here: see the job summary._`] : [];
        return [
            d.open ? '<details open>' : '<details>',
            `<summary>${d.summary}</summary>`,
            '',
            ...body,
            ...note,
            '',
            '</details>',
        ].join('\n');
    };
    const full = build(lines, 0);
    if (full.length <= maxChars)
        return full;
    if (d.whole)
        return undefined;
    // Longest prefix of lines that fits, by binary search on the count.
    let lo = 0;
    let hi = lines.length - 1;
    let best;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const text = build(lines.slice(0, mid), lines.length - mid);
        if (text.length <= maxChars) {
            best = text;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   renderAll: () => (/* binding */ renderAll),
/* harmony export */   renderDetail: () => (/* binding */ renderDetail),
/* harmony export */   renderWithin: () => (/* binding */ renderWithin)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3502);

/** GitHub's limit for an issue or pull request comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Below this, a shortened detail says too little to be worth its summary line. */
const MIN_USEFUL_DETAIL = 400;


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


/***/ })

};
