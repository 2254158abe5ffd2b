import { pathToFileURL } from 'node:url';

/** The terminal's entry (dist/cli.js imports it): the action's code is never loaded for it. */
export async function cli(argv: readonly string[]): Promise<number> {
  return (await import(/* webpackChunkName: "cli" */ './cli.js')).runCli(argv);
}

// Run by the runner as `node dist/index.js`: the action. Imported (by dist/cli.js, or a test): nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [{ runAction }, { actionsRuntime }] = await Promise.all([
    import(/* webpackChunkName: "action" */ './action.js'),
    import(/* webpackChunkName: "action" */ './action-runtime.js'),
  ]);
  process.exitCode = await runAction(actionsRuntime());
}
