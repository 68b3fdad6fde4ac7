// Bundles each editor in src/ into ../fixtures/editors/NAME.js (committed, so tests need no npm).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const name of ['lexical', 'draft', 'prosemirror', 'tiptap', 'quill', 'slate']) {
  await build({
    entryPoints: [path.join(here, 'src', name + '.js')],
    outfile: path.join(here, '..', 'fixtures', 'editors', name + '.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    conditions: ['production'],
    logLevel: 'warning',
  });
  console.log('built', name);
}
