/**
 * The triage model commands run (`ctx.triage`): the database's active retrained model if
 * there is one, else the shipped model file. Loaded at start and reloaded on the
 * `closeloop_triage_models` NOTIFY that every switch sends, so every process on the same
 * database changes model at once; `ctx.triage` is a stable function that follows it.
 */
import type { Logger } from 'pino';
import { createTriage } from '../domain/triage/index.js';
import type { TriageInput, TriageResult } from '../domain/triage/triage-result.js';
import type { Database } from '../store/database.js';
import { findActiveTriageModel, triageModelsChannel } from '../store/triage-model-repository.js';
import { readCorpus, type CorpusRow } from '../triage-model/corpus.js';
import type { LoadedTriage } from '../triage-model/load-triage-model.js';
import type { LinearTriageModel } from '../domain/triage/linear-model.js';
import { decodeModel } from '../triage-model/model-file.js';
import { committedCorpusDirectory } from '../triage-model/retrain.js';

export type Triage = (input: TriageInput) => TriageResult;

export interface ActiveTriageModel {
  version: string;
  /** 'shipped': the model file in the repo (or the lexicon); 'retrained': a stored model. */
  origin: 'shipped' | 'retrained';
  triage: Triage;
  /** The trained model behind `triage` (null: the lexicon), e.g. to score it in a worker thread. */
  model: LinearTriageModel | null;
}

export interface TriageModelBook {
  /** The model new triage results come from. */
  readonly active: ActiveTriageModel;
  /** The shipped model, what "switch back" returns to. */
  readonly shipped: ActiveTriageModel;
  /** The rows a retrain learns from besides the corrections (default: corpus/triage). */
  corpus(): readonly CorpusRow[];
  /** Reads the active model again (after this process switched). */
  reload(): Promise<void>;
}

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

export class TriageModelSource implements TriageModelBook {
  readonly shipped: ActiveTriageModel;
  private current: ActiveTriageModel;
  private reloading: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | null = null;

  private constructor(
    private readonly database: Database,
    shipped: LoadedTriage,
    private readonly readTrainingCorpus: () => readonly CorpusRow[],
    private readonly log: Log,
  ) {
    this.shipped = {
      version: shipped.modelVersion,
      origin: 'shipped',
      triage: shipped.triage,
      model: shipped.model,
    };
    this.current = this.shipped;
  }

  /** Loads the active model and follows every switch from then on. */
  static async start(
    database: Database,
    options: { shipped: LoadedTriage; corpus?: () => readonly CorpusRow[]; log?: Log },
  ): Promise<TriageModelSource> {
    const source = new TriageModelSource(
      database,
      options.shipped,
      options.corpus ?? (() => readCorpus(committedCorpusDirectory)),
      options.log ?? silent,
    );
    await source.reload();
    source.unlisten = await database.listen(
      triageModelsChannel,
      () => void source.reload().catch(() => undefined),
    );
    return source;
  }

  get active(): ActiveTriageModel {
    return this.current;
  }

  /** For `ctx.triage`: one function for the process's life, running the model active at the call. */
  readonly triage: Triage = (input) => this.current.triage(input);

  corpus(): readonly CorpusRow[] {
    return this.readTrainingCorpus();
  }

  reload(): Promise<void> {
    // One load at a time, in order: a slow earlier load never overwrites a later switch.
    this.reloading = this.reloading.catch(() => undefined).then(() => this.load());
    return this.reloading;
  }

  private async load(): Promise<void> {
    const stored = await findActiveTriageModel(this.database.db);
    if (!stored) {
      if (this.current !== this.shipped) {
        this.log.info({ modelVersion: this.shipped.version }, 'triage model: shipped');
      }
      this.current = this.shipped;
      return;
    }
    if (stored.version === this.current.version && this.current.origin === 'retrained') return;
    try {
      const { model } = decodeModel(stored.file);
      this.current = { version: model.version, origin: 'retrained', triage: createTriage({ model }), model };
      this.log.info({ modelVersion: model.version }, 'triage model: retrained model active');
    } catch (error) {
      // A stored model this code cannot read must not stop triage: keep the shipped one.
      this.current = this.shipped;
      this.log.error(
        { err: error, modelVersion: stored.version },
        'the active triage model could not be read; triage uses the shipped model',
      );
    }
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.reloading.catch(() => undefined);
  }
}
