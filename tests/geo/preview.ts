/**
 * Not a test: writes the national choropleth, the demand map and area maps
 * to /tmp/maps/*.svg|html|png for a visual check (narrow artboards, "-n",
 * drawn 360 px wide as on a phone).
 * Run: npx tsx tests/geo/preview.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { mapFixtures } from './mapFixtures';

const OUT = '/tmp/maps';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const f = await mapFixtures();
  const maps: Record<string, string> = {
    choropleth: f.choropleth(),
    leader: f.leaderMap(),
    demand: f.demandMap(),
    aravan: f.areaMap('KG06211000000'),
    batken: f.areaMap('KG05214000000'),
    ton: f.areaMap('KG02220000000'),
    oshobl: f.areaMap('KG06000000000'),
    bishkek: f.areaMap('KG11000000000'),
    'choropleth-n': f.choropleth('narrow'),
    'leader-n': f.leaderMap('narrow'),
    'demand-n': f.demandMap('narrow'),
    'aravan-n': f.areaMap('KG06211000000', 'narrow'),
    'ton-n': f.areaMap('KG02220000000', 'narrow'),
    'oshobl-n': f.areaMap('KG06000000000', 'narrow'),
  };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 980, height: 800 } });
  for (const [name, svg] of Object.entries(maps)) {
    writeFileSync(`${OUT}/${name}.svg`, svg);
    // Narrow artboards are shown as on a 360 px phone.
    const css = name.endsWith('-n') ? '<style>body{width:360px}svg{width:100%;height:auto}</style>' : '';
    const html = `<!doctype html><html lang="en"><meta charset="utf-8">${css}<body style="margin:8px">${svg}</body></html>`;
    writeFileSync(`${OUT}/${name}.html`, html);
    await page.setContent(html);
    await page
      .locator('svg')
      .first()
      .screenshot({ path: `${OUT}/${name}.png` });
    process.stderr.write(`${OUT}/${name}.png (${svg.length} B)\n`);
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
