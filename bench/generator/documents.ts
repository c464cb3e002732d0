import { createHash } from 'node:crypto';
import type { RegisterInput } from '../../electron/services/incoming/incoming-service';
import type { TaskInput } from '../../electron/services/tasks/task-fields';
import { type BodySpec, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './directory-data';
import type { Random } from './random';
import { BODY_SENTENCES, KINDS, PERIODS, SIGNER_TITLES, SUBJECT_TEMPLATES, TASK_TEMPLATES, TOPICS } from './text-data';

const DAY_MS = 86_400_000;

/** One generated incoming document: the registration exactly as the API would take it, and its file. */
export interface GeneratedDocument {
  input: RegisterInput;
  /** The moment it is registered (epoch ms): created_at of every row it makes. */
  now: number;
  file: { sha256: string; size: number; mime: string; name: string; text: string } | null;
  /** Per task (same order): the day it was finished, or null while it is still open. */
  completions: Array<string | null>;
}

export interface DirectoryIds {
  bodies: Array<{ id: number; spec: BodySpec }>;
  units: Array<{ id: number; name: string }>;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function personName(random: Random): string {
  return `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

function fill(template: string, random: Random, year: number): string {
  return template
    .replace('{topic}', random.pick(TOPICS))
    .replace('{period}', `${random.pick(PERIODS)} ${year}`)
    .replace('{year}', String(year))
    .replace('{partyNo}', String(random.int(10, 999)))
    .replace('{cdNo}', String(random.int(100, 1500)));
}

/** Số và ký hiệu as each kind of body prints it: 8161/SYT-KHTC, 15/2024/QĐ-UBND, 448-KL/TU. */
function symbolOf(body: BodySpec, kindCode: string, year: number, random: Random): string {
  const n = random.int(1, body.weight > 10 ? 9000 : 1500);
  if (body.style === 'party') return `${n}-${kindCode || 'CV'}/${body.code}`;
  if (!kindCode) {
    const sub =
      body.style === 'province' ? random.pick(['KGVX', 'VX', 'KT', 'NC', 'TH']) : random.pick(['VP', 'KHTC', 'NVY', 'TCCB', 'QLD']);
    return `${n}/${body.code}-${sub}`;
  }
  if ((kindCode === 'QĐ' || kindCode === 'TT') && body.style !== 'other' && random.chance(0.3))
    return `${n}/${year}/${kindCode}-${body.code}`;
  return `${n}/${kindCode}-${body.code}`;
}

function tasksFor(random: Random, units: DirectoryIds['units'], receivedDay: number, year: number): TaskInput[] {
  let count = 0;
  for (let k = 0; k < 6; k++) if (random.chance(0.5)) count++;
  const tasks: TaskInput[] = [];
  for (let k = 0; k < count; k++) {
    const lead = random.pick(units);
    const cooperating = units.filter((u) => u.id !== lead.id && random.chance(0.12)).slice(0, 2);
    const deadline = isoDay(receivedDay + random.int(7, 30));
    tasks.push({
      source: 'extracted',
      sourceRef: String(k + 1),
      content: fill(random.pick(TASK_TEMPLATES), random, year),
      instruction: null,
      leadText: lead.name,
      leadUnitId: lead.id,
      leadPersonId: null,
      deadline,
      deadlineText: `trước ngày ${deadline.split('-').reverse().join('/')}`,
      cooperating: cooperating.map((u) => ({ text: u.name, unitId: u.id })),
      informed: [],
    });
  }
  return tasks;
}

/**
 * An office finishes most of what it is given: a task whose deadline is more than two weeks before the
 * end of the data is done (nine in ten by its deadline, the rest up to ten days late), except one in
 * forty left open as the backlog Trang chủ shows as Quá hạn. Recent tasks stay open.
 */
function completionsFor(random: Random, tasks: readonly TaskInput[], toDay: number): Array<string | null> {
  return tasks.map((task) => {
    const due = task.deadline ? dayOf(task.deadline) : toDay;
    if (due > toDay - 14 || random.chance(0.025)) return null;
    const day = random.chance(0.9) ? due - random.int(0, 6) : due + random.int(1, 10);
    return isoDay(Math.min(day, toDay));
  });
}

/**
 * The i-th document of a seeded run: ngày đến spread evenly over [fromDay, toDay], bodies by weight
 * among those existing on that date, 10% with attachment text (by default), about 1% secret.
 */
export function generateDocument(
  random: Random,
  directory: DirectoryIds,
  options: { index: number; total: number; fromDay: number; toDay: number; attachmentRate: number; seed: number },
): GeneratedDocument {
  const receivedDay = options.fromDay + Math.floor((options.index * (options.toDay - options.fromDay + 1)) / options.total);
  const receivedDate = isoDay(receivedDay);
  const year = Number(receivedDate.slice(0, 4));
  const living = directory.bodies.filter(
    (b) => (!b.spec.from || b.spec.from <= receivedDate) && (!b.spec.until || receivedDate < b.spec.until),
  );
  const body = random.weighted(living.map((b) => [b, b.spec.weight] as const));
  const [kind, kindCode] = random.weighted(KINDS.map((k) => [k, k[2]] as const));
  const numberAndSymbol = symbolOf(body.spec, kindCode, year, random);
  const subject = fill(random.pick(SUBJECT_TEMPLATES), random, year);
  const secrecy = random.weighted([
    [null, 990],
    ['mat', 8],
    ['toi_mat', 2],
  ] as const);
  const urgency = random.weighted([
    [null, 935],
    ['khan', 50],
    ['thuong_khan', 10],
    ['hoa_toc', 5],
  ] as const);
  const tasks = tasksFor(random, directory.units, receivedDay, year);
  const now = receivedDay * DAY_MS + 3_600_000 + (options.index % 30_000) * 1000;
  let file: GeneratedDocument['file'] = null;
  if (random.chance(options.attachmentRate)) {
    const text = [subject, random.pick(BODY_SENTENCES), random.pick(BODY_SENTENCES), `Số ${numberAndSymbol}.`].join(' ');
    const sha256 = createHash('sha256').update(`${options.seed}:${options.index}`).digest('hex');
    file = { sha256, size: text.length * 40, mime: 'application/pdf', name: `${numberAndSymbol.replace(/[/\\]/g, '-')}.pdf`, text };
  }
  const input: RegisterInput = {
    receivedDate,
    issuerId: body.id,
    issuerName: body.spec.name,
    numberAndSymbol,
    docDate: isoDay(receivedDay - random.int(0, 4)),
    kind,
    subject,
    signerTitle: random.pick(SIGNER_TITLES),
    signerName: personName(random),
    secrecy,
    urgency,
    pageCount: random.int(1, 6),
    receiveMethod: random.weighted([
      ['dien_tu', 6],
      ['giay', 3],
      ['truc_lien_thong', 1],
    ] as const),
    dueDate: random.chance(0.2) ? isoDay(receivedDay + random.int(5, 20)) : null,
    recipientUnitId: tasks[0]?.leadUnitId ?? null,
    recipientPersonId: null,
    recipientNote: null,
    transferredDate: null,
    note: null,
    seriesId: null,
    tasks,
    attachments: file ? [{ sha256: file.sha256, name: file.name }] : [],
    confirmDuplicate: true,
    extractionJson: null,
  };
  return { input, now, file, completions: completionsFor(random, tasks, options.toDay) };
}
