/**
 * Built pages pass the Nu Html Checker (scripts/validateHtml.ts): every
 * page type × 3 languages, 20 seeded-random station pages and one embed of
 * each kind, in one java run. Errors fail; warnings are printed.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, sampleFiles, validateFiles } from '../../scripts/validateHtml';
import { DIST, requireDist } from '../support/site';

describe('HTML validity (vnu)', () => {
  // Guards against invalid markup (stray tags, duplicate ids, bad attribute values) in any page type.
  it('the sampled built pages have no errors', () => {
    requireDist();
    const files = sampleFiles(DIST);
    expect(files.length).toBeGreaterThanOrEqual(40);
    const r = validateFiles(files);
    if (r.warnings.length) console.log(r.warnings.map((m) => formatMessage(m, DIST)).join('\n'));
    expect(r.errors.map((m) => formatMessage(m, DIST))).toEqual([]);
  });
});
