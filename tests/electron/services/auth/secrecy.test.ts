import { afterEach, describe, expect, it } from 'vitest';
import { createFileRoute } from '../../../../electron/server/file-route';
import { startWebServer } from '../../../../electron/server/http-server';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { type SessionCaller, signInAs } from '../../../helpers/sessions';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

const SECRET_SUBJECT = 'Kế hoạch bảo vệ bí mật nhà nước năm 2024';

async function world(): Promise<{
  admin: SessionCaller;
  specialist: SessionCaller;
  leader: SessionCaller;
  secretId: number;
  fileSha: string;
}> {
  rt = createTestRuntime();
  const admin = await signInAs(rt, 'admin', 'quantri');
  const specialist = await signInAs(rt, 'specialist', 'chuyenvien');
  const leader = await signInAs(rt, 'leader', 'lanhdao');
  const staged = await admin.call('attachments.stage', { name: 'mat.pdf', data: new TextEncoder().encode('%PDF-1.4\n% mat\n%%EOF\n') });
  await admin.call('incoming.register', makeIncoming({ numberAndSymbol: '10/UBND', subject: 'Văn bản thường' }));
  const secret = await admin.call(
    'incoming.register',
    makeIncoming({
      numberAndSymbol: '11/MAT',
      secrecy: 'toi_mat',
      subject: SECRET_SUBJECT,
      attachments: [{ sha256: staged.sha256, name: 'mat.pdf' }],
    }),
  );
  return { admin, specialist, leader, secretId: secret.id, fileSha: staged.sha256 };
}

/** Fetches /files/<sha> from a browser-mode server as a given session; returns the status. */
async function fileStatus(sha: string, caller: SessionCaller): Promise<number> {
  const server = await startWebServer({
    dispatch: rt.dispatchFor('http'),
    resolveSession: (id) => rt.security.auth.resolve(id, false),
    events: rt.events,
    staticDir: makeTempDir(),
    token: 'jeton-de-test-123456',
    routes: [createFileRoute(rt.ctx)],
  });
  try {
    const response = await fetch(`${server.url}files/${sha}?name=a.pdf`, {
      headers: { Authorization: 'Bearer jeton-de-test-123456', Cookie: `vanthu_s_${server.port}=${caller.ref.id}` },
    });
    await response.arrayBuffer();
    return response.status;
  } finally {
    await server.close();
  }
}

describe('secret documents (độ mật) at the API', () => {
  it('never appear in the list, the counts, a lookup or a duplicate check of a user without clearance', async () => {
    const { specialist, leader, secretId } = await world();
    const list = await specialist.call('incoming.list', { year: 2021 });
    expect(list.total).toBe(1);
    expect(JSON.stringify(list)).not.toContain(SECRET_SUBJECT);
    expect(await specialist.call('incoming.years', {})).toEqual([{ year: 2021, count: 1 }]);
    expect(await specialist.dispatch('incoming.get', { id: secretId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const duplicates = await specialist.call('incoming.checkDuplicate', {
      numberAndSymbol: '11/MAT',
      issuerName: 'Sở Y tế tỉnh Đồng Nai',
      docDate: '2021-09-29',
    });
    expect(duplicates).toEqual([]);
    expect((await leader.call('incoming.list', { year: 2021 })).total).toBe(2);
    expect(await leader.call('incoming.years', {})).toEqual([{ year: 2021, count: 2 }]);
    expect((await leader.call('incoming.get', { id: secretId })).subject).toBe(SECRET_SUBJECT);
  });

  it('cannot be changed, cancelled or have files opened by a user without clearance, even with edit rights', async () => {
    const { admin, secretId } = await world();
    const clerkWithoutClearance = {
      transport: 'http' as const,
      session: {
        id: 'c',
        userId: null,
        userName: 'khongmat',
        permissions: new Set(['documents.read', 'incoming.edit', 'incoming.cancel', 'incoming.register']),
      },
    };
    expect(await rt.dispatch('incoming.cancel', { id: secretId, reason: 'thử' }, clerkWithoutClearance)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await rt.dispatch('incoming.register', makeIncoming({ numberAndSymbol: '12/MAT', secrecy: 'mat' }), clerkWithoutClearance),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const record = await admin.call('incoming.get', { id: secretId });
    expect(await rt.dispatch('attachments.open', { attachmentId: record.attachments[0]?.id ?? 0 }, clerkWithoutClearance)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('serves a secret document file in browser mode only to a signed-in user with clearance', async () => {
    const { specialist, leader, fileSha } = await world();
    expect(await fileStatus(fileSha, specialist)).toBe(404);
    expect(await fileStatus(fileSha, leader)).toBe(200);
  });
});
