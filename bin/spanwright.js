#!/usr/bin/env node
// The CLI is built with the app (npm install runs the build); point at the sources' build output.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('spanwright: the command line is not built yet; run `npm run build` in the project folder\n')
  process.exit(1)
}
await import(cli.href)
