import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildJsonSchema } from './json-schema';

const target = resolve(import.meta.dirname, '../data/timeline.schema.json');
writeFileSync(target, buildJsonSchema());
console.log(`wrote ${target}`);
