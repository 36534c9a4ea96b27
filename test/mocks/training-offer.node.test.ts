import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { filterTrainingOffer, TrainingOfferSchema, type Programme, type TrainingOffer } from '../../sdk/index.js';
import { call, clientOf, DAY, useMockBackend } from './helpers.js';

const mock = useMockBackend();

const programmesOf = (offer: TrainingOffer): Programme[] => offer.centres.flatMap((centre) => centre.programmes);
const programme = (offer: TrainingOffer, code: string): Programme | undefined => programmesOf(offer).find((entry) => entry.code === code);
/** Today in Europe/Paris, `YYYY-MM-DD`, `days` from now by the mock's clock. */
const parisDay = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(Date.now() + days * DAY);

test('anyone reads the training offer: centres, then their programmes, as the contract says', async () => {
  const answer = await call('GET', 'training-offer');
  assert.equal(answer.status, 200);
  const offer = v.parse(TrainingOfferSchema, answer.body);
  assert.deepEqual(
    offer.centres.map((centre) => centre.label),
    ['Faculté de droit', 'Faculté d’économie', 'Faculté des sciences et technologies', 'IUT'],
  );
  assert.ok(programmesOf(offer).length >= 20);
});

test('a programme or a centre withdrawn from the offer is not shown', async () => {
  const offer = await clientOf().applications.getTrainingOffer();
  assert.equal(programme(offer, 'MPHY2'), undefined, 'an inactive programme');
  assert.equal(
    offer.centres.find((centre) => centre.code === 'FC'),
    undefined,
    'an inactive centre',
  );
});

test('every programme has a diploma type and its dates within the campaign, in order', async () => {
  const client = clientOf();
  const [offer, { campaign }] = await Promise.all([client.applications.getTrainingOffer(), client.platform.config()]);
  assert.ok(campaign);
  const [opens, closes] = [campaign.opensAt, campaign.closesAt].map((time) => time.slice(0, 10));
  for (const { code, diplomaType, dates } of programmesOf(offer)) {
    assert.ok(diplomaType.code && diplomaType.label, code);
    assert.ok(opens <= dates.applicationStart && dates.applicationStart <= dates.applicationEnd, code);
    const later = [dates.documentsDue, dates.preAnalysis, dates.jury, dates.publication, dates.confirmationDue].filter((date) => date !== null);
    assert.ok(later.every((date) => dates.applicationEnd < date && date <= closes), code);
  }
  const types = new Set(programmesOf(offer).map(({ diplomaType }) => diplomaType.code));
  assert.deepEqual([...types].sort(), ['BUT', 'DU', 'LIC', 'LP', 'MAST']);
});

test('a programme is open from the first to the last day of its application dates, by the backend clock', async () => {
  const client = clientOf();
  const offer = await client.applications.getTrainingOffer();
  const today = parisDay();
  for (const { code, open, dates } of programmesOf(offer)) {
    assert.equal(open, dates.applicationStart <= today && today <= dates.applicationEnd, code);
  }
  const later = programmesOf(offer).find((entry) => !entry.open && entry.dates.applicationStart > today);
  assert.ok(later, 'a programme opening later');
  const daysUntil = Math.round((Date.parse(later.dates.applicationStart) - Date.parse(today)) / DAY);
  mock.backend.advanceClock(daysUntil * DAY);
  assert.equal(programme(await client.applications.getTrainingOffer(), later.code)?.open, true, 'open on its first day');
});

test('no programme is open while no campaign is', async () => {
  mock.backend.scenario = 'campaign-closed';
  const offer = await clientOf().applications.getTrainingOffer();
  assert.ok(programmesOf(offer).length > 0, 'the offer is still shown');
  assert.deepEqual(
    programmesOf(offer).filter((entry) => entry.open),
    [],
  );
});

test('the offer is searched in the page: "master economie" finds the masters of the Faculté d’économie', async () => {
  const offer = await clientOf().applications.getTrainingOffer();
  const found = filterTrainingOffer(offer, { text: 'master economie' });
  assert.deepEqual(
    found.centres.map((centre) => [centre.label, centre.programmes.map((entry) => entry.label)]),
    [['Faculté d’économie', ['Master 1 Économie appliquée', 'Master 1 Management et administration des entreprises', "Master 2 Finance d'entreprise"]]],
  );
});
