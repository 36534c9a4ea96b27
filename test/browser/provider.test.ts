/**
 * `<ec-provider>`'s language: `locale="en"` in a French page sets `lang="en"` on the provider and
 * the elements speak English once its strings have loaded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { EcProvider } from '../../src/components/provider/provider.js';
import { en as accountEn } from '../../src/translations/account/en.js';
import { fr as accountFr } from '../../src/translations/account/fr.js';
import { en } from '../../src/translations/en.js';
import { fr } from '../../src/translations/fr.js';
import type { Locale, TranslationOverrides } from '../../src/translations/translation.js';
import {
  alertText,
  api,
  field,
  fill,
  FAILURES,
  labels,
  mount,
  PATHS,
  submit,
  summary,
  useMockBackend,
  type Tag,
} from './helpers.js';

const mock = useMockBackend();

/** Mounts `tag` in an English provider (the elements render nothing until English has loaded). */
const inEnglish = (tag: Tag, attrs: Record<string, string> = {}) => mount(tag, { locale: 'en', attrs });

describe('<ec-provider> language', () => {
  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'fr';
  });
  afterEach(() => (document.documentElement.lang = pageLang));

  it('locale="en" in a French page: lang="en" on the provider, and the login form in English', async () => {
    const el = await inEnglish('ec-login-form');
    expect(el.parentElement).to.have.attribute('lang', 'en');
    expect(labels(el)).to.deep.equal([en.fields.login, en.fields.password]);
    expect(el.querySelector('h2')?.textContent).to.equal(en.login.title);
    await expect(el).to.be.accessible();

    await submit(el);
    expect(summary(el).textContent).to.include('The form has 2 errors:');

    FAILURES.invalidCredentials.arrange(mock, PATHS.login);
    await fill(el, { User: '21EG9U1F', Password: 'Un-mot-de-passe-1' });
    await submit(el);
    expect(alertText(el)).to.equal(en.problems.invalid_credentials);
  });

  it('the end of a maintenance is written the English way', async () => {
    FAILURES.maintenance.arrange(mock, PATHS.forgotCredentials);
    const el = await inEnglish('ec-forgot-credentials');
    await fill(el, { 'Mail address': 'zoe@example.org' });
    await submit(el);
    expect(alertText(el)).to.equal(`${en.maintenance('December 3, 2026 at 7:00 PM GMT-3')} ${en.kept}`);
  });

  it('requests ask the backend for English (Accept-Language)', async () => {
    let language: string | null = null;
    mock.worker.use(
      http.post(api(PATHS.resendActivation), ({ request }) => {
        language = request.headers.get('Accept-Language');
      }),
    );
    const el = await inEnglish('ec-resend-activation');
    await fill(el, { 'Mail address': 'zoe@example.org' });
    await submit(el);
    expect(language).to.equal('en');
  });

  const TITLES: { tag: Tag; title: string; attrs?: Record<string, string> }[] = [
    { tag: 'ec-signup-form', title: accountEn.signup.title },
    { tag: 'ec-activation', title: accountEn.activation.title },
    { tag: 'ec-forgot-credentials', title: accountEn.forgotCredentials.title },
    { tag: 'ec-resend-activation', title: accountEn.resendActivation.title },
    { tag: 'ec-reset-password', title: accountEn.resetPassword.title, attrs: { token: 'a-mailed-token' } },
  ];
  for (const { tag, title, attrs } of TITLES) {
    it(`<${tag}> speaks English too`, async () => {
      const el = await inEnglish(tag, attrs);
      expect(el.querySelector('h2')?.textContent).to.equal(title);
      await expect(el).to.be.accessible();
    });
  }

  it('locale="fr" in a French page sets no lang', async () => {
    const el = await mount('ec-login-form', { locale: 'fr' });
    expect(el.parentElement).not.to.have.attribute('lang');
    expect(labels(el)).to.deep.equal(['Utilisateur', 'Mot de passe']);
  });

  it('switching the provider to English at run time relabels the fields and keeps what was typed', async () => {
    const el = await mount('ec-login-form');
    await fill(el, { Utilisateur: '21eg9u1f' });
    el.parentElement?.setAttribute('locale', 'en');
    await waitUntil(() => labels(el).includes(en.fields.login), 'the labels stayed French');
    expect(el.parentElement).to.have.attribute('lang', 'en');
    expect(labels(el)).to.deep.equal([en.fields.login, en.fields.password]);
    expect(field(el, en.fields.login).value).to.equal('21eg9u1f');
  });
});

describe("<ec-provider> a university's wording", () => {
  it('overrides, per language, a base string and a string of an area of elements, and keeps every other', async () => {
    const wording: Partial<Record<Locale, TranslationOverrides>> = {
      fr: { fields: { lastName: 'Nom de naissance' }, signup: { title: 'Inscription' } },
      en: { signup: { title: 'Register' } },
    };
    const el = await mount('ec-signup-form');
    const provider = el.parentElement as EcProvider;
    provider.translations = wording;
    const title = () => el.querySelector('h2')?.textContent;
    await waitUntil(() => title() === 'Inscription', 'the French wording was not used');
    expect(labels(el).slice(0, 2)).to.deep.equal(['Nom de naissance', fr.fields.firstName]);
    expect(el.querySelector('button[type=submit]')?.textContent?.trim(), 'the rest of the group is kept').to.equal(accountFr.signup.submit);

    provider.setAttribute('locale', 'en');
    await waitUntil(() => title() === 'Register', 'the English wording was not used');
    expect(labels(el)[0], 'the French override stays French').to.equal(en.fields.lastName);
  });
});
