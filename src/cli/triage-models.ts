/**
 * `closeloop triage retrain [--activate]`, `closeloop triage models`,
 * `closeloop triage activate <version|shipped>`: the admin API's model commands from a shell
 * (no user: switches are recorded with byId null). On PostgreSQL, running servers follow a
 * switch at once (NOTIFY); a PGlite data dir belongs to one process, so stop the server first.
 */
import pino from 'pino';
import type { Config } from '../config.js';
import { activateTriageModel } from '../commands/activate-triage-model.js';
import { retrainTriageModel, triageModelsOf } from '../commands/retrain-triage-model.js';
import type { CommandContext } from '../commands/context.js';
import { openRuntime } from '../runtime.js';
import { listTriageModels } from '../store/triage-model-repository.js';
import type { AxisScore } from '../triage-model/metrics.js';
import type { ModelScores, RetrainReport } from '../triage-model/retrain.js';

type Print = (line: string) => void;

const score = (axis: AxisScore) =>
  axis.count === 0 ? '     —' : `${axis.accuracy.toFixed(3)} / ${axis.macroF1.toFixed(3)}`;

function printReport(report: RetrainReport, print: Print): void {
  const rows: [string, (s: ModelScores) => AxisScore][] = [
    ['category', (s) => s.category],
    ['emotion', (s) => s.emotion],
    ['negative vs not', (s) => s.negative],
    ['corrections: category', (s) => s.corrections.category],
    ['corrections: emotion', (s) => s.corrections.emotion],
  ];
  print(
    `trained on ${report.trainingRows} rows (${report.corrections.training} corrections × ${report.corrections.weight}); ` +
      `held out ${report.heldOut.corpusRows} corpus rows and ${report.heldOut.correctionRows} corrections; ${(report.milliseconds / 1000).toFixed(1)} s`,
  );
  print(
    `| held-out axis (accuracy / macro-F1) | before ${report.before.version} | after ${report.after.version} |`,
  );
  print('|---|---|---|');
  for (const [name, pick] of rows) {
    print(`| ${name} | ${score(pick(report.before.scores))} | ${score(pick(report.after.scores))} |`);
  }
  print(
    report.beatsActive
      ? 'The new model beats the active one (mean macro-F1 of category and emotion).'
      : 'The new model does not beat the active one (mean macro-F1 of category and emotion).',
  );
}

export async function retrainFromCli(ctx: CommandContext, activate: boolean, print: Print): Promise<void> {
  const result = await retrainTriageModel(ctx, { activate }, null);
  printReport(result.report, print);
  print(
    `${result.created ? 'stored' : 'already stored'} ${result.version}; ` +
      (result.active
        ? 'active now.'
        : `not active (closeloop triage activate ${result.version} makes it so).`),
  );
}

export async function listModelsFromCli(ctx: CommandContext, print: Print): Promise<void> {
  const models = triageModelsOf(ctx);
  const stored = await listTriageModels(ctx.database.db);
  const anyActive = stored.some((model) => model.active);
  print('| version | active | created | category macro-F1 before → after | corrections |');
  print('|---|---|---|---|---|');
  print(`| ${models.shipped.version} (shipped) | ${anyActive ? '' : 'yes'} | with the release | | |`);
  for (const model of stored) {
    const report = model.metrics as Partial<RetrainReport>;
    const category =
      report.before && report.after
        ? `${report.before.scores.category.macroF1.toFixed(3)} → ${report.after.scores.category.macroF1.toFixed(3)}`
        : '';
    print(
      `| ${model.version} | ${model.active ? 'yes' : ''} | ${model.createdAt.toISOString()} ${model.createdByName ?? '(cli)'} | ${category} | ${report.corrections?.total ?? ''} |`,
    );
  }
}

export async function activateFromCli(ctx: CommandContext, version: string, print: Print): Promise<void> {
  const switched = await activateTriageModel(ctx, version, null);
  print(`active: ${switched.version} (${switched.origin}); before: ${switched.previous}`);
}

/** Runs `closeloop triage <subcommand> [args]`; a usage error throws with the help text. */
export async function runTriageModelCommand(
  config: Config,
  positionals: readonly string[],
  activate: boolean,
  help: string,
): Promise<void> {
  const [subcommand = '', ...args] = positionals;
  const usage = (message: string) => new Error(`${message}\n\n${help}`);
  if (!['retrain', 'models', 'activate'].includes(subcommand)) {
    throw usage(subcommand ? `Unknown subcommand "triage ${subcommand}".` : '--activate goes with retrain.');
  }
  if (activate && subcommand !== 'retrain') throw usage('--activate goes with retrain.');
  if (subcommand === 'activate' ? args.length !== 1 : args.length !== 0) {
    throw usage(`Unexpected arguments for "triage ${subcommand}".`);
  }
  // Logs go to stderr: stdout carries the report.
  const log = pino({ level: config.logLevel }, pino.destination(2));
  const { ctx, database } = await openRuntime(config, log);
  const print: Print = (line) => console.log(line);
  try {
    if (subcommand === 'retrain') await retrainFromCli(ctx, activate, print);
    else if (subcommand === 'models') await listModelsFromCli(ctx, print);
    else await activateFromCli(ctx, args[0]!, print);
  } finally {
    await database.close();
  }
}
