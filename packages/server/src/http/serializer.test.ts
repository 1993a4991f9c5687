import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler, transforms } from './serializer.js';

const serialize = (schema: z.ZodType) =>
  serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' }) as (data: unknown) => string;

const IsoDate = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

describe('the response serializer', () => {
  it('finds a pipe, codec or transform wherever it sits, and nothing in plain schemas', () => {
    expect(transforms(z.object({ a: z.string(), b: z.array(z.object({ c: z.number().nullable() })) }))).toBe(false);
    expect(transforms(z.object({ a: z.array(z.object({ at: IsoDate })) }))).toBe(true);
    expect(
      transforms(
        z.object({
          a: z
            .string()
            .optional()
            .transform((s) => s?.length),
        }),
      ),
    ).toBe(true);
    expect(transforms(z.union([z.string(), z.object({ n: z.string().pipe(z.coerce.number()) })]))).toBe(true);
    expect(transforms(z.record(z.string(), z.object({ d: IsoDate.nullable() })))).toBe(true);
    type Tree = { name: string; children: Tree[] };
    const Tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(Tree) }));
    expect(transforms(Tree)).toBe(false); // recursive, and terminates
  });

  it('strips what the schema does not list and refuses what breaks it', () => {
    const write = serialize(z.object({ name: z.string(), role: z.enum(['a', 'b']) }));
    expect(write({ name: 'Nguyễn Văn A', role: 'a', idNumber: '079123456789' })).toBe(
      '{"name":"Nguyễn Văn A","role":"a"}',
    );
    expect(() => write({ name: 'x', role: 'c' })).toThrow();
  });

  it('encodes a schema with a codec as zod encode would', () => {
    const write = serialize(z.object({ at: IsoDate }));
    expect(write({ at: new Date('2026-11-23T01:02:03.000Z') })).toBe('{"at":"2026-11-23T01:02:03.000Z"}');
  });
});
