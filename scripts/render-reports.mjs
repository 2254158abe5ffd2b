// Renders each golden report (test/golden-reports/*.md) as GitHub would show it, to PNG, in light
// and dark mode, so a person can look at them:
//
//   npm run render-reports                       # every report → out/reports/<name>-{light,dark}.png
//   npm run render-reports -- drift plan-first-deploy
//
// GitHub Flavored Markdown by marked (tables, strikethrough, autolinks), GitHub's alerts
// ("> [!CAUTION]") and its stylesheets (github-markdown-css), Mermaid by Mermaid itself, all in
// headless Chromium from the machine's packages (Debian: apt-get install chromium), driven by
// playwright-core: nothing downloads a browser. Like GitHub, raw HTML is limited to what its
// sanitizer lets through (details, summary, sub, br, code); anything else shows as text.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const reportsDir = join(root, 'test', 'golden-reports');
const outDir = join(root, 'out', 'reports');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.error(
    `render-reports: no Chromium at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM.`,
  );
  process.exit(2);
}

const ALLOWED_HTML = /^<\/?(details|summary|sub|br|code|b|strong|em|p)(\s+open)?\s*\/?>$/i;
const ALERTS = { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' };

function toHtml(markdown) {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      // GitHub's sanitizer: only a few tags survive; anything else is shown as the text it is.
      html({ text }) {
        return text.replace(/<[^>]*>/g, (tag) =>
          ALLOWED_HTML.test(tag) ? tag : tag.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
        );
      },
      code({ text, lang }) {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        if (lang === 'mermaid') return `<pre class="mermaid">${escaped}</pre>\n`;
        return `<pre><code class="language-${lang ?? ''}">${escaped}</code></pre>\n`;
      },
      blockquote({ tokens }) {
        const body = this.parser.parse(tokens);
        const alert = /^<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*(<br>)?\n?/.exec(body);
        if (!alert) return `<blockquote>\n${body}</blockquote>\n`;
        const kind = alert[1];
        const rest = body.slice(alert[0].length).replace(/^<\/p>\n?/, '');
        return `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${ALERTS[kind]}</p><p>${rest}</div>\n`;
      },
    },
  });
  return marked.parse(markdown);
}

function page(markdown, mode) {
  const css = readFileSync(require.resolve(`github-markdown-css/github-markdown-${mode}.css`), 'utf8');
  const background = mode === 'dark' ? '#0d1117' : '#ffffff';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { background: ${background}; margin: 0; }
    .markdown-body { box-sizing: border-box; width: 1012px; padding: 24px; }
    .markdown-alert { padding: 8px 16px; margin-bottom: 16px; border-left: .25em solid var(--borderColor-default, #3d444d); }
    .markdown-alert > :last-child { margin-bottom: 0; }
    .markdown-alert-title { display: flex; font-weight: 600; align-items: center; line-height: 1; }
    .markdown-alert-note { border-left-color: var(--borderColor-accent-emphasis, #1f6feb); }
    .markdown-alert-note .markdown-alert-title { color: var(--fgColor-accent, #4493f8); }
    .markdown-alert-warning { border-left-color: var(--borderColor-attention-emphasis, #9e6a03); }
    .markdown-alert-warning .markdown-alert-title { color: var(--fgColor-attention, #d29922); }
    .markdown-alert-caution { border-left-color: var(--borderColor-danger-emphasis, #da3633); }
    .markdown-alert-caution .markdown-alert-title { color: var(--fgColor-danger, #f85149); }
    pre.mermaid { background: transparent; }
  </style></head><body><article class="markdown-body">${toHtml(markdown)}</article></body></html>`;
}

/** Height of one page of a tall report. */
const PAGE = 1400;

const wanted = process.argv.slice(2);
const names = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => basename(f, '.md'))
  .filter((n) => wanted.length === 0 || wanted.includes(n));
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js');
  for (const name of names) {
    const markdown = readFileSync(join(reportsDir, `${name}.md`), 'utf8');
    for (const mode of ['light', 'dark']) {
      const tab = await browser.newPage({ viewport: { width: 1012, height: 800 } });
      await tab.setContent(page(markdown, mode));
      await tab.addScriptTag({ path: mermaidJs });
      const errors = await tab.evaluate(
        async (theme) => {
          // As GitHub: Mermaid's own theme for the page's mode, labels as HTML.
          globalThis.mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
          try {
            await globalThis.mermaid.run({ querySelector: 'pre.mermaid' });
            return [];
          } catch (e) {
            return [String(e?.message ?? e)];
          }
        },
        mode === 'dark' ? 'dark' : 'default',
      );
      if (errors.length > 0) console.error(`${name} (${mode}): Mermaid: ${errors.join('; ')}`);
      const file = join(outDir, `${name}-${mode}.png`);
      await tab.locator('article').screenshot({ path: file });
      console.log(file);
      // A tall report also in pages a screen high, easier to look at one by one.
      const box = await tab.locator('article').boundingBox();
      for (let y = 0, n = 1; box && box.height > PAGE && y < box.height; y += PAGE, n++) {
        const part = join(outDir, `${name}-${mode}-${n}.png`);
        const height = Math.min(PAGE, box.height - y);
        await tab.screenshot({
          path: part,
          fullPage: true,
          clip: { x: box.x, y: box.y + y, width: box.width, height },
        });
        console.log(part);
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
