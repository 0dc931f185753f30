// Generates src/lib/api/schema.d.ts from the backend's OpenAPI document (`flask openapi`).
//   node scripts/api-types.mjs          write the types
//   node scripts/api-types.mjs --check  fail when the committed types differ from the backend's document
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import openapiTS, { astToString } from 'openapi-typescript'

const here = dirname(fileURLToPath(import.meta.url))
const backend = resolve(here, '../../backend')
const target = resolve(here, '../src/lib/api/schema.d.ts')
const check = process.argv.includes('--check')

const document = execFileSync(resolve(backend, '.venv/bin/flask'), ['--app', 'wsgi', 'openapi'], {
  cwd: backend,
  // The document does not depend on the database; an in-memory SQLite keeps this independent of services.
  env: { ...process.env, DATABASE_URL: 'sqlite://', REDIS_URL: '' },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})

const header =
  '/**\n * Generated from the backend\'s OpenAPI document by scripts/api-types.mjs: do not edit.\n' +
  ' * `npm run api:types` regenerates it; `npm run api:check` (part of `make test`) fails when it drifts.\n */\n\n'
const types = header + astToString(await openapiTS(JSON.parse(document)))

if (!check) {
  writeFileSync(target, types)
  console.log(`wrote ${target}`)
} else {
  let committed = ''
  try {
    committed = readFileSync(target, 'utf8')
  } catch {
    // A missing file is drift too.
  }
  if (committed !== types) {
    console.error(
      'src/lib/api/schema.d.ts is out of date with the backend\'s OpenAPI document: run `npm run api:types` and commit it.',
    )
    process.exit(1)
  }
  console.log('API types match the backend\'s OpenAPI document')
}
