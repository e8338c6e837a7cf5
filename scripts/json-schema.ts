import { z } from 'zod';
import { DatasetSchema } from '../src/data/dataset-schema';
import { Format2DatasetSchema } from '../src/data/format2-schema';

/** A published JSON Schema: its file under data/, and the text it must hold. */
export interface PublishedSchema {
  /** Relative to the project root. */
  readonly path: string;
  /** The zod source it is generated from, named in data:check's "out of date" message. */
  readonly from: string;
  readonly text: string;
}

function render(schema: z.ZodType, title: string, description: string): string {
  const document = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
    title,
    description,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The published JSON Schemas, generated from the app's own zod schemas (never edited by hand). */
export function buildJsonSchemas(): readonly PublishedSchema[] {
  return [
    {
      path: 'data/timeline.schema.json',
      from: 'src/data/format2-schema.ts',
      text: render(
        Format2DatasetSchema,
        'custody-timeline dataset, format 2',
        'Format 2 ("format": 2): events drawn from many sources, each event carrying the claims of the sources that tell it (quotes anchored by their words, with optional code-point offsets into a stored text), and cohorts that follow the same people across events. Generated from src/data/format2-schema.ts by `npm run data:schema`; do not edit by hand.',
      ),
    },
    {
      path: 'data/timeline.format1.schema.json',
      from: 'src/data/dataset-schema.ts',
      text: render(
        DatasetSchema,
        'custody-timeline dataset, format 1',
        'Format 1 (no "format" field): events derived from one article, each traced to verbatim quotes with code-point offsets. Still read, and upgraded to format 2 on load (`npm run data:upgrade` writes the upgrade). Generated from src/data/dataset-schema.ts by `npm run data:schema`; do not edit by hand.',
      ),
    },
  ];
}
