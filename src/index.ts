import { runAction } from './action.js';
import { actionsRuntime } from './shell/github/actions-runtime.js';

process.exitCode = await runAction(actionsRuntime());
