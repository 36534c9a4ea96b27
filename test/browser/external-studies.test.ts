import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/ec-external-studies.js';
import { fr } from '../../src/translations/fr.js';
import { fr as profileFr } from '../../src/translations/profile/fr.js';
import { summary, useMockBackend } from './helpers.js';
import { describeListElement, fieldError, typeFields } from './list-suite.js';
import {
  button,
  choices,
  chosen,
  control,
  describedBy,
  errorOn,
  PATIENCE,
  press,
  save,
  settled,
  visible,
} from './profile-helpers.js';

const mock = useMockBackend();
/** The year a post-bac study was obtained. */
const YEAR = 'Année d’obtention';

describeListElement(
  mock,
  {
    tag: 'ec-external-studies',
    entry: {
      Département: 'Paris',
      Commune: 'Paris',
      Établissement: 'Lycée Chaptal',
      [YEAR]: '2023',
      'Type de formation': 'Licence',
      Intitulé: 'Licence Droit, 1re année',
      Résultat: { radio: 'Obtenu' },
      Mention: 'Assez bien',
    },
    listed: '2023 — Licence Droit, 1re année',
    // From "Pays" (France): the département typed then picked in its list, its one commune picked at once, its first lycée, then the rest.
    byKeyboard: async (el) => {
      await press('Tab');
      await sendKeys({ type: 'Paris' });
      await press('ArrowDown', 'Enter');
      await waitUntil(() => chosen(el, 'Commune') === 'Paris' && choices(el, 'Établissement').length > 0, 'the lycées of Paris did not come', PATIENCE);
      await press('Tab', 'Tab', 'ArrowDown', 'Tab');
      await typeFields('2023');
      await press('ArrowDown', 'Tab');
      await typeFields('Licence Droit, 1re année');
      await press('Space', 'Tab', 'ArrowDown', 'ArrowDown', 'Tab');
    },
    edit: { label: 'Intitulé', append: ', parcours droit privé', listed: '2023 — Licence Droit, 1re année, parcours droit privé' },
    theirs: {
      country: '131',
      department: null,
      commune: null,
      establishment: null,
      year: 2022,
      diplomaType: 'BTS',
      label: 'BTS Commerce international',
      result: 'failed',
      honours: null,
    },
    theirsListed: '2022 — BTS Commerce international',
    fieldErrors: [
      { name: 'establishment', label: 'Établissement', ...fieldError('commune_mismatch') },
      { name: 'diplomaType', label: 'Type de formation', ...fieldError('unknown_code') },
      { name: 'label', label: 'Intitulé', ...fieldError('too_long', { limit: 255 }) },
      { name: 'honours', label: 'Mention', ...fieldError('unknown_code') },
    ],
    lengths: [{ label: 'Intitulé', name: 'label', limit: 255 }],
  },
  (mountList) => {
    it('saved empty: the lists still waiting for their parent only say which to choose first, in the field and the summary', async () => {
      const required = fr.fieldError('required', {});
      const el = await mountList();
      button(el, profileFr.profile.add).click();
      await settled(el);
      await save(el);
      expect(errorOn(el, 'Département')).to.equal(required);
      for (const [label, parent] of [
        ['Commune', 'Département'],
        ['Établissement', 'Commune'],
      ]) {
        expect(errorOn(el, label), label).to.equal('');
        expect(describedBy(control(el, label)), label).to.equal(profileFr.profile.chooseFirst(parent));
        expect(control(el, label), label).to.have.attribute('aria-invalid', 'false');
      }
      const listed = [...summary(el).querySelectorAll('li')].map((entry) => visible(entry.textContent));
      expect(listed).to.include(fr.labelled('Département', required));
      expect(listed.filter((entry) => entry.startsWith('Commune') || entry.startsWith('Établissement'))).to.deep.equal([]);
    });
  },
);
