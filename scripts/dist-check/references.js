// What a JavaScript file asks for at run time, read from its source (never by running it):
// import and export-from statements and import() of a string, from the parser's module record;
// require() and require.resolve() (createRequire(...).resolve() too) of a string, and
// new URL('...', import.meta.url), matched in the code outside comments. Building a full syntax
// tree instead would take seconds for each of the large bundles.
import { parseSync } from 'vite';

const LITERAL = String.raw`(['"\x60])([^'"\x60\\$\n]+)\1`;
const PATTERNS = [
  {
    kind: 'require',
    regex: new RegExp(String.raw`(?<![\w$.])require\s*\(\s*${LITERAL}\s*\)`, 'g'),
  },
  {
    kind: 'resolve',
    regex: new RegExp(
      String.raw`(?<![\w$.])(?:require|createRequire\s*\([^()]*\))\s*\.resolve\s*\(\s*${LITERAL}`,
      'g',
    ),
  },
  {
    kind: 'url',
    regex: new RegExp(String.raw`new\s+URL\s*\(\s*${LITERAL}\s*,\s*import\.meta\.url\s*\)`, 'g'),
  },
];

/**
 * The file parsed as a module, or else as CommonJS (sloppy mode, `with`, a top-level return).
 * Semantic errors count too: a name declared twice parses, but Node refuses to load it.
 */
function parse(source, filename) {
  let first = null;
  for (const sourceType of ['module', 'commonjs']) {
    const parsed = parseSync(filename, source, {
      sourceType,
      lang: 'js',
      showSemanticErrors: true,
    });
    if (parsed.errors.length === 0) return parsed;
    first ??= parsed.errors[0].message;
  }
  throw new Error(`${filename} cannot be loaded: ${first}`);
}

/** Whether `index` falls inside one of the comments (sorted by start). */
function inComment(comments, index) {
  let low = 0;
  let high = comments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const comment = comments[middle];
    if (index < comment.start) high = middle - 1;
    else if (index >= comment.end) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The references of one file. `kind` says how each is loaded: 'import' (ESM resolution),
 * 'require' (CommonJS resolution), 'resolve' (located but not loaded) or 'url' (a file or
 * folder beside this file, found through new URL(..., import.meta.url)).
 */
export function moduleReferences(source, filename) {
  const parsed = parse(source, filename);
  const found = [];
  for (const item of parsed.module.staticImports) {
    found.push({ specifier: item.moduleRequest.value, kind: 'import' });
  }
  for (const item of parsed.module.staticExports) {
    for (const entry of item.entries) {
      if (entry.moduleRequest) found.push({ specifier: entry.moduleRequest.value, kind: 'import' });
    }
  }
  for (const item of parsed.module.dynamicImports) {
    const request = source.slice(item.moduleRequest.start, item.moduleRequest.end);
    const literal = new RegExp(`^${LITERAL}$`).exec(request);
    if (literal) found.push({ specifier: literal[2], kind: 'import' });
  }
  const matches = PATTERNS.flatMap(({ kind, regex }) =>
    [...source.matchAll(regex)].map((match) => ({ kind, match })),
  );
  if (matches.length === 0) return found;
  // Reading the comments costs time in a large bundle: only when something matched.
  const comments = [...parsed.comments].sort((a, b) => a.start - b.start);
  for (const { kind, match } of matches) {
    if (!inComment(comments, match.index)) found.push({ specifier: match[2], kind });
  }
  return found;
}
