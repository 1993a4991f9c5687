import Fastify from 'fastify';
import type { Benchmark } from '../lib/harness.js';

/** The framework's ceiling on this machine; the real server is judged against it, not in req/s. */
const MIN_RATIO = 0.5;

/**
 * The cost of everything MotCua puts around a request (access control, the request id and
 * security headers, zod serialisation, one database round trip) against a bare Fastify
 * hello-world on the same machine, under the same load.
 */
export const healthVsBare: Benchmark = async (ctx) => {
  const bare = Fastify({ logger: false });
  bare.get('/', async () => ({ hello: 'world' }));
  const bareUrl = await ctx.listen(bare);
  const real = await ctx.realServer();

  const bareResult = await ctx.measure('bare Fastify  GET /', { url: `${bareUrl}/` });
  const realResult = await ctx.measure('MotCua        GET /api/health', { url: `${real.baseUrl}/api/health` });

  const ratio = realResult.requestsPerSec / bareResult.requestsPerSec;
  const clean = bareResult.failures === 0 && realResult.failures === 0;
  return {
    title: 'GET /api/health against a bare Fastify server',
    measurements: [bareResult, realResult],
    goals: [
      {
        description: `real ≥ ${MIN_RATIO} × bare (requests/sec)`,
        observed: `real/bare = ${ratio.toFixed(2)}${clean ? '' : ', with failed requests'}`,
        isMet: clean && ratio >= MIN_RATIO,
      },
    ],
  };
};
