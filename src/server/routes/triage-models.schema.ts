/**
 * Triage models (admin): the shipped model and retrained ones, their before/after scores on
 * the held-out split, which one is active, and the switches between them.
 */
import { z } from 'zod';

export const AxisScoreView = z.object({ count: z.number(), accuracy: z.number(), macroF1: z.number() });

export const ModelScoresView = z.object({
  category: AxisScoreView,
  emotion: AxisScoreView,
  negative: AxisScoreView,
  /** Held-out safety recall (lexicon or model); absent in reports stored before the risk heads. */
  safetyRecall: z.number().optional(),
  corrections: z.object({ category: AxisScoreView, emotion: AxisScoreView }),
});

/** What a retrain measured (triage-model/retrain.ts RetrainReport). */
export const RetrainMetricsView = z.object({
  trainedOn: z.string(),
  trainingRows: z.number(),
  corrections: z.object({
    total: z.number(),
    training: z.number(),
    heldOut: z.number(),
    weight: z.number(),
  }),
  heldOut: z.object({ corpusRows: z.number(), correctionRows: z.number() }),
  before: z.object({ version: z.string(), scores: ModelScoresView }),
  after: z.object({ version: z.string(), scores: ModelScoresView }),
  beatsActive: z.boolean(),
  milliseconds: z.number(),
});
export type RetrainMetricsView = z.infer<typeof RetrainMetricsView>;

export const TriageModelSwitchView = z.object({
  action: z.enum(['activated', 'deactivated']),
  at: z.string(),
  byId: z.string().nullable(),
  replacedBy: z.string().optional(),
});

export const TriageModelView = z.object({
  version: z.string(),
  origin: z.enum(['shipped', 'retrained']),
  active: z.boolean(),
  /** Null for the shipped model (it comes with the release). */
  createdAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  metrics: RetrainMetricsView.nullable(),
  switches: z.array(TriageModelSwitchView),
});
export type TriageModelView = z.infer<typeof TriageModelView>;

export const TriageModelList = z.object({
  activeVersion: z.string(),
  items: z.array(TriageModelView),
});

export const RetrainBody = z.strictObject({
  /** Make the new model active at once (default false: store it, switch later). */
  activate: z.boolean().optional(),
});

export const RetrainAnswer = z.object({
  version: z.string(),
  /** False when a model with the same weights was already stored. */
  created: z.boolean(),
  active: z.boolean(),
  metrics: RetrainMetricsView,
});

export const TriageModelParams = z.object({ version: z.string().trim().min(1).max(100) });

export const ActivateAnswer = z.object({
  version: z.string(),
  origin: z.enum(['shipped', 'retrained']),
  previous: z.string(),
});
