/** English, interaction: map and grid tooltips on touch, search results and their count. Every key of ../ky/interact.ts is required. */
import type { interact as ky } from '../ky/interact';

export const interact: Record<keyof typeof ky, string> = {
  'tip.again': 'Tap again to open the page.',
  'search.resultsLabel': 'Search results',
  'search.areasCount': '{n} area|{n} areas',
  'search.keys': 'Choose with ↓ and ↑, open with Enter.',
};
