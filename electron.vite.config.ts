import { resolve } from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * The dev server injects CSS as <style> elements and talks over a websocket;
 * loosen the page's CSP for `electron-vite dev` only. Builds keep it strict.
 */
function devServerCsp(): Plugin {
  return {
    name: 'spanwright-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:"),
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src-main/shell/index.ts'),
          cli: resolve('src-main/cli.ts'),
          // The learner's thread (services/suggest/worker-host.ts starts it by this file's name).
          'suggest-worker': resolve('src-main/services/suggest/learner-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload may only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), devServerCsp()],
    build: {
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
})
