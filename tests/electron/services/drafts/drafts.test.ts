import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { storedFilePath } from '../../../../electron/services/files/file-store';
import { createTestRuntime, DONG_NAI_AGENCY, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function setup() {
  rt = createTestRuntime({ today: '2021-10-05' });
  await rt.call('agency.save', DONG_NAI_AGENCY);
  const unit = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
  const incoming = await rt.call(
    'incoming.register',
    makeIncoming({ tasks: [{ content: 'Báo cáo kết quả triển khai', leadText: 'Phòng Kế hoạch – Tài chính' }] }),
  );
  const [task] = await rt.call('tasks.list', { incomingId: incoming.id });
  return { unit, incoming, taskId: task?.id ?? 0 };
}

describe('drafts', () => {
  it('drafts the reply to an incoming document: addressed to its issuer, citing it, linked to it and its task', async () => {
    const { unit, incoming, taskId } = await setup();
    const draft = await rt.call('drafts.create', { draftingUnitId: unit.id, replyToIncomingId: incoming.id, taskId });
    expect(draft).toMatchObject({
      kind: 'Công văn',
      status: 'dang_soan',
      replyTo: { id: incoming.id, numberAndSymbol: '8161/SYT-KHTC' },
      taskId,
    });
    expect(draft.content.header).toMatchObject({ agencyName: 'Sở Y tế', symbol: 'SYT-KHTC', number: null });
    expect(draft.content.recipients?.items).toEqual(['Sở Y tế tỉnh Đồng Nai']);
    const opening = draft.content.body[0];
    expect(opening?.type === 'paragraph' ? opening.runs.map((r) => r.text).join('') : '').toContain(
      'Văn bản số 8161/SYT-KHTC ngày 29/9/2021 của Sở Y tế tỉnh Đồng Nai',
    );
  });

  it('autosaves with a version check, keeps versions, and locks the content outside Đang soạn', async () => {
    const { unit } = await setup();
    const draft = await rt.call('drafts.create', { kind: 'Thông báo', draftingUnitId: unit.id });
    const saved = await rt.call('drafts.save', {
      id: draft.id,
      version: draft.version,
      content: { ...draft.content, subject: 'Lịch công tác tuần 41' },
      snapshot: true,
    });
    expect(saved.subject).toBe('Lịch công tác tuần 41');
    await expect(rt.call('drafts.save', { id: draft.id, version: draft.version, content: draft.content })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await rt.call('drafts.versions', { id: draft.id })).length).toBe(1);
    await rt.call('drafts.setStatus', { id: draft.id, status: 'trinh_duyet' });
    await expect(rt.call('drafts.save', { id: draft.id, version: saved.version + 1, content: saved.content })).rejects.toMatchObject({
      code: 'LOCKED',
    });
    await expect(rt.call('drafts.issue', { id: draft.id })).rejects.toThrow('Chỉ cấp số cho dự thảo đã được duyệt.');
    const restored = await rt.call('drafts.setStatus', { id: draft.id, status: 'dang_soan' });
    const versions = await rt.call('drafts.versions', { id: draft.id });
    const first = versions.at(-1);
    const back = await rt.call('drafts.restoreVersion', { id: draft.id, versionId: first?.id ?? 0 });
    expect(back.subject).toBe(draft.subject);
    expect(restored.status).toBe('dang_soan');
  });

  it('issues an approved reply: number 01/SYT-KHTC in the draft and the register, Word and PDF files, the task done', async () => {
    const { unit, incoming, taskId } = await setup();
    const draft = await rt.call('drafts.create', { draftingUnitId: unit.id, replyToIncomingId: incoming.id, taskId });
    const body = [...draft.content.body];
    body.splice(1, 1, { type: 'paragraph', runs: [{ text: 'Sở Y tế đã triển khai đầy đủ các nội dung của Công điện.' }] });
    const signer = { ...draft.content.signer, name: 'Phan Huy Anh Vũ' };
    const edited = await rt.call('drafts.save', { id: draft.id, version: draft.version, content: { ...draft.content, body, signer } });
    expect(edited.findings.filter((f) => f.severity === 'error')).toEqual([]);
    await rt.call('drafts.setStatus', { id: draft.id, status: 'trinh_duyet' });
    await rt.call('drafts.approve', { id: draft.id });
    const numbered = await rt.call('drafts.issue', { id: edited.id, copies: 3 });
    expect(numbered).toMatchObject({
      numberAndSymbol: '01/SYT-KHTC',
      docDate: '2021-10-05',
      copies: 3,
      replyTo: { id: incoming.id },
      draftId: draft.id,
      files: [],
    });
    const issued = await rt.call('outgoing.renderFiles', { id: numbered.id });
    expect(issued.files.map((f) => f.role).sort()).toEqual(['docx', 'pdf']);
    const after = await rt.call('drafts.get', { id: draft.id });
    expect(after).toMatchObject({ status: 'da_phat_hanh', outgoing: { numberAndSymbol: '01/SYT-KHTC' } });
    expect(after.content.header).toMatchObject({ number: '01', date: '2021-10-05' });
    const docx = issued.files.find((f) => f.role === 'docx');
    const text = (await mammoth.extractRawText({ path: storedFilePath(rt.ctx.paths, docx?.sha256 ?? '') })).value;
    expect(text).toContain('Số: 01/SYT-KHTC');
    expect(text).toContain('Đồng Nai, ngày 05 tháng 10 năm 2021');
    const pdf = issued.files.find((f) => f.role === 'pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', storedFilePath(rt.ctx.paths, pdf?.sha256 ?? ''), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('01/SYT-KHTC');
    expect((await rt.call('tasks.get', { id: taskId })).resultOutgoing).toMatchObject({ numberAndSymbol: '01/SYT-KHTC' });
  }, 60_000);

  it('prints the Phiếu giải quyết văn bản đến with the assignments and the ĐẾN stamp data', async () => {
    const { incoming } = await setup();
    const slip = await rt.call('incoming.printSlip', { id: incoming.id });
    const out = join(makeTempDir(), 'slip.txt');
    execFileSync('pdftotext', ['-layout', storedFilePath(rt.ctx.paths, slip.sha256), out]);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(text).toContain('Công văn số 8161/SYT-KHTC');
    expect(text).toContain('Đơn vị chủ trì: Phòng Kế hoạch – Tài chính');
    const stamp = text.slice(text.indexOf('Dữ liệu dấu'));
    expect(stamp).toMatch(/Số: 1\b/);
    expect(stamp).toContain('Ngày: 30/09/2021');
    expect(stamp).toContain('ĐẾN');
    expect(slip.url).toContain('download=1');
  }, 60_000);
});

describe('drafts: the answered task', () => {
  it('links a reply drafted from the document to the open task of its drafting unit', async () => {
    const { unit, incoming, taskId } = await setup();
    const draft = await rt.call('drafts.create', { draftingUnitId: unit.id, replyToIncomingId: incoming.id });
    expect(draft.taskId).toBe(taskId);
  });
});
