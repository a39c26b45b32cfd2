/**
 * Astro integration that brings the downloads into the site: they are part
 * of the data build's generation (.derived/gen-<id>/downloads/), not of
 * public/, so the site gets exactly the downloads of the generation its pages
 * are built from, and nothing a killed data build left behind.
 *
 * - build: the generation is resolved once when the config is set up and
 *   pinned for the process (KG_DERIVED_GEN, which src/data/load.ts reads), so
 *   pages and downloads come from the same folder even if a data build
 *   publishes meanwhile; when the build is done, that folder's downloads are
 *   copied into <outDir>/downloads/ (beside the per-figure CSVs that the
 *   pages wrote to <outDir>/downloads/figures/), and datapackage.json and
 *   SHA256SUMS are written anew over both (completeDownloads in
 *   ./downloads.ts): the package lists the tables and every figure CSV, the
 *   checksums cover every file of the folder, so `sha256sum -c SHA256SUMS`
 *   run in it checks every download.
 * - dev: /downloads/<file> is served from the current generation (its
 *   datapackage.json and SHA256SUMS are the data step's, tables only); the
 *   figure CSVs come from their endpoint.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentGeneration, partDir } from '../src/data/outputs';
import { figures } from '../src/data/site';
import { completeDownloads, FIGURES_DIR, PACKAGE, SUMS } from './downloads';

/** Files of a folder (not recursive) by name, as bytes. */
const filesOf = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir)
      .filter((n) => statSync(join(dir, n)).isFile())
      .map((n) => [n, readFileSync(join(dir, n))]),
  );

const TYPES: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json' };

export function downloads(): AstroIntegration {
  return {
    name: 'kg-downloads',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || process.env.KG_DERIVED_GEN) return;
        const gen = currentGeneration();
        if (gen) process.env.KG_DERIVED_GEN = gen;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/downloads/', (req, res, next) => {
          const gen = currentGeneration();
          const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^\/+/, '');
          const file = gen && !name.startsWith('..') ? join(partDir(gen, 'downloads'), name) : null;
          if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
          const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
          res.setHeader('Content-Type', TYPES[ext] ?? 'text/plain; charset=utf-8');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const gen = currentGeneration();
        const from = gen ? partDir(gen, 'downloads') : null;
        if (!from || !existsSync(from))
          throw new Error(
            `downloads: no published data build (.derived/current) to copy downloads from: run "npm run data"`,
          );
        const to = join(fileURLToPath(dir), 'downloads');
        cpSync(from, to, { recursive: true });
        const figDir = join(to, FIGURES_DIR);
        const csvs = new Map(
          [...(existsSync(figDir) ? filesOf(figDir) : new Map<string, Buffer>())]
            .filter(([n]) => n.endsWith('.csv'))
            .map(([n, b]) => [n.replace(/\.csv$/, ''), b]),
        );
        // The English figures: their download rows do not depend on the language (src/pages/downloads/figures/).
        const all = completeDownloads(filesOf(from), [...figures('en').values()], csvs);
        writeFileSync(join(to, PACKAGE), all.get(PACKAGE)!);
        writeFileSync(join(to, SUMS), all.get(SUMS)!);
        logger.info(
          `${readdirSync(from).length} downloads copied from ${from}; ${PACKAGE} and ${SUMS} cover ${all.size - 1} files (${csvs.size} figure CSVs)`,
        );
      },
    },
  };
}
