import type { Language } from '@motcua/core';
import type { FastifyRequest } from 'fastify';

/** Vietnamese unless the client's first preference is English (Accept-Language: en…). */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return first?.startsWith('en') ? 'en' : 'vi';
}
