/**
 * The size and speed floor (perf-anchors.md case e): lit + @lit/context + ky + valibot with a
 * plain 4-field form. Usage: <floor-app><floor-signup></floor-signup></floor-app>.
 */
// Re-exported, not bare-imported: package.json's "sideEffects" list marks scripts/ side-effect free,
// so `import './floor-app.js'` alone would be tree-shaken to an empty bundle.
export { FloorApp } from './floor-app.js';
export { FloorSignup } from './floor-signup.js';
