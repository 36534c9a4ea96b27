import { chromium } from 'playwright-core';
import { createServer } from 'vite';
const server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const base = `http://127.0.0.1:${(server.httpServer!.address() as any).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1024, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${base}/signup`);
  const mail = `x${Date.now()}@example.org`;
  const f = (l: string) => page.getByLabel(new RegExp(`^${l}( \\*)?$`));
  await f('Nom').fill('Dupont'); await f('Prénom').fill('Élise'); await f('Adresse mail').fill(mail); await f('Confirmation adresse mail').fill(mail);
  await f('Mot de passe').fill('Cand1dat-2027'); await f('Confirmation du mot de passe').fill('Cand1dat-2027');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('link', { name: 'Création de votre compte eCandidat : ouvrir le lien' }).click();
  const status = page.getByRole('status').filter({ hasText: /Votre login est ([0-9A-Z]{8})/ });
  await status.waitFor();
  const login = /Votre login est ([0-9A-Z]{8})/.exec(await status.innerText())![1];
  await page.getByRole('link', { name: 'Me connecter' }).click();
  await f('Utilisateur').fill(login); await f('Mot de passe').fill('Cand1dat-2027');
  await page.getByRole('button', { name: 'Connexion', exact: true }).click();
  await page.getByRole('heading', { name: 'Mon compte' }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/profile-shots/demo-home-${width}.png`, fullPage: true });
  await page.screenshot({ path: `/tmp/dbg/demo-top-${width}.png`, clip: { x: 0, y: 0, width, height: 800 } });
  await page.close();
}
await browser.close(); await server.close();
