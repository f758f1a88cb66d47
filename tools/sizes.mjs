// Prints raw / gzip / brotli byte counts for each file given, as Markdown table rows.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

for (const arg of process.argv.slice(2)) {
  const [label, path] = arg.split('=');
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${label} | ${data.length} | ${gz} | ${br} |`);
}
