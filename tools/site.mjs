// Makes target/site, the files the portal serves, from the compiled WebAssembly, the
// stylesheet and public/: what `cargo leptos build --release --precompress` did, in the same
// layout and with the same names, so that Leptos finds them (BENCHMARKS.md, CI time: a
// fresh machine spent 17–24 minutes compiling cargo-leptos for these steps).
//
//   node tools/site.mjs            run from the repository's root by tools/build.sh
//
// 1. public/ is copied to target/site/.
// 2. wasm-bindgen makes pkg/vagval.js and pkg/vagval.wasm; wasm-opt shrinks the WebAssembly
//    and terser the JavaScript.
// 3. lightningcss minifies style/main.css for the `defaults` browsers into pkg/vagval.css.
// 4. The three get their content's hash in their names (vagval.<hash>.js …), and
//    target/release/hash.txt, beside the server binary, says which: Leptos reads it there.
//    Its `public:` line, one hash of everything in public/, is the service worker's.
// 5. Every file gets a .br and a .gz beside it, which the server sends instead when the
//    browser takes them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const NAME = 'vagval';
const SITE = 'target/site';
const PKG = path.join(SITE, 'pkg');
const WASM_IN = 'target/front/wasm32-unknown-unknown/wasm-release/frontend.wasm';
const HASH_FILE = 'target/release/hash.txt';
// The browsers the stylesheet is written for: browserslist's `defaults`.
const BROWSERS = 'defaults';

// The build tools live with the browser tests' npm packages.
const require = createRequire(path.resolve('end2end/package.json'));
const { minify } = require('terser');
const { transform, browserslistToTargets } = require('lightningcss');
const browserslist = require('browserslist');

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit' });
}

function contentHash(file) {
  // cargo-leptos's hash: MD5, URL-safe base64 without padding (22 characters).
  return createHash('md5').update(fs.readFileSync(file)).digest('base64url');
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

fs.rmSync(SITE, { recursive: true, force: true });
fs.mkdirSync(PKG, { recursive: true });
fs.cpSync('public', SITE, { recursive: true });

run('wasm-bindgen', [
  '--target=web',
  '--no-typescript',
  `--out-name=${NAME}`,
  `--out-dir=${PKG}`,
  WASM_IN,
]);
const wasm = path.join(PKG, `${NAME}.wasm`);
fs.renameSync(path.join(PKG, `${NAME}_bg.wasm`), wasm);
run('wasm-opt', [
  '-Oz',
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  wasm,
  '-o',
  wasm,
]);

const js = path.join(PKG, `${NAME}.js`);
const minified = await minify(fs.readFileSync(js, 'utf8'), {
  module: true,
  compress: true,
  mangle: true,
});
fs.writeFileSync(js, minified.code);

const css = path.join(PKG, `${NAME}.css`);
const styled = transform({
  filename: 'style/main.css',
  code: fs.readFileSync('style/main.css'),
  minify: true,
  targets: browserslistToTargets(browserslist(BROWSERS)),
});
fs.writeFileSync(css, styled.code);

const hashes = {};
for (const [kind, file] of [
  ['js', js],
  ['wasm', wasm],
  ['css', css],
]) {
  hashes[kind] = contentHash(file);
  fs.renameSync(file, path.join(PKG, `${NAME}.${hashes[kind]}.${kind}`));
}
// public/ (icons, the favicon, the service worker's registration) keeps its names, so one
// hash of it all tells the service worker when a release changed any of it.
const everyPublic = createHash('md5');
for (const file of filesUnder('public').sort()) {
  everyPublic.update(`${file}\0`).update(fs.readFileSync(file));
}
hashes.public = everyPublic.digest('base64url');
fs.mkdirSync(path.dirname(HASH_FILE), { recursive: true });
fs.writeFileSync(
  HASH_FILE,
  `js: ${hashes.js}\nwasm: ${hashes.wasm}\ncss: ${hashes.css}\npublic: ${hashes.public}\n`,
);

for (const file of filesUnder(SITE)) {
  const body = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(
    `${file}.br`,
    zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 22,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
}
console.log(`${SITE}: js ${hashes.js}, wasm ${hashes.wasm}, css ${hashes.css}`);
