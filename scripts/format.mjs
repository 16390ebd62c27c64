// `npm run format` rewrites the tree with Prettier; `npm run format -- --check` only checks it.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs')
const check = process.argv.includes('--check')
const result = spawnSync(
  process.execPath,
  [prettier, check ? '--check' : '--write', '--log-level', check ? 'warn' : 'log', '.'],
  { stdio: 'inherit' },
)
process.exit(result.status ?? 1)
