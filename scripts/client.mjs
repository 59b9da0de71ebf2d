// `npm run client`: writes client/openapi.json (the document GET /openapi.json serves) and client/schema.d.ts
// (its TypeScript types, for openapi-fetch). Commit both; `npm test` fails while they are stale.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { root } from './lib/dev-server.mjs';
import { buildDocument, buildTypes, DOCUMENT_PATH, documentText, TYPES_PATH } from './lib/openapi.mjs';

const document = await buildDocument();
writeFileSync(DOCUMENT_PATH, documentText(document));
writeFileSync(TYPES_PATH, await buildTypes(document));
const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
console.log(`wrote ${relative(root, DOCUMENT_PATH)} and ${relative(root, TYPES_PATH)} (${operations} operations)`);
