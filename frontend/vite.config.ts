/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

import { appShellPlugin } from './scripts/app-shell-plugin.ts'

// The dev server proxies the API to the Flask app (`make run` serves it on :5000).
const api = process.env.TASKFORGE_API ?? 'http://127.0.0.1:5000'

export default defineConfig({
  plugins: [react(), appShellPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': api,
      '/ready': api,
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 700 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // `npm test` measures coverage and fails below these floors (set a little under what the suite reaches,
    // so a change that drops tests shows up); `npm run test:watch` does not.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/testing/**', 'src/**/*.test.{ts,tsx}', 'src/**/*.d.ts'],
      reporter: ['text-summary'],
      thresholds: { statements: 86, branches: 78, functions: 86, lines: 88 },
    },
  },
})
