import { parseArgs } from 'node:util';
import { consoleLogger, type Logger } from './shell/logger.js';
import { readTextFile, writeOutputDir } from './shell/fs/output-dir.js';
import { runSynth } from './synth-command.js';
import { EXIT, REPORT_BUGS, UserError, exitCodeOf } from './errors.js';
import {
  CONFIG_REFERENCE_FILE,
  configReferenceText,
  configSchemaText,
  genericTemplateFiles,
  SCHEMA_FILE,
} from './core/generic-files.js';

const USAGE = `usage:
  s3-xrepl synth --config FILE --out DIR     validate a config and write its templates, parameters and manifest.json
  s3-xrepl validate --config FILE            only validate the config
  s3-xrepl templates --out DIR               write the generic destination and bootstrap templates
  s3-xrepl schema [--out DIR]                write (or print) the config's JSON Schema and its Markdown reference`;

/** The CLI: the same code the action runs, from a terminal. Returns the exit code. */
export async function runCli(argv: readonly string[], logger: Logger = consoleLogger()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values } = parseArgs({
      args: rest,
      options: { config: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
    const need = (name: 'config' | 'out'): string => {
      const v = values[name];
      if (!v) throw new UserError(`${command} needs --${name}\n${USAGE}`);
      return v;
    };
    switch (command) {
      case 'synth':
        await runSynth(
          { configPath: need('config'), outDir: need('out') },
          { readFile: readTextFile, writeOutputDir, logger },
        );
        return EXIT.ok;
      case 'validate':
        await runSynth(
          { configPath: need('config'), outDir: '(not written)' },
          {
            readFile: readTextFile,
            writeOutputDir: async () => [],
            logger: { ...logger, info: () => undefined },
          },
        );
        logger.info(`${values.config}: valid`);
        return EXIT.ok;
      case 'templates': {
        const written = await writeOutputDir(need('out'), genericTemplateFiles());
        logger.info(`wrote ${written.join(', ')}`);
        return EXIT.ok;
      }
      case 'schema':
        if (values.out) {
          await writeOutputDir(
            values.out,
            new Map([
              [SCHEMA_FILE, configSchemaText()],
              [CONFIG_REFERENCE_FILE, configReferenceText()],
            ]),
          );
        } else process.stdout.write(configSchemaText());
        return EXIT.ok;
      case undefined:
      case '--help':
      case 'help':
        logger.info(USAGE);
        return command === undefined ? EXIT.user : EXIT.ok;
      default:
        throw new UserError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UserError) logger.error(e.message + (e.remedy ? `\n${e.remedy}` : ''));
    else if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      logger.error(`${(e as Error).message}\n${USAGE}`);
      return EXIT.user;
    } else logger.error(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`);
    return exitCodeOf(e);
  }
}
