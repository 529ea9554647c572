// The architecture as lint: which part of src/ may import which (DESIGN.md §2 and each folder's
// README), and that a part is entered only through its index.ts. Every import that crosses from one
// part to another is checked; a test (test/lint/layers.test.ts) shows a breach failing.

/** Each part, and the parts it may import (through their index.ts). */
export const LAYERS = {
  model: [],
  text: ['model'],
  corpus: ['model', 'text'],
  check: ['model', 'text', 'corpus'],
  engine: ['model'],
  compare: ['model', 'engine'],
  export: ['model', 'engine', 'text'],
  store: ['model'],
  'faces/http': ['model', 'text', 'corpus', 'check', 'engine', 'compare', 'export', 'store'],
  'faces/cli': ['model', 'text', 'corpus', 'check', 'engine', 'compare', 'export', 'store', 'faces/http'],
  // The browser app: no runtime code of Pacta's, only types (from these parts' index.ts).
  'faces/web': [],
};
const WEB_TYPES_FROM = ['model', 'compare', 'store', 'faces/http'];
const PARTS = Object.keys(LAYERS);
const MAX_DEPTH = 6;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A regex for an import written from a file `depth` folders below src/ that enters `part`. */
function entering(part, depth, rest) {
  const sub = part.split('/')[1];
  const toSrc = `(?:\\.\\./){${depth}}`;
  // From inside faces/, a sibling subpart is also reached one level up ('../http/…').
  const alternatives = [`${toSrc}${escape(part)}`];
  if (sub) alternatives.push(`(?:\\.\\./){${depth - 1}}${escape(sub)}`);
  return `^(?:${alternatives.join('|')})${rest}`;
}

/** Where a part's import rule is written down: its README (the faces share one). */
const ruleNote = (part) => (part.startsWith('faces/') ? 'src/faces/README.md' : `src/${part}/README.md`);

/** An import into `other` that names one of its files instead of its index.ts. */
const bypassingIndex = (other, depth) => ({
  regex: entering(other, depth, '/(?!index\\.js$)'),
  caseSensitive: true,
  message: `import ${other} through its index.ts ('…/${other}/index.js'), not one of its files`,
});

function rulesFor(part, depth) {
  const allowed = LAYERS[part];
  const patterns = [];
  for (const other of PARTS) {
    if (other === part) continue;
    if (part === 'faces/web' && WEB_TYPES_FROM.includes(other)) {
      patterns.push(bypassingIndex(other, depth));
      // Only the index itself: a type import that matches an allowTypeImports pattern passes every pattern.
      patterns.push({
        regex: entering(other, depth, '/index\\.js$'),
        caseSensitive: true,
        allowTypeImports: true,
        message: `the web app runs in the browser: it may import only types from ${other} (\`import type\`)`,
      });
    } else if (allowed.includes(other)) {
      patterns.push(bypassingIndex(other, depth));
    } else {
      patterns.push({
        regex: entering(other, depth, '(?:/|$)'),
        caseSensitive: true,
        message: `${part} must not import ${other} (see ${ruleNote(part)} and DESIGN.md §2)`,
      });
    }
  }
  return patterns;
}

/**
 * Flat-config blocks: one per part and depth, so that each relative path is read exactly. Files
 * more than MAX_DEPTH folders below a part's root would go unchecked: a test fails if one appears.
 * Dynamic `import()` is not checked by the rule: keep such imports to a part's index.ts by hand.
 */
export function layerConfigs() {
  const blocks = [];
  for (const part of PARTS) {
    const base = part.split('/').length; // folders from src/ to the part's root
    for (let extra = 0; extra < MAX_DEPTH; extra++) {
      const depth = base + extra;
      const glob = ['src', ...part.split('/'), ...Array(extra).fill('*'), '*.{ts,tsx}'].join('/');
      blocks.push({
        files: [glob],
        rules: {
          'no-restricted-imports': 'off',
          '@typescript-eslint/no-restricted-imports': ['error', { patterns: rulesFor(part, depth) }],
        },
      });
    }
  }
  return blocks;
}
