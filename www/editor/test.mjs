// The editor bundle in real headless Chromium (Debian's, driven by playwright-core).
//
//   npm ci --prefix www/editor && node www/editor/test.mjs
//
// Builds the bundle into a temporary folder, serves it with test.html on 127.0.0.1, and checks
// the API: typing and onChange, Ctrl-Enter/onRun, Tab leaving the editor, setDoc, setErrors,
// highlight, setDark, destroy; then www/embed.js and examples/embed.html on a stub playground
// (the plain iframe's code, the <loop-scope> iframes' URLs, attributes, late text). Saves
// screenshots (light and dark) to $SCREENSHOT_DIR or /tmp as editor-light.png and
// editor-dark.png. Prints "N passed, M failed"; exits non-zero on any failure.
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shotDir = process.env.SCREENSHOT_DIR || '/tmp';

function loadPlaywright() {
  const places = [here, path.resolve(here, '../../web/tests/browser')];
  for (const dir of places) {
    try {
      return createRequire(path.join(dir, 'package.json'))('playwright-core');
    } catch {}
  }
  console.error('test.mjs: playwright-core is not installed; run: npm ci --prefix www/editor');
  process.exit(2);
}
const { chromium } = loadPlaywright();
if (!fs.existsSync(chromiumPath)) {
  console.error(`test.mjs: no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(2);
}

// 1. Build.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loopscope-editor-'));
const build = spawnSync(process.execPath, [path.join(here, 'build.mjs'), path.join(tmp, 'editor.js')], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('test.mjs: build failed');
  process.exit(1);
}
fs.copyFileSync(path.join(here, 'test.html'), path.join(tmp, 'test.html'));

// 2. Serve: the editor test page and bundle under /editor/, and, for the embed checks, a site
// laid out as it is deployed: /site/embed.js, /site/examples/embed.html, and a stub playground
// at /site/ that shows its query.
const repo = path.resolve(here, '../..');
const MIME = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };
const STUB = '<!doctype html><meta charset="utf-8"><title>stub playground</title><body><pre id="q"></pre><script>q.textContent = location.search</script>';
const routes = {
  '/editor/test.html': path.join(tmp, 'test.html'),
  '/editor/editor.js': path.join(tmp, 'editor.js'),
  '/site/embed.js': path.join(repo, 'www/embed.js'),
  '/site/examples/embed.html': path.join(repo, 'examples/embed.html'),
};
const server = http.createServer((req, res) => {
  const pathname = new URL(req.url, 'http://x').pathname;
  if (pathname === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (pathname === '/site/' || pathname === '/site/index.html') {
    res.writeHead(200, { 'Content-Type': MIME['.html'] });
    res.end(STUB);
    return;
  }
  const file = routes[pathname];
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404);
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// 3. Test.
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
function eq(actual, expected, msg) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${msg}: got ${a}, expected ${b}`);
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 680, height: 420 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/editor/test.html`);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 10000 });

  // Classes of the .cm-line elements, by 1-based line (all lines are in view in a short doc).
  const lineClasses = () => page.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.className));
  const activeInEditor = () => page.evaluate(() => !!document.activeElement && !!document.activeElement.closest('.cm-editor'));

  await check('renders with aria-label and the initial doc', async () => {
    eq(await page.getAttribute('.cm-content', 'aria-label'), 'Code editor', 'aria-label');
    eq(await page.evaluate(() => ed.getDoc() === initialDoc), true, 'getDoc is the initial doc');
    eq((await lineClasses()).length, 6, 'line count');
    assert(await page.locator('.cm-lineNumbers').count() === 1, 'no line-number gutter');
  });

  await check('fills its parent', async () => {
    const [h, e] = await page.evaluate(() => [document.getElementById('host').clientHeight, document.querySelector('.cm-editor').offsetHeight]);
    eq(e, h, 'editor height');
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('.cm-content')).fontSize);
    eq(font, '13px', 'font size');
  });

  await check('has JavaScript syntax highlighting', async () => {
    const colours = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.cm-line:nth-child(2) span')];
      return new Set(spans.map((s) => getComputedStyle(s).color)).size;
    });
    assert(colours >= 3, `only ${colours} distinct token colours on line 2`);
  });

  await check('typing calls onChange with the text', async () => {
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('typed');");
    const [doc, last, n] = await page.evaluate(() => [ed.getDoc(), events.changes.at(-1), events.changes.length]);
    assert(doc.endsWith("\nconsole.log('typed');"), `doc ends with ${JSON.stringify(doc.slice(-30))}`);
    eq(last, doc, 'last onChange text');
    assert(n >= 2, `onChange called ${n} times`);
  });

  await check('Control+Enter calls onRun and inserts nothing', async () => {
    const before = await page.evaluate(() => ed.getDoc());
    await page.keyboard.press('Control+Enter');
    eq(await page.evaluate(() => events.runs), 1, 'runs');
    eq(await page.evaluate(() => ed.getDoc()), before, 'doc');
  });

  await check('Ctrl-Z undoes typing (history)', async () => {
    const before = await page.evaluate(() => ed.getDoc());
    await page.keyboard.press('Control+z');
    const after = await page.evaluate(() => ed.getDoc());
    assert(after !== before && !after.includes('typed'), 'undo did not remove the typed text');
    await page.keyboard.press('Control+Shift+z');
    eq(await page.evaluate(() => ed.getDoc()), before, 'redo');
  });

  await check('brackets are matched', async () => {
    await page.evaluate(() => ed.setDoc('f(a, [b]);'));
    await page.click('.cm-content');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight'); // after "f", before "("
    await page.waitForSelector('.cm-matchingBracket', { timeout: 2000 });
    eq(await page.locator('.cm-matchingBracket').count(), 2, 'matching brackets');
  });

  await check('Tab leaves the editor (no indentWithTab)', async () => {
    await page.click('.cm-content');
    const before = await page.evaluate(() => ed.getDoc());
    await page.keyboard.press('Tab');
    eq(await activeInEditor(), false, 'focus still in the editor');
    eq(await page.evaluate(() => document.activeElement.id), 'after', 'focused element');
    eq(await page.evaluate(() => ed.getDoc()), before, 'doc');
    await page.keyboard.press('Shift+Tab');
    eq(await activeInEditor(), true, 'Shift+Tab back into the editor');
  });

  await check('setDoc replaces the doc without calling onChange', async () => {
    const n = await page.evaluate(() => events.changes.length);
    await page.evaluate(() => ed.setDoc(initialDoc));
    eq(await page.evaluate(() => ed.getDoc() === initialDoc), true, 'doc');
    eq(await page.evaluate(() => events.changes.length), n, 'onChange calls');
  });

  await check('setErrors underlines from the column to the end of the token, with the message', async () => {
    await page.evaluate(() => ed.setErrors([{ line: 3, col: 1, message: 'ReferenceError: setImmediate is fun' }]));
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.cm-ls-error')].map((m) => ({
        line: [...document.querySelectorAll('.cm-content .cm-line')].indexOf(m.closest('.cm-line')) + 1,
        text: m.textContent,
        title: m.getAttribute('title') || m.closest('[title]')?.getAttribute('title'),
        wavy: getComputedStyle(m).textDecorationStyle,
      })),
    );
    eq(marks, [{ line: 3, text: 'setImmediate', title: 'ReferenceError: setImmediate is fun', wavy: 'wavy' }], 'marks');
    eq(await page.locator('.cm-ls-error-marker').count(), 1, 'gutter markers');
    eq(await page.getAttribute('.cm-ls-error-marker', 'title'), 'ReferenceError: setImmediate is fun', 'marker title');
  });

  await check('setErrors: mid-line punctuation, a string, past the end, an empty line', async () => {
    await page.evaluate(() => ed.setDoc("let x = 1 +;\nconst s = 'abc' 1;\n\nfoo("));
    await page.evaluate(() =>
      ed.setErrors([
        { line: 1, col: 12, message: 'Unexpected token ;' },
        { line: 2, col: 11, message: 'Unexpected string' },
        { line: 3, col: 1, message: 'empty' },
        { line: 4, col: 5, message: 'Unexpected end of input' },
      ]),
    );
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.cm-ls-error, .cm-ls-error-eol')].map((m) => [
        [...document.querySelectorAll('.cm-content .cm-line')].indexOf(m.closest('.cm-line')) + 1,
        m.className.includes('eol') ? 'eol' : m.textContent,
      ]),
    );
    eq(marks, [[1, ';'], [2, "'abc'"], [3, 'eol'], [4, '(']], 'marks');
    eq(await page.locator('.cm-ls-error-marker').count(), 4, 'gutter markers');
    await page.evaluate(() => ed.setErrors([]));
    eq(await page.locator('.cm-ls-error, .cm-ls-error-eol, .cm-ls-error-marker').count(), 0, 'cleared');
  });

  await check('highlight marks the scheduled and ran lines, without stealing focus', async () => {
    await page.evaluate(() => ed.setDoc(initialDoc));
    await page.focus('#after');
    await page.evaluate(() => ed.highlight(3, [2, 5, 3]));
    const cls = await lineClasses();
    const flags = cls.map((c) => [c.includes('cm-ls-scheduled'), c.includes('cm-ls-ran')]);
    eq(flags, [[false, false], [false, true], [true, true], [false, false], [false, true], [false, false]], 'line classes');
    eq(await page.evaluate(() => document.activeElement.id), 'after', 'focus');
    eq(await page.locator('.cm-lineNumbers .cm-gutterElement.cm-ls-scheduled').count(), 1, 'scheduled gutter line');
    eq(await page.locator('.cm-lineNumbers .cm-gutterElement.cm-ls-ran').count(), 2, 'ran gutter lines');
    const [sched, ran] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.cm-line.cm-ls-scheduled')).backgroundColor,
      getComputedStyle(document.querySelector('.cm-line.cm-ls-ran:not(.cm-ls-scheduled)')).backgroundColor,
    ]);
    assert(sched !== ran && sched !== 'rgba(0, 0, 0, 0)' && ran !== 'rgba(0, 0, 0, 0)', `backgrounds ${sched} / ${ran}`);
    await page.evaluate(() => ed.highlight(null, []));
    eq(await page.locator('.cm-ls-scheduled, .cm-ls-ran').count(), 0, 'cleared');
  });

  await check('highlight scrolls the first highlighted line into view; bad lines are ignored', async () => {
    await page.evaluate(() => ed.setDoc(Array.from({ length: 200 }, (_, i) => `console.log(${i + 1});`).join('\n')));
    await page.evaluate(() => ed.highlight(null, [150, 170, 0, 9999, 2.5]));
    await page.waitForTimeout(100);
    const visible = await page.evaluate(() => {
      const line = document.querySelector('.cm-line.cm-ls-ran');
      if (!line || !line.textContent.includes('(150)')) return `first ran line is ${line && line.textContent}`;
      const a = line.getBoundingClientRect();
      const b = document.querySelector('.cm-scroller').getBoundingClientRect();
      return a.top >= b.top && a.bottom <= b.bottom ? true : `line at ${a.top}..${a.bottom}, scroller ${b.top}..${b.bottom}`;
    });
    eq(visible, true, 'line 150 visible');
    await page.evaluate(() => ed.highlight(null, []));
  });

  await check('setDark switches the theme and back', async () => {
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')).backgroundColor);
    eq(await bg(), 'rgb(255, 255, 255)', 'light background');
    await page.evaluate(() => ed.setDark(true));
    eq(await bg(), 'rgb(15, 20, 25)', 'dark background');
    await page.evaluate(() => ed.setDark(false));
    eq(await bg(), 'rgb(255, 255, 255)', 'light again');
  });

  await check('screenshots (light and dark)', async () => {
    await page.evaluate(() => {
      ed.setDoc(
        initialDoc +
          "\n\nconst crypto = require('crypto');\nfor (let i = 0; i < 5; i++) {\n  crypto.pbkdf2('pw', 'salt', 1e5, 64, 'sha512', () => console.log(`hash ${i}`));\n}\nconsole.log(undefinedThing);",
      );
      ed.highlight(2, [6, 10]);
      ed.setErrors([{ line: 12, col: 13, message: 'ReferenceError: undefinedThing is not defined' }]);
    });
    await page.evaluate(() => ed.focus());
    await page.waitForTimeout(100);
    await page.locator('#host').screenshot({ path: path.join(shotDir, 'editor-light.png') });
    await page.evaluate(() => {
      document.body.classList.add('dark');
      ed.setDark(true);
    });
    await page.waitForTimeout(100);
    await page.locator('#host').screenshot({ path: path.join(shotDir, 'editor-dark.png') });
  });

  await check('focus() focuses the editor; destroy() removes it', async () => {
    await page.focus('#after');
    await page.evaluate(() => ed.focus());
    eq(await activeInEditor(), true, 'focused');
    await page.evaluate(() => ed.destroy());
    eq(await page.locator('.cm-editor').count(), 0, 'editor removed');
  });

  await check('no page errors', async () => {
    eq(errors, [], 'errors');
  });

  // ---- www/embed.js and examples/embed.html ----
  const ORDERING = [
    "setTimeout(() => console.log('1: setTimeout'), 0);",
    "setImmediate(() => console.log('2: setImmediate'));",
    "Promise.resolve().then(() => console.log('3: Promise'));",
    "process.nextTick(() => console.log('4: nextTick'));",
    "console.log('5: synchronous');",
  ].join('\n');
  const decode = (src) => {
    const u = new URL(src);
    return { path: u.pathname, code: Buffer.from(u.searchParams.get('code'), 'base64url').toString('utf8'), query: u.search.replace(/code=[^&]*&?/, '') };
  };
  const embedPage = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const embedErrors = [];
  embedPage.on('pageerror', (e) => embedErrors.push(String(e)));
  await embedPage.goto(`${base}/site/examples/embed.html`);
  await embedPage.waitForFunction(() => customElements.get('loop-scope') && document.querySelectorAll('loop-scope').length === 2);
  const shadowIframes = () =>
    embedPage.evaluate(() =>
      [...document.querySelectorAll('loop-scope')].map((el) => {
        const f = el.shadowRoot && el.shadowRoot.querySelector('iframe');
        return f && { src: f.src, height: f.getBoundingClientRect().height, title: f.title, loading: f.getAttribute('loading'), border: getComputedStyle(f).borderTopStyle + ' ' + getComputedStyle(f).borderTopLeftRadius };
      }),
    );

  await check('examples/embed.html: the plain iframe opens the ordering snippet', async () => {
    const src = await embedPage.getAttribute('iframe.demo', 'src');
    const d = decode(new URL(src, `${base}/site/examples/embed.html`).href);
    eq(d.path, '/site/', 'playground path');
    eq(d.code, ORDERING, 'code');
    eq(d.query, '?embed&run', 'rest of the query');
  });

  await check('examples/embed.html: <loop-scope> elements become iframes of the playground', async () => {
    const [a, b] = await shadowIframes();
    const da = decode(a.src);
    eq([da.path, da.code, da.query], ['/site/', ORDERING, '?embed&run'], 'ordering element');
    eq([a.height, a.title, a.loading, a.border], [360, 'loopscope: run Node.js code', 'lazy', 'solid 8px'], 'ordering iframe');
    const db = decode(b.src);
    eq([db.path, db.query, b.height], ['/site/', '?embed&threadpool=4', 420], 'pbkdf2 element');
    assert(db.code.startsWith("const crypto = require('crypto');\nconst start = Date.now();\n\nfor (let i = 1; i <= 5; i++) {\n  crypto.pbkdf2("), `pbkdf2 code: ${JSON.stringify(db.code)}`);
    assert(db.code.endsWith('\n  });\n}'), 'pbkdf2 code end');
  });

  await check('embed.js: a lazy iframe loads the playground once scrolled to', async () => {
    await embedPage.evaluate(() => document.querySelectorAll('loop-scope')[1].scrollIntoView());
    const frame = await embedPage.waitForFunction(() => {
      const f = document.querySelectorAll('loop-scope')[1].shadowRoot.querySelector('iframe');
      try { return f.contentDocument && f.contentDocument.getElementById('q')?.textContent; } catch { return null; }
    }, null, { timeout: 10000 });
    assert(String(await frame.jsonValue()).includes('threadpool=4'), 'stub playground did not get the query');
  });

  await check('embed.js: all attributes, large code, and text set after connecting', async () => {
    const r = await embedPage.evaluate(async () => {
      const el = document.createElement('loop-scope');
      el.setAttribute('height', '200');
      el.setAttribute('threadpool', '2');
      el.setAttribute('clock', 'real');
      el.setAttribute('latency', '1');
      el.setAttribute('theme', 'dark');
      el.setAttribute('clock-bogus', 'x');
      document.body.append(el);
      const src0 = el.shadowRoot.querySelector('iframe').src;
      el.textContent = '\n    // é € 😀\n    console.log(1);\n';
      await new Promise((r) => setTimeout(r, 0));
      const src1 = el.shadowRoot.querySelector('iframe').src;
      el.setAttribute('autorun', '');
      el.setAttribute('clock', 'sundial');
      const src2 = el.shadowRoot.querySelector('iframe').src;
      el.textContent = 'x'.repeat(300000) + '\n';
      await new Promise((r) => setTimeout(r, 0));
      const src3 = el.shadowRoot.querySelector('iframe').src;
      el.remove();
      return { src0, src1, src2, len3: src3.length, tail3: src3.slice(-40) };
    });
    eq(decode(r.src0).code, '', 'empty code at first');
    const d1 = decode(r.src1);
    eq([d1.code, d1.query], ['// é € 😀\nconsole.log(1);', '?embed&threadpool=2&clock=real&latency=1&theme=dark'], 'after setting the text');
    eq(decode(r.src2).query, '?embed&run&threadpool=2&latency=1&theme=dark', 'after changing attributes');
    assert(r.len3 > 400000, `large code url length ${r.len3}`);
  });

  await check('embed.js: codeUrl is exported', async () => {
    const url = await embedPage.evaluate(async () => (await import('/site/embed.js')).codeUrl('https://h/p/', 'a+b/c', { run: true }));
    eq(url, `https://h/p/?code=${Buffer.from('a+b/c').toString('base64url')}&embed&run`, 'url');
  });

  await check('examples/embed.html: no page errors', async () => {
    eq(embedErrors, [], 'errors');
  });
} finally {
  await browser.close();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
