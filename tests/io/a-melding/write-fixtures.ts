/** Writes the a-melding fixtures: `npx tsx tests/io/a-melding/write-fixtures.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFiles } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/a-melding');
for (const [name, content] of Object.entries(fixtureFiles())) {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
