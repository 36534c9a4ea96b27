import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.js';

/**
 * `npm start` serves the demo portal (index.html) with the mock backend in an msw worker;
 * `npm run build` builds the library: minified ESM per entry, dependencies left to the host's bundler.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
  build: {
    target: 'es2022',
    copyPublicDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        sdk: 'sdk/index.ts',
        index: 'src/index.ts',
        ...Object.fromEntries(
          [
            'all',
            'ec-provider',
            'ec-signup-form',
            'ec-activation',
            'ec-login-form',
            'ec-forgot-credentials',
            'ec-resend-activation',
            'ec-reset-password',
            'ec-profile',
            'ec-personal-info-form',
            'ec-address-form',
            'ec-baccalaureate-form',
            'ec-internal-studies',
            'ec-external-studies',
            'ec-internships',
            'ec-work-experience',
            'ec-applications',
            'ec-home',
            'ec-assistance',
            'ec-platform-status',
            'ec-session-expiry',
            'ec-training-offer',
            'ec-portal',
          ].map(
            (tag) => [`define/${tag}`, `src/define/${tag}.ts`],
          ),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, 'ky', 'valibot'],
      // Library mode keeps whitespace unless the output minifier is set in full.
      output: { minify: { compress: true, mangle: true, codegen: true } },
    },
  },
});
