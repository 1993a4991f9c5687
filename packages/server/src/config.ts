import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the server reads, parsed once at start-up. A bad value stops
 * the process with a message naming the variable (HOUSE_STYLE: configuration fails fast).
 */
const Bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a number' }).int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_MODE: Bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: Bool.default(false),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(10),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TEST_CLOCK: Bool.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'expected smtp://host:port or smtps://user:pass@host:port')
    .optional(),
  MAIL_FROM: z.string().min(3).default('MotCua <no-reply@motcua.local>'),
  DUE_SOON_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(16),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  ESCALATION_SLA_HOURS: z.coerce.number({ error: 'must be a number' }).positive().max(400).default(8),
  POSTAL_CARRIERS: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"vnpost":"<secret of 32+ characters>"}' });
        return z.NEVER;
      }
    })
    .pipe(
      z.record(
        z.string().regex(/^[a-z0-9_-]{2,40}$/, 'carrier ids are 2–40 of a-z 0-9 _ -'),
        z.string().min(32, 'each carrier secret needs at least 32 characters'),
      ),
    )
    .optional(),
  CARRIER_SIMULATOR: Bool.optional(),
  CARRIER_SIMULATOR_STEP_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
  CARRIER_SIMULATOR_WEBHOOK_URL: z.url().optional(),
  SIGNING_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (a 256-bit key)')
    .optional(),
});

/** The webhook secret of the built-in carrier simulator in demo mode (like the demo password: never production). */
export const DEMO_CARRIER_SECRET = 'motcua-demo-carrier-secret-not-for-production';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Demo mode seeds demo agencies and accounts with a known password. Never on a server DB unless asked. */
  demoMode: boolean;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Lets browser tests move the server's clock (PUT /api/test/clock). Demo mode only. */
  testClock: boolean;
  /** Queues flag open dossiers due within this many WORKING hours as "due soon". */
  dueSoonHours: number;
  /** Where applicants' emails go; unset: notifications wait in the outbox (shown to staff). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Working hours the focal officer has to answer an escalation, unless the agency sets its own. */
  escalationSlaHours: number;
  /** Carrier id → HMAC secret of its status webhook (POSTAL_CARRIERS; docs/POSTAL-CARRIER.md). */
  postalCarriers: Record<string, string>;
  /** The built-in carrier simulator ("simulator") dispatches results and posts signed events. */
  carrierSimulator: { enabled: boolean; stepMs: number; webhookUrl: string | undefined };
  /** Public address printed on forms (QR codes); unset: the origin of the request that prints. */
  publicBaseUrl: string | undefined;
  /** Key (hex) that encrypts signing-certificate passphrases; unset: DATA_DIR/signing-key. */
  signingKey: string | undefined;
  /** PUBLIC_BASE_URL or http://localhost:PORT: where result QR codes point (no request to take it from). */
  publicUrl: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const demoMode = c.DEMO_MODE ?? c.DATABASE_URL === undefined;
  if (c.TEST_CLOCK && !demoMode) {
    throw new ConfigError('Invalid configuration (environment variables):\n  TEST_CLOCK: only allowed in demo mode');
  }
  const simulator = c.CARRIER_SIMULATOR ?? demoMode;
  const postalCarriers = { ...c.POSTAL_CARRIERS };
  if (simulator && !postalCarriers.simulator) {
    if (!demoMode)
      throw new ConfigError(
        'Invalid configuration (environment variables):\n  CARRIER_SIMULATOR: outside demo mode, give the "simulator" carrier a secret in POSTAL_CARRIERS',
      );
    postalCarriers.simulator = DEMO_CARRIER_SECRET;
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    demoMode,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    testClock: c.TEST_CLOCK,
    dueSoonHours: c.DUE_SOON_HOURS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    escalationSlaHours: c.ESCALATION_SLA_HOURS,
    postalCarriers,
    carrierSimulator: {
      enabled: simulator,
      stepMs: c.CARRIER_SIMULATOR_STEP_MS,
      webhookUrl: c.CARRIER_SIMULATOR_WEBHOOK_URL,
    },
    publicBaseUrl: c.PUBLIC_BASE_URL,
    signingKey: c.SIGNING_KEY?.toLowerCase(),
    // One public address for every QR code; results are issued without a request to take it from.
    publicUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
  };
}
