/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 4500 }, // the lazy Monaco chunk is ~3.9 MB min (~1 MB gzip)
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
