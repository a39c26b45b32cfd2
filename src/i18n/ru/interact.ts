/** Russian, interaction: map and grid tooltips on touch, search results and their count. Every key of ../ky/interact.ts is required. */
import type { interact as ky } from '../ky/interact';

export const interact: Record<keyof typeof ky, string> = {
  'tip.again': 'Нажмите ещё раз, чтобы открыть страницу.',
  'search.resultsLabel': 'Результаты поиска',
  'search.areasCount': '{n} территория|{n} территории|{n} территорий',
  'search.keys': 'Выберите результат клавишами ↓ и ↑ и откройте клавишей Enter.',
};
