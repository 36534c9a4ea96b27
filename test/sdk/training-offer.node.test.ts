import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterTrainingOffer, trainingOfferDiplomaTypes, type TrainingOffer, type TrainingOfferFilter } from '../../sdk/index.js';
import { aTrainingOffer } from './helpers.js';

/** What a filter keeps: each centre's code and its programmes' codes. */
const kept = (offer: TrainingOffer, filter: TrainingOfferFilter) =>
  filterTrainingOffer(offer, filter).centres.map(({ code, programmes }) => [code, programmes.map((programme) => programme.code)]);

describe('filterTrainingOffer', () => {
  it('keeps the whole offer, in its order, when nothing is asked', () => {
    assert.deepEqual(filterTrainingOffer(aTrainingOffer(), {}), aTrainingOffer());
    assert.deepEqual(filterTrainingOffer(aTrainingOffer(), { text: '   ' }), aTrainingOffer());
  });

  const searches: { text: string; expected: ReturnType<typeof kept> }[] = [
    { text: 'economie', expected: [['ECO', ['MECO1', 'LPOEN']]] },
    { text: 'ÉCONOMIE appliquée', expected: [['ECO', ['MECO1']]] },
    { text: 'oenologie', expected: [['ECO', ['LPOEN']]] },
    { text: "faculte d'economie", expected: [['ECO', ['MECO1', 'LPOEN']]] },
    { text: 'droit master', expected: [['DROIT', ['MDRO1']]] },
    { text: "diplome d'universite", expected: [['DROIT', ['DUCRIM']]] },
    { text: 'ducrim', expected: [['DROIT', ['DUCRIM']]] },
    { text: 'licence', expected: [['DROIT', ['LDRO1']], ['ECO', ['LPOEN']]] },
    { text: 'médecine', expected: [] },
  ];
  for (const { text, expected } of searches) {
    it(`"${text}" finds ${JSON.stringify(expected)}: every word, in label, code, diploma type or centre, without case or accents`, () => {
      assert.deepEqual(kept(aTrainingOffer(), { text }), expected);
    });
  }

  it('keeps one centre, or one diploma type, and combines them with the text', () => {
    assert.deepEqual(kept(aTrainingOffer(), { centre: 'ECO' }), [['ECO', ['MECO1', 'LPOEN']]]);
    assert.deepEqual(kept(aTrainingOffer(), { diplomaType: 'MAST' }), [
      ['DROIT', ['MDRO1']],
      ['ECO', ['MECO1']],
    ]);
    assert.deepEqual(kept(aTrainingOffer(), { centre: 'DROIT', diplomaType: 'MAST', text: 'affaires' }), [['DROIT', ['MDRO1']]]);
    assert.deepEqual(kept(aTrainingOffer(), { centre: 'DROIT', text: 'economie' }), []);
  });

  it('leaves the offer it was given as it was', () => {
    const offer = aTrainingOffer();
    filterTrainingOffer(offer, { text: 'droit', diplomaType: 'LIC' });
    assert.deepEqual(offer, aTrainingOffer());
  });
});

describe('trainingOfferDiplomaTypes', () => {
  it('lists each diploma type of the offer once, sorted by label', () => {
    assert.deepEqual(trainingOfferDiplomaTypes(aTrainingOffer()), [
      { code: 'DU', label: "DU - Diplôme d'université" },
      { code: 'LIC', label: 'Licence' },
      { code: 'LP', label: 'Licence professionnelle' },
      { code: 'MAST', label: 'Master' },
    ]);
  });

  it('lists none for an empty offer', () => {
    assert.deepEqual(trainingOfferDiplomaTypes({ centres: [] }), []);
  });
});
