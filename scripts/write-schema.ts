import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildJsonSchemas } from './json-schema';

const root = resolve(import.meta.dirname, '..');
for (const schema of buildJsonSchemas()) {
  writeFileSync(resolve(root, schema.path), schema.text);
  console.log(`wrote ${schema.path}`);
}
