/**
 * What route modules receive: the command context and the app's settings.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandContext } from '../../commands/context.js';

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RateLimits {
  publicIntakePerMinute: number;
  publicLookupPerMinute: number;
  loginPerMinute: number;
}

export interface RouteDeps {
  ctx: CommandContext;
  rateLimits: RateLimits;
  publicUrl: string | undefined;
}
