import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { fr as accountFr } from '../../src/translations/account/fr.js';
import { fr } from '../../src/translations/fr.js';
import { describeForm } from './form-suite.js';
import {
  alertText,
  api,
  candidateTime,
  control,
  COMMON_FAILURES,
  fill,
  gate,
  link,
  mount,
  PATHS,
  problem,
  submit,
  useMockBackend,
} from './helpers.js';

const mock = useMockBackend();

const MAIL = 'eloise.ndiaye@example.org';
const TYPED = {
  Nom: " N'Diaye-Lefèvre ",
  Prénom: 'Éloïse',
  'Adresse mail': MAIL,
  'Confirmation adresse mail': MAIL,
  'Mot de passe': 'Crêpe-Sûre-2027',
  'Confirmation du mot de passe': 'Crêpe-Sûre-2027',
};

describe('<ec-signup-form>', () => {
  describeForm(mock, {
    tag: 'ec-signup-form',
    path: PATHS.signup,
    typed: TYPED,
    fieldErrors: [
      { name: 'lastName', label: 'Nom', error: { code: 'too_long', params: { limit: 30 } }, message: '30 caractères au maximum.' },
      { name: 'firstName', label: 'Prénom', error: { code: 'required' }, message: 'Ce champ est obligatoire.' },
      {
        name: 'mail',
        label: 'Adresse mail',
        error: { code: 'mail_format' },
        message: 'Saisissez une adresse mail valide, par exemple prenom.nom@exemple.fr.',
      },
      { name: 'mailConfirmation', label: 'Confirmation adresse mail', error: { code: 'mismatch' }, message: 'Les deux saisies ne sont pas identiques.' },
      { name: 'password', label: 'Mot de passe', error: { code: 'password_no_digit' }, message: 'Le mot de passe doit contenir un chiffre.' },
      { name: 'passwordConfirmation', label: 'Confirmation du mot de passe', error: { code: 'mismatch' }, message: 'Les deux saisies ne sont pas identiques.' },
    ],
    failures: COMMON_FAILURES,
    success: {
      status: (_typed, detail) => accountFr.signup.success(MAIL, candidateTime((detail as { activationDeadline: string }).activationDeadline)),
    },
  });

  it('says "Chargement…" until the configuration arrives, then shows the form', async () => {
    const held = gate();
    mock.worker.use(http.get(api(PATHS.config), () => held.opened));
    const el = await mount('ec-signup-form', { ready: (element) => element.textContent?.includes('Chargement…') === true });
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    held.open();
    await waitUntil(() => el.querySelector('form'), 'the form did not show');
    expect(el.textContent).not.to.include('Chargement…');
  });

  it('a configuration that cannot be read: a message and "Réessayer", which reads it again', async () => {
    mock.worker.use(http.get(api(PATHS.config), () => problem(500, 'server_error')));
    const el = await mount('ec-signup-form');
    expect(alertText(el)).to.equal(fr.problems.server_error);
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    control(el, 'Réessayer')?.click();
    await waitUntil(() => el.querySelector('form'), 'the form did not show');
    expect(alertText(el)).to.equal('');
  });

  it('no active campaign: says so in place of the form', async () => {
    mock.backend.scenario = 'campaign-closed';
    const el = await mount('ec-signup-form');
    expect(alertText(el)).to.equal(fr.problems.campaign_closed);
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('success: "Vérifiez votre messagerie", a link to log in in place of the form, and the activation mail sent', async () => {
    const el = await mount('ec-signup-form');
    await fill(el, TYPED);
    await submit(el);
    expect(el.querySelector('h2')?.textContent).to.equal('Vérifiez votre messagerie');
    expect(el.querySelector('form')).to.equal(null);
    expect(link(el, 'Connexion').getAttribute('href')).to.equal('#login');
    expect(mock.backend.outbox.map((sent) => sent.to)).to.deep.equal([MAIL]);
  });
});
