import { z } from 'zod';
import { DatasetSchema } from '../src/data/dataset-schema';

/** The published JSON Schema, generated from the app's own zod schema (never edited by hand). */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    ...schema,
    title: 'custody-timeline dataset',
    description:
      'Events derived from one article, each traced to verbatim quotes with code-point offsets. Generated from src/data/dataset-schema.ts by `npm run data:schema`; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
