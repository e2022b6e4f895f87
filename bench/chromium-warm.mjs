// The warm outside reference for bench/run.sh: one Chromium kept running (puppeteer-core), printing the same
// XHTML file to PDF again and again. Prints one line per timed print: "ms" (load + print), after warm-up prints.
// Usage: node chromium-warm.mjs FILE.xhtml OUT.pdf WARMUP RUNS
import puppeteer from 'puppeteer-core';
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';

const [file, out, warmup, runs] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const once = async () => {
    const t0 = process.hrtime.bigint();
    await page.goto(url, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return [ms, pdf];
  };
  for (let i = 0; i < Number(warmup); i++) await once();
  for (let i = 0; i < Number(runs); i++) {
    const [ms, pdf] = await once();
    if (i === 0) writeFileSync(out, pdf);
    console.log(ms.toFixed(1));
  }
} finally {
  await browser.close();
}
