/**
 * The list of social cards per language (pure): one per fixed page, one per
 * region and party, one shared by all constituencies and one by all stations.
 * Names match ogCardName() in src/lib/og.ts.
 */
import type { Lang, SiteData } from '../lib/types';
import { t } from '../i18n';

export interface CardSpec {
  name: string;
  pageTitle: string;
  /** Figure id drawn on the card (must be in figureIds()). */
  figureId: string;
}

/** Every social card of one language. */
export function socialCards(site: SiteData, lang: Lang, figureIds: Set<string>): CardSpec[] {
  const tx = t(lang);
  // The first of the candidates that this station file supports (a file without registered voters has no turnout figures).
  const first = (...ids: string[]): string => ids.find((id) => figureIds.has(id)) ?? ids[ids.length - 1];
  const cards: CardSpec[] = [
    { name: 'home', pageTitle: tx('card.home'), figureId: 'stage-shares' },
    { name: 'count', pageTitle: tx('card.count'), figureId: 'stage-shares' },
    { name: 'methodology', pageTitle: tx('card.methodology'), figureId: 'stage-shares' },
    { name: 'search', pageTitle: tx('card.search'), figureId: 'demand-map' },
    { name: 'constituency', pageTitle: tx('card.constituency'), figureId: 'leader-map' },
    { name: 'station', pageTitle: tx('card.station'), figureId: first('turnout-leader', 'leader-map') },
  ];
  for (const a of site.areas) {
    const fig = [`area-map-${a.slug}`, `station-grid-${a.slug}`].find((id) => figureIds.has(id)) ?? 'demand-map';
    cards.push({ name: `region-${a.slug}`, pageTitle: tx('card.region', { name: a.name[lang] }), figureId: fig });
  }
  for (const p of site.parties) {
    cards.push({
      name: `party-${p.id}`,
      pageTitle: tx('card.party', { name: p.name[lang] }),
      figureId: `share-map-${p.id}`,
    });
  }
  for (const c of cards)
    if (!figureIds.has(c.figureId))
      throw new Error(`socialCards: card "${c.name}" uses unknown figure "${c.figureId}"`);
  return cards;
}
