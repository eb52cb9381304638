/**
 * Errors to HTTP: the only place that knows statuses. Every answer that is not a
 * success is `application/problem+json` (RFC 9457) with `type`, `title`, `status`,
 * `detail`, `code` and, for invalid input, `errors[]` listing every problem. Texts are
 * English where they are made; `localizeProblem` puts title, detail and every message in
 * the request's language (i18n/problem-messages.ts), keeping codes, paths and statuses.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorCode, type FieldProblem } from '../domain/errors.js';
import type { Locale } from '../domain/vocabulary.js';
import { chineseOf, titles as titlesZh } from './i18n/problem-messages.js';
import { isZodDefault, zodIssueZh, type ValidationIssue } from './i18n/zod-issues.js';

const statusByCode = {
  'complaint.not_found': 404,
  'complaint.transition_not_allowed': 409,
  'complaint.precondition_failed': 409,
  'complaint.version_conflict': 409,
  'remedy.not_found': 404,
  'remedy.not_concrete': 400,
  'remedy.beyond_authority': 403,
  'remedy.already_decided': 409,
  'task.not_found': 404,
  'reply_template.not_found': 404,
  'task.not_open': 409,
  'attachment.not_found': 404,
  'attachment.too_large': 413,
  'attachment.type_not_allowed': 415,
  'user.not_found': 404,
  'user.email_taken': 409,
  'user.self_lockout': 409,
  'user.last_admin': 409,
  'auth.invalid_credentials': 401,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.token_not_found': 404,
  'job.not_found': 404,
  'calendar.not_found': 404,
  'survey.not_open': 409,
  'survey.already_submitted': 409,
  'offer.not_open': 409,
  'follow_up.not_open': 409,
  'action.not_found': 404,
  'action.not_open': 409,
  'case.not_found': 404,
  'case.already_in_library': 409,
  'triage_model.not_found': 404,
  'triage_model.unreadable': 409,
  'team.not_found': 404,
  'team.name_taken': 409,
  'input.invalid': 400,
} as const satisfies Record<DomainErrorCode, number>;

const titles: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not authenticated',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldProblem[];
}

export function problem(status: number, code: string, detail: string, errors?: FieldProblem[]): Problem {
  return {
    type: `https://closeloop.dev/problems/${code.replaceAll('.', '/')}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}

/** Fastify's own errors, by code, for bad requests that never reach a route's schema. */
const fastifyCodes: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'request.malformed_json',
    detail: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.empty_body', detail: 'The JSON body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.too_large', detail: 'The body is too large.' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'request.too_large', detail: 'A file is too large.' },
  FST_FILES_LIMIT: { status: 413, code: 'request.too_many_files', detail: 'Too many files in one request.' },
  FST_PARTS_LIMIT: { status: 413, code: 'request.too_many_parts', detail: 'Too many parts in one request.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    detail: 'This content type is not accepted here.',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    detail: 'Send the files as multipart/form-data.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'request.bad_content_length',
    detail: 'The Content-Length does not match the body.',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    status: 400,
    code: 'request.bad_content_type',
    detail: 'The Content-Type is invalid.',
  },
};

/** The zod issue behind an `errors[]` entry, so its Chinese can be made from its fields. */
const issueOf = new WeakMap<FieldProblem, ValidationIssue>();

/** The problem in the request's language: en-US as made, zh-CN through the catalogue. */
export function localizeProblem(p: Problem, locale: Locale): Problem {
  if (locale === 'en-US') return p;
  return {
    ...p,
    title: titlesZh[p.status] ?? '出错了',
    detail: chineseOf(p.detail) ?? p.detail,
    ...(p.errors
      ? { errors: p.errors.map((entry) => ({ path: entry.path, message: messageZh(entry) })) }
      : {}),
  };
}

/** Ours from the catalogue; zod's own re-rendered from the issue; anything else stays English. */
function messageZh(entry: FieldProblem): string {
  const known = chineseOf(entry.message);
  if (known !== undefined) return known;
  const issue = issueOf.get(entry);
  return issue && isZodDefault(issue) ? zodIssueZh(issue) : entry.message;
}

export function toProblem(
  error: FastifyError | Error,
  request: FastifyRequest,
  locale: Locale = 'en-US',
): Problem {
  return localizeProblem(englishProblem(error, request), locale);
}

function englishProblem(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof DomainError) {
    return problem(
      statusByCode[error.code],
      error.code,
      error.message,
      error.errors ? [...error.errors] : undefined,
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const errors = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const where =
        context === 'body' || !context
          ? path
          : `${context === 'querystring' ? 'query' : context}${path ? `.${path}` : ''}`;
      const entry: FieldProblem = { path: where || (context ?? 'body'), message: v.message ?? 'is invalid' };
      issueOf.set(entry, { keyword: v.keyword, message: entry.message, params: v.params });
      return entry;
    });
    return problem(400, 'input.invalid', `The request has ${errors.length} invalid field(s).`, errors);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response failed its schema');
    return problem(500, 'internal', 'Something went wrong on our side. It has been logged.');
  }
  const fastifyError = error as FastifyError;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known) return problem(known.status, known.code, known.detail);
  if (fastifyError.statusCode === 429) {
    return problem(429, 'request.rate_limited', 'Too many requests: wait a moment and try again.');
  }
  if (isDatabaseInputError(error)) {
    // Our schemas should catch bad text first; the database is the last line, never a 500.
    return problem(400, 'input.invalid', 'The request contains characters that cannot be stored.', [
      { path: 'body', message: 'Remove NUL and other control characters.' },
    ]);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return problem(fastifyError.statusCode, 'request.invalid', fastifyError.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(500, 'internal', 'Something went wrong on our side. It has been logged.');
}

/** PostgreSQL's "invalid byte sequence"/"unsupported Unicode escape" family: bad input, not our fault. */
function isDatabaseInputError(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  const code = e.cause?.code ?? e.code;
  return code === '22021' || code === '22P05' || code === '22P02';
}
