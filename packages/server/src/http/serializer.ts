import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError, serializerCompiler as zodEncodingSerializer } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType } from 'zod/v4/core';

/**
 * Answers are checked against their zod schema (unknown keys stripped) and written as JSON, as
 * fastify-type-provider-zod's serializer does, but with zod's parse rather than its encode where
 * the schema holds no codec, pipe or transform (then both give the same output): parse runs
 * zod's compiled fast path for objects, about ten times faster than encode, which walks the
 * schema on every answer (bench/README.md, health-vs-bare). A schema with a codec keeps encode.
 */
export const serializerCompiler: FastifySerializerCompiler<$ZodType> = (route) => {
  const { schema, method, url } = route;
  if (!(schema instanceof $ZodType)) return zodEncodingSerializer(route);
  const check = transforms(schema) ? z.safeEncode : z.safeParse;
  return (data) => {
    const result = check(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};

type Def = {
  type: string;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
  innerType?: $ZodType;
  options?: $ZodType[];
  left?: $ZodType;
  right?: $ZodType;
  keyType?: $ZodType;
  valueType?: $ZodType;
  items?: $ZodType[];
  rest?: $ZodType | null;
  getter?: () => $ZodType;
};

/** Whether parsing and encoding may differ: a pipe (codecs and transforms are pipes) anywhere in it. */
export function transforms(schema: $ZodType, seen = new Set<$ZodType>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = schema._zod.def as Def;
  if (def.type === 'pipe' || def.type === 'transform') return true;
  const inner: ($ZodType | null | undefined)[] = [
    ...Object.values(def.shape ?? {}),
    def.element,
    def.innerType,
    ...(def.options ?? []),
    def.left,
    def.right,
    def.keyType,
    def.valueType,
    ...(def.items ?? []),
    def.rest,
    def.type === 'lazy' ? def.getter?.() : undefined,
  ];
  return inner.some((s) => s !== null && s !== undefined && transforms(s, seen));
}
