import { describe, expect, it } from 'vitest';
import { claimantLabels } from '../../src/lib/claimants';

const unnamed = {
  ky: 'булакта аты аталбаган партия (анын ыйгарым укуктуу өкүлү)',
  ru: 'партия, не названная в источнике (её уполномоченный представитель)',
  en: 'a party not named in the source (its authorised representative)',
};
const party = { ky: '«Альянс» партиясы', ru: 'партия «Альянс»', en: 'Alliance party' };

describe('claimantLabels', () => {
  it('writes an unnamed claimant in full once, then without its bracket', () => {
    const rows = [
      { partyId: null, claimant: unnamed },
      { partyId: 'alliance', claimant: party },
      { partyId: null, claimant: unnamed },
      { partyId: null, claimant: unnamed },
    ];
    expect(claimantLabels(rows, 'ru')).toEqual([
      unnamed.ru,
      party.ru,
      'партия, не названная в источнике',
      'партия, не названная в источнике',
    ]);
    expect(claimantLabels(rows, 'ky')[2]).toBe('булакта аты аталбаган партия');
  });

  it('keeps a named party and a claimant without a bracket as they are', () => {
    const cec = { ky: 'БШК', ru: 'ЦИК', en: 'the CEC' };
    const rows = [
      { partyId: 'alliance', claimant: party },
      { partyId: 'alliance', claimant: party },
      { partyId: null, claimant: cec },
      { partyId: null, claimant: cec },
    ];
    expect(claimantLabels(rows, 'en')).toEqual([party.en, party.en, 'the CEC', 'the CEC']);
  });
});
