import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { FileStore } from '../storage/file-store.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What routes need from the outside world; built once in main.ts (or by a test). */
export type Deps = {
  db: Db;
  config: Config;
  databaseKind: 'embedded' | 'server';
  version: string;
  /** The current instant. Injectable so tests can stand on either side of an effective date. */
  now: () => Date;
  /** Immutable content-addressed storage for uploads and generated documents. */
  files: FileStore;
};
