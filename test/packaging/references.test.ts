// What the packaging check reads as a file's run-time references: every way the bundles and
// their packages load code, and nothing from comments or computed names.
import { describe, expect, it } from 'vitest';
import { moduleReferences } from '../../scripts/dist-check/references.js';

const refs = (source: string) =>
  moduleReferences(source, 'file.js')
    .map(({ specifier, kind }) => `${kind} ${specifier}`)
    .sort();

describe('moduleReferences', () => {
  it('finds imports, re-exports and import() of a string', () => {
    expect(
      refs(
        `import a from 'a'; import 'b/side'; export * from "c"; export { d } from './d.js';
         const e = await import('./chunks/e.js'); const f = import(\`f\`);`,
      ),
    ).toEqual([
      'import ./chunks/e.js',
      'import ./d.js',
      'import a',
      'import b/side',
      'import c',
      'import f',
    ]);
  });

  it('finds require(), require.resolve() and createRequire(...).resolve() in CommonJS and modules', () => {
    expect(
      refs(`'use strict'; const x = require('x'); const y = require.resolve("y/package.json");`),
    ).toEqual(['require x', 'resolve y/package.json']);
    expect(
      refs(
        `import { createRequire } from 'node:module';
         const p = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');`,
      ),
    ).toEqual(['import node:module', 'resolve pdfjs-dist/package.json']);
  });

  it('finds files found beside the code through new URL(..., import.meta.url)', () => {
    expect(
      refs(
        `const w = new URL('./worker.js', import.meta.url); new URL('../renderer/', import.meta.url);`,
      ),
    ).toEqual(['url ../renderer/', 'url ./worker.js']);
  });

  it('ignores computed names, comments, other objects’ require and other URLs', () => {
    expect(
      refs(
        `// require('in-a-line-comment')
         /* import('in-a-block-comment') */
         const name = 'x'; require(name); import(name); import(\`a\${name}\`);
         loader.require('not-node'); new URL('https://example.org/');
         new URL('./x.js', base);`,
      ),
    ).toEqual([]);
  });

  it('reads sloppy-mode CommonJS that a module parse refuses', () => {
    expect(refs(`var n = 010; with (Math) { require('old'); }`)).toEqual(['require old']);
  });

  it('reads CommonJS with a top-level return', () => {
    expect(refs(`if (process.env.SKIP) return;\nmodule.exports = require('lib');`)).toEqual([
      'require lib',
    ]);
  });

  it('refuses a file that is not JavaScript, or that Node would refuse to load', () => {
    expect(() => moduleReferences('this is not { javascript', 'broken.js')).toThrow(/broken\.js/);
    // What a bundler's CommonJS shim once did to a bundled package's own `var require`.
    expect(() =>
      moduleReferences(
        `import m from 'node:module';\nconst require = m.createRequire(import.meta.url);\nvar require = m.createRequire('/');`,
        'chunk.js',
      ),
    ).toThrow(/chunk\.js cannot be loaded: Identifier `require` has already been declared/);
  });
});
