import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

import { findExercise } from '@stride/treatment';

import type { PlanView } from './plan-view';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const WIN_ANSI_EXTRA = new Set('–—‘’“”•…€·°'.split(''));

/** Standard fonts only encode WinAnsi; anything else is replaced rather than crashing. */
function printable(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch === '\n') return ' ';
      return (code >= 32 && code < 127) || (code >= 160 && code < 256) || WIN_ANSI_EXTRA.has(ch)
        ? ch
        : '-';
    })
    .join('');
}

function formatDay(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

class Writer {
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(
    raw: string,
    options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const words = printable(raw).split(/\s+/).filter(Boolean);
    let line = '';
    const lines: string[] = [];
    for (const word of words) {
      const next = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(next, size) > WIDTH - indent && line !== '') {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line !== '') lines.push(line);
    for (const l of lines) {
      this.ensure(size * 1.35);
      this.page.drawText(l, {
        x: MARGIN + indent,
        y: this.y - size,
        size,
        font,
        color: rgb(0.1, 0.12, 0.16),
      });
      this.y -= size * 1.35;
    }
    this.y -= options.gap ?? 2;
  }

  space(points: number): void {
    this.y -= points;
  }
}

/** The patient's plan as A4 pages: who, the diagnosis in plain words, phases, exercises. */
export async function renderPlanPdf(view: PlanView, organizationName: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Treatment plan – ${view.patientName}`);
  doc.setAuthor(organizationName);
  doc.setCreator('Stride');
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  const plan = view.content;
  w.text(`${organizationName} – treatment plan`, { size: 18, bold: true, gap: 6 });
  w.text(`For ${view.patientName}. Version ${view.version}, printed ${formatDay(view.today)}.`);
  if (plan.raceDate)
    w.text(
      `Race: ${formatDay(plan.raceDate)}. Go/no-go: ${plan.goNoGoDate ? formatDay(plan.goNoGoDate) : 'talk to your clinician'}.`,
    );
  w.text(plan.datingNote, { gap: 10 });
  w.text(`Your diagnosis: ${view.diagnosis.title}`, { size: 13, bold: true, gap: 4 });
  w.text(view.diagnosis.explanation, { gap: 12 });
  w.text('Your phases', { size: 13, bold: true, gap: 4 });
  for (const phase of plan.phases) {
    w.text(`${phase.name}: ${formatDay(phase.startDate)} – ${formatDay(phase.endDate)}`, {
      bold: true,
      gap: 1,
    });
    w.text(phase.goal, { indent: 12, gap: 1 });
    w.text(`Running: ${phase.running}`, { indent: 12, gap: 6 });
  }
  if (plan.phases.some((p) => p.id === 'walk_run')) {
    w.text('Walk–run levels', { size: 13, bold: true, gap: 4 });
    for (const l of plan.walkRunLevels)
      w.text(
        `Level ${l.level}: ${l.walkMin > 0 ? `walk ${l.walkMin} min, run ${l.runMin} min, repeat` : `run ${l.runMin} min without walking`} for about ${l.totalKm} km, effort ${l.effort}.`,
        { indent: 12, gap: 1 },
      );
    w.space(10);
  }
  w.text('Your exercises', { size: 13, bold: true, gap: 4 });
  for (const item of plan.items) {
    const exercise = findExercise(item.exerciseId);
    const phases = item.phases
      .map((id) => plan.phases.find((p) => p.id === id)?.name ?? id)
      .join(', ');
    w.text(exercise?.name ?? item.exerciseId, { size: 11, bold: true, gap: 1 });
    w.text(`Why: ${item.why}`, { indent: 12, gap: 1 });
    if (exercise) w.text(`How: ${exercise.howTo}`, { indent: 12, gap: 1 });
    w.text(
      `Dose: ${item.dosage}, ${item.daysPerWeek} day${item.daysPerWeek === 1 ? '' : 's'} a week. Phases: ${phases}.`,
      { indent: 12, gap: 8 },
    );
  }
  w.text(
    'Pain rule: pain during any run or exercise may reach 5 out of 10 at most, settle soon after, and be gone by the next morning. If not, do less and tell your clinician.',
    { gap: 4 },
  );
  return doc.save();
}
