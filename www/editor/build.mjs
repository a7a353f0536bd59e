// Bundles the editor (editor.js + CodeMirror) into one minified ES module.
//
//   npm ci --prefix www/editor          # once
//   node www/editor/build.mjs OUTFILE   # from any directory
//
// Prints the output's size and its gzipped size (level 9).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTFILE');
  process.exit(2);
}

// Resolve esbuild (and, through nodePaths/absWorkingDir, CodeMirror) from this folder's
// node_modules, whatever the current directory is.
const require = createRequire(path.join(here, 'package.json'));
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  console.error(`build.mjs: esbuild is not installed; run: npm ci --prefix ${path.relative(process.cwd(), here) || '.'}`);
  process.exit(2);
}

const outfile = path.resolve(out);
fs.mkdirSync(path.dirname(outfile), { recursive: true });

await esbuild.build({
  entryPoints: [path.join(here, 'editor.js')],
  absWorkingDir: here,
  nodePaths: [path.join(here, 'node_modules')],
  outfile,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  sourcemap: false,
  logLevel: 'warning',
});

const bytes = fs.readFileSync(outfile);
const gz = zlib.gzipSync(bytes, { level: 9 });
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${path.relative(process.cwd(), outfile) || outfile}: ${bytes.length} bytes (${kb(bytes.length)}), gzipped ${gz.length} bytes (${kb(gz.length)})`);
