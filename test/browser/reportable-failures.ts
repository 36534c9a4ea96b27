/**
 * Every failed browser test reaches the terminal, with a readable `actual` and `expected`.
 *
 * Web Test Runner sends a failed test's `actual` and `expected` from the page with
 * `structuredClone`. That throws a DataCloneError for a DOM node (`expect(document.activeElement)
 * .to.equal(input)`), a function or a window, so the results never leave the page and the run waits
 * out `testsFinishTimeout` (modernweb-dev/web#2967). A root `afterEach` hook turns such values into
 * short text, `<input id="x" name="commune">`, first. web-test-runner.config.mjs loads this module
 * in every test page, after the test framework and before the test file.
 */

/** An element's opening tag; another node's name (`#text`, `#document`). */
function nodeText(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const attributes = Array.from(node.attributes, ({ name, value }) => ` ${name}="${value}"`).join('');
  return `<${node.localName}${attributes}>`;
}

/** Short text for a value the results cannot carry: a node, or JSON with nodes as text, or its type. */
function asText(value: unknown): string {
  if (value instanceof Node) return nodeText(value);
  try {
    const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof Node ? nodeText(item) : item));
    if (json !== undefined) return json;
  } catch {
    // A cycle (a window): only its type can say what it was.
  }
  return Object.prototype.toString.call(value);
}

/** The value itself if `structuredClone` can copy it into the results, else short text. */
function reportable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return asText(value);
  }
}

mocha.suite.afterEach('make the failed test reportable', function () {
  const error: (Error & { actual?: unknown; expected?: unknown }) | undefined = this.currentTest?.err;
  if (!error) return;
  for (const value of [error.actual, error.expected]) {
    // chai's message holds an element's whole outerHTML (the page's <body> and all its scripts).
    if (value instanceof Element) error.message = error.message.replaceAll(value.outerHTML, nodeText(value));
  }
  error.actual = reportable(error.actual);
  error.expected = reportable(error.expected);
});
