import { AppError, ERROR_CODES, type AppErrorDetail, type ErrorBody, type ErrorCode } from '@motcua/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLanguage } from './language.js';

/**
 * Errors leave through this one door: every failure becomes
 * {"error":{code,message,details?,requestId}} in the client's language. Stack traces, SQL
 * and driver messages go to the log only.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, details } = classify(error, request);
    const status = ERROR_CODES[code].status;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, internal: error.message }, 'request refused');
    return sendError(request, reply, code, details);
  });
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: AppErrorDetail[],
): FastifyReply {
  const language = requestLanguage(request);
  const rendered = details?.map((d) => ({
    field: d.field,
    message: typeof d.message === 'string' ? d.message : d.message[language],
    ...(d.reason ? { reason: d.reason } : {}),
  }));
  const body: ErrorBody = {
    error: {
      code,
      message: ERROR_CODES[code][language],
      ...(rendered && rendered.length > 0 ? { details: rendered } : {}),
      requestId: request.id,
    },
  };
  return reply.status(ERROR_CODES[code].status).type('application/json').send(body);
}

function classify(error: FastifyError, request: FastifyRequest): { code: ErrorCode; details?: AppErrorDetail[] } {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return { code: 'VALIDATION_FAILED', details: validationDetails(error, request) };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'MALFORMED_JSON' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'UNSUPPORTED_MEDIA_TYPE' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE' };
  }
  // A body that is not JSON at all surfaces as a SyntaxError with status 400.
  if (error instanceof SyntaxError && error.statusCode === 400) return { code: 'MALFORMED_JSON' };
  const pgCode = (error as { code?: unknown }).code;
  if (pgCode === '23505') return { code: 'CONFLICT' };
  if (error.statusCode === 429) return { code: 'RATE_LIMITED' };
  return { code: 'INTERNAL' };
}

type ZodValidation = {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
};

function validationDetails(error: FastifyError, request: FastifyRequest): AppErrorDetail[] {
  const locale = requestLanguage(request) === 'en' ? z.locales.en() : z.locales.vi();
  const where = error.validationContext ?? 'body';
  return (error.validation as unknown as ZodValidation[]).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    // Rebuild the zod issue so its message can be rendered in the client's language.
    const input = valueAt(sourceOf(request, where), path);
    const issue = { ...v.params, code: v.keyword, path, input } as Parameters<
      ReturnType<typeof z.locales.vi>['localeError']
    >[0];
    const field = [where, ...path].join('.');
    const language = requestLanguage(request);
    if (v.keyword === 'invalid_type' && input === undefined) return { field, message: REQUIRED[language] };
    // A schema's own wording (e.g. "Số căn cước gồm 12 chữ số…") beats zod's "must match pattern /…/".
    if (v.keyword === 'invalid_format' && v.params.format === 'regex' && !v.message.startsWith('Invalid string')) {
      return { field, message: v.message };
    }
    const length = stringLengthMessage(v);
    if (length) return { field, message: length[language] };
    const localised = locale.localeError(issue);
    const message = typeof localised === 'string' ? localised : (localised?.message ?? v.message);
    return { field, message };
  });
}

const REQUIRED = { vi: 'Bắt buộc phải nhập.', en: 'Required.' };

/** zod's generic "Too small: expected string to have >=10 characters" said the way people say it. */
function stringLengthMessage(v: ZodValidation): { vi: string; en: string } | undefined {
  if (v.params.origin !== 'string') return undefined;
  if (v.keyword === 'too_small') {
    const n = Number(v.params.minimum);
    return n <= 1 ? REQUIRED : { vi: `Tối thiểu ${n} ký tự.`, en: `At least ${n} characters.` };
  }
  if (v.keyword === 'too_big') {
    const n = Number(v.params.maximum);
    return { vi: `Tối đa ${n} ký tự.`, en: `At most ${n} characters.` };
  }
  return undefined;
}

function sourceOf(request: FastifyRequest, where: string): unknown {
  switch (where) {
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    default:
      return request.body;
  }
}

/** The offending value, so the message can say what was received (e.g. "received number"). */
function valueAt(root: unknown, path: string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
