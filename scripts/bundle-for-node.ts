/** One esbuild bundle for a child process the crash and race scripts start: node starts on it far faster than on the TypeScript sources. */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/**
 * Bundles `entry` (a URL) into `outfile` as an ES module for Node 20. `commonJs`: a dependency
 * is CommonJS (commander), so the bundle gets a `require` of its own for node's modules.
 */
export async function bundleForNode(entry: URL, outfile: string, options: { commonJs?: boolean } = {}): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    ...(options.commonJs ? { banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } } : {}),
    logLevel: 'warning',
  })
  return outfile
}
