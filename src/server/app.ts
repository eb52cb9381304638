/**
 * The HTTP server: Fastify with zod at every edge, OpenAPI at /api/v1/openapi.json,
 * problem+json for every error, security headers, rate limits on public routes, and a
 * request id on every log line and response.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { CommandContext } from '../commands/context.js';
import { localizeProblem, problem, sendProblem, toProblem } from './problem.js';
import { requestLocale } from './i18n/request-locale.js';
import { accountRoutes } from './routes/accounts.js';
import { attachmentRoutes } from './routes/attachments.js';
import { complaintRoutes } from './routes/complaints.js';
import { complaintFactsRoutes } from './routes/complaint-facts.js';
import { remedyMatrixRoutes } from './routes/remedy-matrix.js';
import { authorityLimitRoutes } from './routes/authority-limits.js';
import { taskRoutes } from './routes/tasks.js';
import { notificationRoutes } from './routes/notifications.js';
import { calendarRoutes } from './routes/calendars.js';
import { coachRoutes } from './routes/coach.js';
import { operationRoutes } from './routes/operations.js';
import { triageRoutes } from './routes/triage.js';
import { triageModelRoutes } from './routes/triage-models.js';
import { publicRoutes } from './routes/public.js';
import { customerAnswerRoutes } from './routes/customer-answers.js';
import { followUpRoutes } from './routes/follow-ups.js';
import { slaRoutes } from './routes/sla.js';
import { learningRoutes } from './routes/learning.js';
import { deadlinePolicyRoutes } from './routes/deadline-policies.js';
import { complaintLinkRoutes } from './routes/complaint-links.js';
import { eventRoutes } from './routes/events.js';
import { supervisionRoutes } from './routes/supervision.js';
import { replyTemplateRoutes } from './routes/reply-templates.js';
import { teamRoutes } from './routes/teams.js';
import { categoryRoutes } from './routes/categories.js';
import type { App, RateLimits, RouteDeps } from './routes/route-context.js';
import { multipartLimits } from './http/multipart.js';

export interface AppOptions {
  ctx: CommandContext;
  /** A pino logger; none: the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  rateLimits?: Partial<RateLimits>;
  publicUrl?: string | undefined;
  trustProxy?: boolean;
  /** Called after an admin changed a calendar, so the default is reloaded at once. */
  reloadCalendar?: () => Promise<void>;
  /** The built web app (web/dist); served at / with client-side routes falling back to it. */
  webRoot?: string | undefined;
  /** JSON bodies above this answer 413. */
  bodyLimitBytes?: number;
}

export const defaultRateLimits: RateLimits = {
  publicIntakePerMinute: 20,
  publicLookupPerMinute: 120,
  loginPerMinute: 10,
};

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // JSON routes take JSON only: a text/plain body is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error, request, reply) =>
    sendProblem(
      reply,
      toProblem(error instanceof Error ? error : new Error(String(error)), request, requestLocale(request)),
    ),
  );
  const webApp = options.webRoot && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : null;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // Client-side routes of the web app (/complaints/…, /track) get the app's page.
    if (webApp && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webApp);
    }
    return sendProblem(
      reply,
      localizeProblem(
        problem(404, 'route.not_found', `No route ${request.method} ${path}.`),
        requestLocale(request),
      ),
    );
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Rate limit of ${context.max} per ${context.after} reached`), {
        statusCode: 429,
      }),
  });
  await app.register(multipart, { limits: multipartLimits, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Closeloop API',
        version: '1',
        description:
          'Complaint management: intake on every channel, triage, one owner, remedies within authority, deadlines, confirmation and learning. Errors are application/problem+json.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const deps: RouteDeps = {
    ctx: options.ctx,
    rateLimits: { ...defaultRateLimits, ...options.rateLimits },
    publicUrl: options.publicUrl,
    reloadCalendar: options.reloadCalendar ?? (async () => undefined),
  };
  operationRoutes(app, deps);
  accountRoutes(app, deps);
  complaintRoutes(app, deps);
  complaintFactsRoutes(app, deps);
  taskRoutes(app, deps);
  remedyMatrixRoutes(app, deps);
  authorityLimitRoutes(app, deps);
  publicRoutes(app, deps);
  customerAnswerRoutes(app, deps);
  followUpRoutes(app, deps);
  attachmentRoutes(app, deps);
  notificationRoutes(app, deps);
  triageRoutes(app, deps);
  coachRoutes(app, deps);
  triageModelRoutes(app, deps);
  await app.register(async (scope) => calendarRoutes(scope as App, deps));
  slaRoutes(app, deps);
  learningRoutes(app, deps);
  deadlinePolicyRoutes(app, deps);
  complaintLinkRoutes(app, deps);
  eventRoutes(app, deps);
  supervisionRoutes(app, deps);
  replyTemplateRoutes(app, deps);
  teamRoutes(app, deps);
  categoryRoutes(app, deps);

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (webApp) {
    await app.register(fastifyStatic, {
      root: webApp,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Built assets have content hashes in their names: cache them for a year.
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    // No web build (e.g. `closeloop serve` without `npm start`): the root leads to the API docs.
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/api/docs'));
  }
  return app;
}
