/**
 * `duizhao`: the command line over the same core as the workbench.
 * Exit codes: 0 success, 1 QA errors found (qa), 2 bad input or usage. No stack traces for user errors.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../api/create-core';
import { registerImport } from './commands/import-command';
import { registerExport } from './commands/export-command';
import { registerGlossary } from './commands/glossary-command';
import { registerQa } from './commands/qa-command';
import { registerServe } from './commands/serve-command';
import { registerSrx } from './commands/srx-command';
import { describeError, UsageError } from './user-error';

const program = new Command('duizhao')
  .description('Duizhao (对照): translate Chinese articles into English under a shared glossary')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerImport(program);
registerExport(program);
registerGlossary(program);
registerQa(program);
registerServe(program);
registerSrx(program);

function fail(message: string): never {
  process.stderr.write(`duizhao: ${message}\n`);
  process.exit(2);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exit(e.exitCode === 0 ? 0 : 2);
  }
  if (e instanceof UsageError) fail(e.message);
  const err = e as { code?: unknown; details?: unknown; message?: string };
  if (typeof err.code === 'string' && typeof err.details === 'object' && err.details !== null) {
    fail(describeError(err.code, err.details as Record<string, unknown>));
  }
  if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    // file-system errors: ENOENT, EACCES, … name the file
    fail(err.message ?? err.code);
  }
  throw e;
}
