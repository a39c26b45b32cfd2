/** Kyrgyz (the reference locale), interaction: map and grid tooltips on touch, search results and their count. */
export const interact = {
  'tip.again': 'Баракты ачуу үчүн кайра басыңыз.',
  'search.resultsLabel': 'Издөөнүн жыйынтыктары',
  'search.areasCount': '{n} аймак',
  'search.keys': '↓ жана ↑ баскычтары менен тандап, Enter менен ачыңыз.',
};
