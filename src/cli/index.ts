/**
 * `counterpoint`: the command line. argv, files and stdout only; everything else is the core.
 * Exit codes: 0 ok, 1 bad input (a file or pack that is wrong), 2 usage (the command line is wrong).
 */
import { Command, CommanderError } from 'commander';
import { packCommand } from './commands/pack';
import { EXIT } from './exit';

const program = new Command('counterpoint')
  .description("Finds the sentences of news articles that report a reference story's claims.")
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program.addCommand(packCommand());
const extra = await import('./commands/registry');
for (const make of extra.commands) program.addCommand(make());

/** Usage errors exit 2 and print a hint, in every sub-command (commander copies no settings into addCommand's). */
function configure(cmd: Command): void {
  cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  cmd.commands.forEach(configure);
}
configure(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
    process.exitCode = ok ? EXIT.ok : EXIT.usage;
  } else {
    console.error(`counterpoint: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = EXIT.input;
  }
}
