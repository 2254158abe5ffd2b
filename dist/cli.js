#!/usr/bin/env node
// The s3-xrepl command (package.json "bin"): the same bundle as the action, entered from a terminal.
// A terminal runs the CLI again and again: Node's compile cache (22.1+) keeps the compiled bundle
// between runs, so only the first run pays for compiling it.
import module from 'node:module';

module.enableCompileCache?.();
const { cli } = await import('./index.js');
process.exitCode = await cli(process.argv.slice(2));
