import { startRealServer } from './lib/real-server.js';
import { runWrk } from './lib/wrk.js';
const real = await startRealServer();
try {
  const r = await runWrk({ url: `${real.baseUrl}/api/health`, method: 'GET', headers: {}, connections: 10, durationSec: 8 });
  console.log(r.requests / r.elapsedSec);
} finally { await real.stop(); }
