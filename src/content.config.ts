import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Every chapter, in both languages: `content/<zh|en>/<slug>.mdx`.
 * `CONTENT_DIR` points the build at another folder; the build tests use it
 * to compile fixtures with deliberate mistakes.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: process.env.CONTENT_DIR ?? './content' }),
  // strict(): a misspelt or unknown field fails the build instead of being ignored.
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(1).max(200),
      order: z.number().int().positive(),
    })
    .strict(),
});

export const collections = { chapters };
