/**
 * The shape of `corpus/figures.yaml`, checked with zod when the catalogue is loaded.
 * Everything that can be checked without the documents is checked here (row widths, kinds,
 * unique ids); what needs the documents (quotes, values) is in `verify.ts`.
 */
import { z } from 'zod';

export const FIGURE_KINDS = ['value', 'series', 'breakdown', 'ranking'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** `2020`, `2020-11` or `2020-11-13`: as precise as the document is. */
const partialIsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const localisedText = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();

const columnSchema = z
  .object({
    ja: z.string().min(1),
    en: z.string().min(1),
    /** Digits after the decimal point as the document prints them (`81.70%`); default: as needed. */
    decimals: z.number().int().min(0).max(6).optional(),
  })
  .strict();

const rowSchema = z
  .object({
    /** The label as the document writes it (checked against the quote for charts and tables). */
    label: z.string().min(1),
    en: z.string().min(1).optional(),
    rank: z.number().int().positive().optional(),
    /** A second label column, e.g. the country in the patent ranking. */
    group: z.string().min(1).optional(),
    groupEn: z.string().min(1).optional(),
    /** ISO form of a date label, for series whose rows are dates. */
    date: partialIsoDate.optional(),
    /** This row's unit when it differs from the figure's (a value in 億元 and its 億ドル conversion). */
    unit: z.string().optional(),
    /** One value per column, in the document's unit (3800 for 3800億元). */
    values: z.array(z.number().finite()).min(1),
    /** The values as written when the number alone would lose a qualifier (`約520億ドル超`, `99.99%以上`). */
    texts: z.array(z.string().min(1)).optional(),
  })
  .strict();

const locationSchema = z
  .object({
    slide: z.number().int().positive().optional(),
    paragraph: z.number().int().positive().optional(),
    chapter: z.string().min(1).optional(),
  })
  .strict()
  .refine((location) => (location.slide === undefined) !== (location.paragraph === undefined), {
    message: 'a location names exactly one of slide or paragraph',
  });

const sourceSchema = z
  .object({
    /** Document id: the corpus file name without its extension. */
    doc: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    location: locationSchema,
    /** Exact excerpts of the document; one string or several when a chart's parts are apart. */
    quote: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((quote) => (typeof quote === 'string' ? [quote] : quote)),
  })
  .strict();

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
    kind: z.enum(FIGURE_KINDS),
    title: localisedText,
    aliases: z.array(z.string().min(1)).default([]),
    unit: z.string(),
    asOf: z.array(partialIsoDate).min(1),
    /** Header of the `group` column of the rows, when they have one. */
    groupHeader: localisedText.optional(),
    columns: z.array(columnSchema).min(1),
    rows: z.array(rowSchema).min(1),
    source: sourceSchema,
    note: localisedText.optional(),
  })
  .strict()
  .superRefine((figure, context) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', message });
    figure.rows.forEach((row, index) => {
      if (row.values.length !== figure.columns.length) {
        problem(`row ${index + 1} (${row.label}) has ${row.values.length} values for ${figure.columns.length} columns`);
      }
      if (row.texts && row.texts.length !== row.values.length) {
        problem(`row ${index + 1} (${row.label}) has ${row.texts.length} texts for ${row.values.length} values`);
      }
      if (row.group !== undefined && figure.groupHeader === undefined) problem(`row ${index + 1} has a group but the figure no groupHeader`);
    });
    if (figure.kind === 'series' && figure.rows.length < 2) problem('a series needs at least two rows');
    if (figure.kind === 'series' && figure.rows.some((row) => row.date === undefined)) problem('every row of a series needs its date');
    if (figure.kind === 'breakdown' && figure.columns.length !== 1) problem('a breakdown has exactly one column (the shares)');
    if (figure.kind === 'ranking' && figure.rows.some((row) => row.rank === undefined)) problem('every row of a ranking needs its rank');
  });

export const catalogueSchema = z.array(figureSchema).superRefine((figures, context) => {
  const seen = new Set<string>();
  for (const figure of figures) {
    if (seen.has(figure.id)) context.addIssue({ code: 'custom', message: `duplicate figure id ${figure.id}` });
    seen.add(figure.id);
  }
});

export type Figure = z.output<typeof figureSchema>;
export type FigureRow = Figure['rows'][number];
export type FigureColumn = Figure['columns'][number];
