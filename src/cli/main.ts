/**
 * `closeloop <command>`: serve, worker, migrate, backup, vacuum (CONTRACT.md §1).
 * Each command has --help; a bad environment variable stops with a message naming it.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirBusyError } from '../store/data-dir-lock.js';
import { commands } from './commands.js';

const [name, ...rest] = process.argv.slice(2);

function usage(): string {
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `Usage: closeloop <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun closeloop <command> --help for its options.`;
}

if (!name || name === '--help' || name === '-h' || name === 'help') {
  console.log(usage());
  process.exit(name ? 0 : 1);
}
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}".\n\n${usage()}`);
  process.exit(2);
}
let parsed;
try {
  parsed = parseArgs({
    args: rest,
    options: { help: { type: 'boolean', short: 'h' }, ...command.options },
    allowPositionals: command.positionals ?? false,
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${command.help}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(command.help);
  process.exit(0);
}
try {
  const config = loadConfig();
  await command.run(config, parsed.values, parsed.positionals);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirBusyError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error);
  process.exit(1);
}
