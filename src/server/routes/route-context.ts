/**
 * What route modules receive: the command context and the app's settings.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandContext } from '../../commands/context.js';

export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RateLimits {
  publicIntakePerMinute: number;
  publicLookupPerMinute: number;
  loginPerMinute: number;
}

export interface RouteDeps {
  ctx: CommandContext;
  /** Reloads the default calendar after an admin changed one (absent in some tests). */
  reloadCalendar: () => Promise<void>;
  rateLimits: RateLimits;
  publicUrl: string | undefined;
}
