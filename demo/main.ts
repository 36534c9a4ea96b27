/**
 * The demo portal (`npm start`): the reference backend runs in an msw worker in this page, the
 * elements talk to it at /api/, and a mailbox panel shows what it mails. `?scenario=maintenance`
 * (or any scenario) switches the backend into a failure mode.
 */
import { startMockWorker } from '../mocks/browser.js';
import { createMockBackend, type Scenario } from '../mocks/index.js';
import type { Destination, EcProvider, Locale } from '../src/index.js';
import { renderMailbox } from './mailbox.js';

const backend = createMockBackend({ appUrl: `${location.origin}/`, latency: 150 });
backend.scenario = (new URLSearchParams(location.search).get('scenario') as Scenario | null) ?? null;
await startMockWorker(backend);
await Promise.all([
  import('../src/define/all.js'),
  import('../src/define/ec-profile.js'),
  import('../src/define/ec-personal-info-form.js'),
  import('../src/define/ec-address-form.js'),
  import('../src/define/ec-baccalaureate-form.js'),
  import('../src/define/ec-internal-studies.js'),
  import('../src/define/ec-external-studies.js'),
  import('../src/define/ec-internships.js'),
  import('../src/define/ec-work-experience.js'),
  import('../src/define/ec-applications.js'),
]);

const login = () => '<ec-login-form></ec-login-form>';
/** Each page of the portal: its path and what it shows. */
const VIEWS: Record<string, () => string> = {
  '/': login,
  '/signup': () => '<ec-signup-form></ec-signup-form>',
  '/activation': () => '<ec-activation></ec-activation>',
  '/forgotten-credentials': () => '<ec-forgot-credentials></ec-forgot-credentials>',
  '/resend-activation': () => '<ec-resend-activation></ec-resend-activation>',
  '/password-reset': () => '<ec-reset-password></ec-reset-password>',
  '/home': () =>
    '<section class="ec-root" id="home"><p id="welcome"></p><button type="button" id="logout"></button></section><ec-profile></ec-profile>',
};
const PATHS: Record<Destination, string> = {
  login: '/',
  signup: '/signup',
  'forgotten-credentials': '/forgotten-credentials',
  'resend-activation': '/resend-activation',
  home: '/home',
};

const provider = document.querySelector<EcProvider>('ec-provider')!;
provider.links = PATHS;

function show(url: URL) {
  if (url.href !== location.href) history.pushState(null, '', url);
  provider.innerHTML = (VIEWS[location.pathname] ?? login)();
  provider.querySelector('h2')?.setAttribute('tabindex', '-1');
  if (location.pathname === '/home') renderHome();
}

function renderHome() {
  const state = provider.session?.state;
  if (state?.status !== 'authenticated') return show(new URL('/', location.href));
  const english = provider.locale === 'en';
  provider.querySelector('#welcome')!.textContent = english
    ? `Welcome ${state.session.firstName} ${state.session.lastName}. You are logged in with the login: ${state.session.login}`
    : `Bienvenue ${state.session.firstName} ${state.session.lastName}. Vous êtes connecté avec le login : ${state.session.login}`;
  const profile = provider.querySelector('ec-profile')!;
  profile.tab = new URLSearchParams(location.search).get('tab') ?? '';
  profile.addEventListener('ec-tab-change', (event) => {
    const url = new URL(location.href);
    url.searchParams.set('tab', event.tab);
    history.replaceState(null, '', url);
  });
  const logout = provider.querySelector<HTMLButtonElement>('#logout')!;
  logout.textContent = english ? 'Log out' : 'Déconnexion';
  logout.addEventListener('click', () => void provider.session?.logout().then(() => show(new URL('/', location.href))));
}

function setLocale(locale: Locale) {
  provider.locale = locale;
  document.documentElement.lang = locale;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  if (location.pathname === '/home') renderHome();
}

provider.addEventListener('ec-navigate', (event) => {
  event.preventDefault();
  show(new URL(PATHS[event.to], location.href));
});
provider.addEventListener('ec-success', (event) => {
  const from = (event.target as Element).localName;
  if (from === 'ec-login-form') show(new URL('/home', location.href));
  // The demo's candidates arrive with a few applications and internal studies to look at.
  if (from === 'ec-activation') {
    const { login } = event.detail as { login: string };
    backend.seedApplications(login);
    backend.seedInternalStudies(login);
  }
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
  button.addEventListener('click', () => setLocale(button.dataset.locale as Locale));
}
addEventListener('popstate', () => show(new URL(location.href)));

const mailbox = document.querySelector<HTMLElement>('#mailbox')!;
let shown = -1;
setInterval(() => {
  if (backend.outbox.length === shown) return;
  shown = backend.outbox.length;
  renderMailbox(mailbox, backend.outbox, show);
}, 300);

setLocale(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr');
show(new URL(location.href));
