/**
 * Learning from corrections (admin): list the triage models, retrain with agents'
 * corrections (before/after scores), and switch the active model, or back to the shipped one.
 */
import { z } from 'zod';
import { activateTriageModel } from '../../commands/activate-triage-model.js';
import { retrainTriageModel, triageModelsOf } from '../../commands/retrain-triage-model.js';
import { listTriageModels, type StoredTriageModel } from '../../store/triage-model-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import type { App, RouteDeps } from './route-context.js';
import {
  ActivateAnswer,
  RetrainAnswer,
  RetrainBody,
  RetrainMetricsView,
  TriageModelList,
  TriageModelParams,
  TriageModelSwitchView,
  type TriageModelView,
} from './triage-models.schema.js';

const tags = ['triage'];
const security = [{ bearer: [] }];

const present = (model: StoredTriageModel): TriageModelView => {
  const metrics = RetrainMetricsView.safeParse(model.metrics);
  const switches = z.array(TriageModelSwitchView).safeParse(model.metrics.switches ?? []);
  return {
    version: model.version,
    origin: 'retrained',
    active: model.active,
    createdAt: model.createdAt.toISOString(),
    createdBy: model.createdById ? { id: model.createdById, name: model.createdByName } : null,
    metrics: metrics.success ? metrics.data : null,
    switches: switches.success ? switches.data : [],
  };
};

export function triageModelRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/triage/models',
    {
      schema: {
        tags,
        security,
        summary: 'The triage models: the shipped one and every retrained one, with scores (admin)',
        response: { 200: TriageModelList },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'triage.retrain');
      const models = triageModelsOf(ctx);
      const stored = await listTriageModels(ctx.database.db);
      const anyActive = stored.some((model) => model.active);
      return {
        activeVersion: models.active.version,
        items: [
          {
            version: models.shipped.version,
            origin: 'shipped' as const,
            active: !anyActive,
            createdAt: null,
            createdBy: null,
            metrics: null,
            switches: [],
          },
          ...stored.map(present),
        ],
      };
    },
  );

  app.post(
    '/api/v1/triage/models/retrain',
    {
      schema: {
        tags,
        security,
        summary: "Retrain the triage model with agents' corrections; scores before and after (admin)",
        description:
          'Trains on the committed corpus plus every corrected complaint (a correction counts 3 times; 20 % of corrected complaints, by id, are held out). Scores the active model and the new one on the same held-out split. The new model is stored; it becomes active only with activate: true. The request waits for the training: about 80 s on the full corpus on two cores.',
        // No body at all is the same as {}.
        body: RetrainBody.nullish(),
        response: { 201: RetrainAnswer },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(ctx, request, 'triage.retrain');
      const result = await retrainTriageModel(ctx, { activate: request.body?.activate }, principal.user.id);
      request.log.info(
        {
          modelVersion: result.version,
          active: result.active,
          beatsActive: result.report.beatsActive,
          ms: result.report.milliseconds,
          by: principal.user.id,
        },
        'triage model retrained',
      );
      return reply.status(201).send({
        version: result.version,
        created: result.created,
        active: result.active,
        metrics: result.report,
      });
    },
  );

  app.post(
    '/api/v1/triage/models/:version/activate',
    {
      schema: {
        tags,
        security,
        summary: 'Make a triage model active in every process; "shipped" switches back (admin)',
        params: TriageModelParams,
        response: { 200: ActivateAnswer },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'triage.retrain');
      const switched = await activateTriageModel(ctx, request.params.version, principal.user.id);
      request.log.info({ ...switched, by: principal.user.id }, 'triage model switched');
      return switched;
    },
  );
}
