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
 *   copied into <outDir>/downloads/ (beside the per-figure CSVs).
 * - dev: /downloads/<file> is served from the current generation.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentGeneration, partDir } from '../src/data/outputs';

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
        logger.info(`${readdirSync(from).length} downloads copied from ${from}`);
      },
    },
  };
}
