// Web bundle: built into web/dist and served by the Fastify app (same origin, so the CSP can stay 'self').
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ command }) => {
  // A build is always the production bundle (React's production JSX runtime included), even when a
  // test runner that sets NODE_ENV=test starts it.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 2500,
      sourcemap: false,
      // fonts stay files: a data: URL font is blocked by the CSP (font-src 'self')
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
    server: { proxy: { '/api': 'http://127.0.0.1:8080' }, fs: { allow: ['..'] } },
  };
});
