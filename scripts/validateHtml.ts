/**
 * HTML validity: `npm run validate:html [-- --dist DIR]`. Runs the Nu Html
 * Checker (vnu-jar, needs Java) once over a sample of the built pages: every
 * page type in the three languages (the 404 pages, /404.html included), 20 station pages picked with a fixed
 * seed (KG_SEED to change it), and one embed of each kind per language.
 * Errors fail (exit 1); warnings are printed only.
 */
import { parseOrExit } from './cli';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '..');
export const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const LANGS = ['ky', 'ru', 'en'];

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}
export interface VnuResult {
  files: string[];
  errors: VnuMessage[];
  warnings: VnuMessage[];
}

/** Small deterministic PRNG (mulberry32) so the station sample is reproducible. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const dirsIn = (d: string): string[] =>
  existsSync(d)
    ? readdirSync(d)
        .filter((n) => existsSync(join(d, n, 'index.html')))
        .sort()
    : [];

/** The sample of built HTML files to validate. */
export function sampleFiles(dist: string, seed = Number(process.env.KG_SEED ?? 2021)): string[] {
  const out: string[] = [];
  const first = (l: string, type: string, prefer: string) => {
    const d = dirsIn(join(dist, l, type));
    return d.includes(prefer) ? prefer : d[0];
  };
  for (const l of LANGS) {
    for (const p of ['', 'count', 'search', 'methodology', 'data']) out.push(join(dist, l, p, 'index.html'));
    out.push(join(dist, l, '404.html'));
    for (const [type, prefer] of [
      ['region', 'aravan'],
      ['region', 'batken-oblast'],
      ['party', 'ata-jurt'],
      ['constituency', '6'],
      ['station', '1938'],
    ]) {
      const d = first(l, type, prefer);
      if (d) out.push(join(dist, l, type, d, 'index.html'));
    }
    const embeds = dirsIn(join(dist, l, 'embed'));
    for (const kind of [/map/, /grid/, /^(?!.*(map|grid))/]) {
      const e = embeds.find((x) => kind.test(x));
      if (e) out.push(join(dist, l, 'embed', e, 'index.html'));
    }
  }
  out.push(join(dist, '404.html'));
  const stations = LANGS.flatMap((l) =>
    dirsIn(join(dist, l, 'station')).map((s) => join(dist, l, 'station', s, 'index.html')),
  );
  const rand = rng(seed);
  for (let i = 0; i < 20 && stations.length; i++) out.push(stations.splice(Math.floor(rand() * stations.length), 1)[0]);
  return [...new Set(out)].filter((f) => existsSync(f));
}

/**
 * CSS the checker's bundled CSS validator predates, though every current
 * browser supports it (CSS Containment 3: the artboard container query of
 * src/figures/art.ts). Reported as warnings, not errors; nothing else is.
 */
export const CHECKER_CSS_GAPS = [
  /^CSS: “container-type”: Property “container-type” doesn.t exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
];

/** Validate HTML files with one java invocation; messages split into errors and warnings. */
export function validateFiles(files: string[]): VnuResult {
  if (!existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: npm install (vnu-jar is a devDependency)`);
  const java = process.env.JAVA ?? 'java';
  const r = spawnSync(java, ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.error)
    throw new Error(`cannot run ${java} (${r.error.message}): install a JRE (apt-get install default-jre-headless)`);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(r.stderr || r.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu.jar gave no JSON (exit ${r.status}):\n${(r.stderr || r.stdout).slice(0, 2000)}`);
  }
  const known = (m: VnuMessage) => CHECKER_CSS_GAPS.some((re) => re.test(m.message.trim()));
  const isError = (m: VnuMessage) =>
    (m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal') && !known(m);
  return { files, errors: messages.filter(isError), warnings: messages.filter((m) => !isError(m)) };
}

/** One readable line per message: file:line:column: message. */
export function formatMessage(m: VnuMessage, dist = ''): string {
  const file = (m.url ?? '').replace(/^file:/, '').replace(dist, '');
  return `${file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? `  «${m.extract.replace(/\s+/g, ' ').slice(0, 120)}»` : ''}`;
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const v = parseOrExit(
    'validate-html',
    process.argv.slice(2),
    { dist: { type: 'string', what: 'the built site folder' } },
    'usage: npm run validate:html -- [--dist DIR]',
  );
  const dist = resolve(v.dist ?? process.env.KG_DIST ?? join(ROOT, 'dist'));
  const files = sampleFiles(dist);
  if (!files.length) {
    console.error(`validate-html: no built pages in ${dist}; run "npm run build" first`);
    process.exit(2);
  }
  const t0 = performance.now();
  const r = validateFiles(files);
  for (const w of r.warnings) console.log(formatMessage(w, dist));
  for (const e of r.errors) console.error(formatMessage(e, dist));
  console.log(
    `Nu Html Checker: ${files.length} pages, ${r.errors.length} error(s), ${r.warnings.length} warning(s), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  process.exitCode = r.errors.length ? 1 : 0;
}
