import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is served by the desktop shell (Tauri) and by `portdoctor serve`; both load
// the built files from ui/dist. No remote content: everything is bundled.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
  // Svelte's browser build for component tests (jsdom), its default otherwise.
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
}));
