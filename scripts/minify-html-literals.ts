import ts from 'typescript';
import type { Plugin } from 'vite';

/** The static parts of every `html` tagged template of `code`: the spans of their raw text. */
function htmlTemplateTexts(code: string): { start: number; end: number }[] {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const spans: { start: number; end: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Each part's text lies between its opening (` or }) and its closing (${ or `).
      for (const part of parts) spans.push({ start: part.getStart(source) + 1, end: part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

/**
 * Build plugin: collapses the indentation of Lit `html` templates — every run of white space that
 * holds a line break becomes one space, which renders the same — the way an HTML minifier would.
 * The library build and every bench build use it alike.
 */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !code.includes('html`')) return null;
      let minified = code;
      for (const { start, end } of htmlTemplateTexts(code).reverse()) {
        minified = minified.slice(0, start) + minified.slice(start, end).replace(/\s*\n\s*/g, ' ') + minified.slice(end);
      }
      return { code: minified, map: null };
    },
  };
}
