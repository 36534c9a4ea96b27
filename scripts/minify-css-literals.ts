import type { Plugin } from 'vite';

/**
 * Build plugin: collapses the whitespace of Lit `css` template literals (what a stylesheet keeps for
 * people), the way a CSS minifier would. The library build and every bench build use it alike.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_literal, body: string) => {
        const compact = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .trim();
        return `css\`${compact}\``;
      });
      return { code: minified, map: null };
    },
  };
}
