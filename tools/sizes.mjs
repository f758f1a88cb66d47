// Prints raw / gzip / brotli byte counts for each file given, as Markdown table rows.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
// `--total LABEL file…`: one row with the sum of the files, as one page's first load.
if (args[0] === '--total') {
  const [, label, ...paths] = args;
  let raw = 0, gz = 0, br = 0;
  for (const path of paths) {
    const data = readFileSync(path);
    raw += data.length;
    gz += gzipSync(data, { level: 9 }).length;
    br += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`| **${label}** | ${raw} | ${gz} | **${br}** |`);
  process.exit(0);
}

for (const arg of args) {
  const [label, path] = arg.split('=');
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${label} | ${data.length} | ${gz} | ${br} |`);
}
