import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssLiterals } from '../minify-css-literals.js';
import { minifyHtmlLiterals } from '../minify-html-literals.js';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where bench bundles go (git-ignored): one folder per label, each holding `bundle.js`. */
export const BENCH_DIR = join(ROOT, 'dist-bench');

/**
 * Sizes in bytes of what a page loads before the entry works: the entry chunk and the chunks it
 * imports statically. `lazyBrotli` is what it may load later (dynamic imports: English strings,
 * account operations); `totalBrotli` is both.
 */
export interface Size {
  label: string;
  raw: number;
  gzip: number;
  brotli: number;
  lazyBrotli: number;
  totalBrotli: number;
}

interface OutputChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
}

// Strings only Lit's development build contains.
const LIT_DEV_MODE = /Lit is in dev mode|lit\.dev\/msg\//;

/** Builds `entryFile` (relative to the root) in the shared bench configuration into dist-bench/<label> and returns its sizes. */
export async function measureEntry(label: string, entryFile: string): Promise<Size> {
  const outDir = join(BENCH_DIR, label);
  const output = await build({
    root: ROOT,
    configFile: false,
    publicDir: false, // public/ holds mockServiceWorker.js: never count it
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['module', 'browser', 'production'] }, // Lit's production build
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      target: 'es2022',
      lib: { entry: resolve(ROOT, entryFile), formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: {
        external: [], // every dependency is bundled
        // As a page's own build bundles it: code the lazy chunks share with the entry stays in the
        // entry instead of a chunk of its own (one request, one compression window).
        preserveEntrySignatures: 'allow-extension',
        // Lib mode turns Oxc codegen off (whitespace and annotations stay) unless the minifier is set in full.
        output: {
          minify: { compress: true, mangle: true, codegen: true },
          comments: { annotation: false, jsdoc: false, legal: false },
        },
      },
    },
  });
  const chunks = ([output].flat() as { output: OutputChunk[] }[]).flatMap((result) => result.output).filter((file) => file.type === 'chunk');
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.filter((c) => c.isEntry)) visit(chunk.fileName);
  const size: Size = { label, raw: 0, gzip: 0, brotli: 0, lazyBrotli: 0, totalBrotli: 0 };
  const files = await readdir(outDir, { recursive: true });
  for (const file of files.filter((f) => /\.m?js$/.test(f))) {
    const bytes = await readFile(join(outDir, file));
    if (LIT_DEV_MODE.test(bytes.toString('utf8'))) throw new Error(`${label}: ${file} contains Lit's dev-mode build`);
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    size.totalBrotli += brotli;
    if (!initial.has(file)) {
      size.lazyBrotli += brotli;
      continue;
    }
    size.raw += bytes.length;
    size.gzip += gzipSync(bytes, { level: 9 }).length;
    size.brotli += brotli;
  }
  return size;
}
