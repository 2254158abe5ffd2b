// Parses Mermaid diagrams with Mermaid's own parser (mermaid.parse) in a jsdom window: reads a
// JSON array of diagram sources on standard input, writes a JSON array of errors (null: it parses).
// Run as a child process by test/unit/report-mermaid-parses.test.ts: jest's sandbox and jsdom's
// window do not mix.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    await mermaid.parse(source);
    results.push(null);
  } catch (e) {
    results.push(String(e?.message ?? e));
  }
}
process.stdout.write(JSON.stringify(results));
