// Draws the PNG icons of public/icons/ from icon.svg and maskable.svg in Debian's Chromium:
//   node tools/icons.mjs
// Run by hand when the drawing changes; the PNGs are committed. A maskable icon fills its
// square, with the drawing inside the middle 80 % that every phone's mask keeps.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(path.resolve('end2end/package.json'));
const { chromium } = require('@playwright/test');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [svg, name] of [
  ['icon.svg', 'icon'],
  ['maskable.svg', 'maskable'],
]) {
  const data = fs.readFileSync(path.join('public/icons', svg)).toString('base64');
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}"></body>`,
    );
    await page.screenshot({ path: `public/icons/${name}-${size}.png`, omitBackground: true });
    await page.close();
  }
}
await browser.close();
