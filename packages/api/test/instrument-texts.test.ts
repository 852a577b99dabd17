import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { KUJALA, LEFS } from '@stride/outcomes';

import { callerAs, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
const wording = (ids: readonly { id: string }[]) =>
  Object.fromEntries(ids.map((item, i) => [item.id, `Clinic wording of item ${i + 1}`]));

describe.each(kinds)('licensed instrument texts on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin');
    const user = await makeMember(db, org.id, 'patient');
    const patient = await makePatient(db, org.id, { homeLocationId: loc.id, userId: user.id });
    const other = await makeOrganization(db, 'Elsewhere');
    const otherLoc = await makeLocation(db, other.id);
    const otherUser = await makeMember(db, other.id, 'patient');
    await makePatient(db, other.id, { homeLocationId: otherLoc.id, userId: otherUser.id });
    return { org, admin, user, patient, other, otherUser };
  }
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  const me = () => callerAs(env, viewerFor(w.user, w.org, []));
  const stranger = () => callerAs(env, viewerFor(w.otherUser, w.other, []));
  const offeredIds = async (api: ReturnType<typeof me>) =>
    (await api.questionnaires.offered()).map((q) => q.id);

  it('is not offered, and not accepted, until every item has the clinic’s wording', async () => {
    expect(await offeredIds(me())).toEqual(['nprs', 'running_function']);
    const answers = Object.fromEntries(LEFS.items.map((item) => [item.id, 3]));
    await expect(me().questionnaires.answer({ instrumentId: 'lefs', answers })).rejects.toThrow(
      /does not offer/,
    );
    const partial = wording(LEFS.items);
    partial.l7 = '   ';
    await expect(
      admin().instrumentTexts.save({ instrumentId: 'lefs', items: partial }),
    ).rejects.toThrow(/item 7/);
    await expect(
      admin().instrumentTexts.save({
        instrumentId: 'lefs',
        items: { ...wording(LEFS.items), l21: 'One too many' },
      }),
    ).rejects.toThrow(/no item l21/);
    const list = await admin().instrumentTexts.list();
    expect(list.map((i) => [i.id, i.complete])).toEqual([
      ['koos_pf', false],
      ['kujala', false],
      ['lefs', false],
    ]);
  });

  it('once complete: stored with the version, audited, offered in the clinic’s words, scored on the server', async () => {
    const saved = await admin().instrumentTexts.save({
      instrumentId: 'kujala',
      items: wording(KUJALA.items),
    });
    expect(saved.instrumentVersion).toBe(KUJALA.version);
    const [row] = await handle.db
      .select()
      .from(schema.instrumentItemTexts)
      .where(eq(schema.instrumentItemTexts.organizationId, w.org.id));
    expect(row).toMatchObject({
      instrumentId: 'kujala',
      instrumentVersion: '1',
      updatedBy: w.admin.id,
    });
    const audit = await handle.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, 'kujala')),
      );
    expect(audit.map((a) => a.action)).toEqual(['instrument_texts.save']);

    const offered = await me().questionnaires.offered();
    expect(offered.map((q) => q.id)).toEqual(['nprs', 'running_function', 'kujala']);
    expect(offered.find((q) => q.id === 'kujala')?.items[2]?.prompt).toBe(
      'Clinic wording of item 3',
    );
    // Another organisation's patients do not get this clinic's licence.
    expect(await offeredIds(stranger())).toEqual(['nprs', 'running_function']);

    // Every item at its maximum points sums to 100 under the shipped rule.
    const answers = Object.fromEntries(KUJALA.items.map((item) => [item.id, item.scale.max]));
    const result = await me().questionnaires.answer({ instrumentId: 'kujala', answers });
    expect(result).toMatchObject({ score: 100, instrumentVersion: '1' });
    const [stored] = await handle.db
      .select()
      .from(schema.questionnaireResponses)
      .where(eq(schema.questionnaireResponses.id, result.id));
    expect(stored).toMatchObject({ instrumentId: 'kujala', instrumentVersion: '1', score: 100 });
    await expect(
      me().questionnaires.answer({ instrumentId: 'kujala', answers: { ...answers, k1: 6 } }),
    ).rejects.toThrow(/k1/);
  });

  it('texts entered for an older instrument version do not count as complete', async () => {
    await handle.db
      .update(schema.instrumentItemTexts)
      .set({ instrumentVersion: '0' })
      .where(
        and(
          eq(schema.instrumentItemTexts.organizationId, w.org.id),
          eq(schema.instrumentItemTexts.instrumentId, 'kujala'),
        ),
      );
    expect(await offeredIds(me())).toEqual(['nprs', 'running_function']);
    const kujala = (await admin().instrumentTexts.list()).find((i) => i.id === 'kujala');
    expect(kujala).toMatchObject({ complete: false, savedVersion: '0', version: '1' });
  });
});
