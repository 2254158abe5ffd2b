export const id = 116;
export const ids = [116];
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


/***/ })

};
