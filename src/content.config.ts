import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { locales, type Locale } from './i18n/locales';

/**
 * `CONTENT_DIR` points the build at another folder; the build tests use it
 * to compile fixtures with deliberate mistakes, the scale benchmark to build
 * hundreds of generated chapters.
 */
const contentDir = process.env.CONTENT_DIR ?? './content';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens');

/** One string per language, all of them required. */
const localized = z
  .object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>)
  .strict();

/** Every chapter, in both languages: `content/<zh|en>/<slug>.mdx`. */
const chapters = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: contentDir }),
  // strict(): a misspelt or unknown field fails the build instead of being ignored.
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(1).max(200),
      /** The id of a part in content/parts.yaml; checked against that list when chapters are grouped. */
      part: slug,
      /** Position within its part. */
      order: z.number().int().positive(),
    })
    .strict(),
});

/** The book's parts, declared once for both languages: `content/parts.yaml`. */
const parts = defineCollection({
  loader: file(`${contentDir}/parts.yaml`),
  schema: z
    .object({
      id: slug,
      order: z.number().int().positive(),
      title: localized,
      /** false for a part whose chapters carry no numbers (the reference part); read by src/apparatus too. */
      numbered: z.boolean().default(true),
    })
    .strict(),
});

/** The bilingual glossary: `content/glossary.yaml`, one entry per term. */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: z
    .object({
      /** The term's anchor on the glossary page, the same in both languages. */
      id: slug,
      zh: z.string().trim().min(1),
      en: z.string().trim().min(1),
      definition: localized,
      /** Slug of the chapter that introduces the term. */
      chapter: slug,
    })
    .strict(),
});

export const collections = { chapters, parts, glossary };
