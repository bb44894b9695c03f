// Generates the app icons (build/icon.png 512×512, build/icons/<n>x<n>.png, build/icon.ico) — a red
// seal-like square with 公开 — by rendering HTML in the local Chromium. Run once by hand:
//   node build/make-icons.mjs
// The outputs are committed; electron-builder only reads them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

function html(size) {
  const border = Math.max(1, Math.round(size * 0.06));
  const radius = Math.round(size * 0.12);
  return `<!doctype html><html><body style="margin:0;background:transparent">
<div style="box-sizing:border-box;width:${size}px;height:${size}px;border-radius:${radius}px;background:#c8102e;
  padding:${Math.round(size * 0.07)}px;display:flex">
  <div style="box-sizing:border-box;flex:1;border:${border}px solid #fff4e6;border-radius:${Math.round(radius * 0.6)}px;
    display:flex;align-items:center;justify-content:center;
    font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-weight:900;color:#fff4e6;
    font-size:${Math.round(size * 0.36)}px;line-height:1;letter-spacing:-0.02em;writing-mode:vertical-rl">公开</div>
</div></body></html>`;
}

/** An .ico whose entries are PNG images (supported since Windows Vista; electron-builder accepts it). */
function icoFromPngs(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  const dir = Buffer.alloc(16 * entries.length);
  let offset = 6 + dir.length;
  entries.forEach(({ size, png }, i) => {
    const o = i * 16;
    dir.writeUInt8(size >= 256 ? 0 : size, o);
    dir.writeUInt8(size >= 256 ? 0 : size, o + 1);
    dir.writeUInt8(0, o + 2);
    dir.writeUInt8(0, o + 3);
    dir.writeUInt16LE(1, o + 4);
    dir.writeUInt16LE(32, o + 6);
    dir.writeUInt32LE(png.length, o + 8);
    dir.writeUInt32LE(offset, o + 12);
    offset += png.length;
  });
  return Buffer.concat([header, dir, ...entries.map((e) => e.png)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const pngs = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(html(size));
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    pngs.push({ size, png });
    await page.close();
  }
} finally {
  await browser.close();
}

mkdirSync(join(here, 'icons'), { recursive: true });
for (const { size, png } of pngs) writeFileSync(join(here, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(here, 'icon.png'), pngs.find((p) => p.size === 512).png);
writeFileSync(
  join(here, 'icon.ico'),
  icoFromPngs(pngs.filter((p) => [16, 24, 32, 48, 64, 128, 256].includes(p.size))),
);
console.log(`wrote build/icon.png, build/icon.ico and ${pngs.length} PNGs in build/icons/`);
