import { TRPCError } from '@trpc/server';
import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

import type { ReportTable } from '@stride/api';
import { REPORT_TABLES } from '@stride/api';

const isTable = (t: string): t is ReportTable => (REPORT_TABLES as readonly string[]).includes(t);

/** One report table as CSV, through the same admin procedure and filters as the page. */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ table: string }> },
): Promise<Response> {
  const { table } = await params;
  if (!isTable(table)) return new Response('There is no such report.', { status: 404 });
  const search = new URL(req.url).searchParams;
  const value = (key: string) => search.get(key) || undefined;
  try {
    const file = await (
      await getApi()
    ).reports.csv({
      table,
      from: value('from'),
      to: value('to'),
      locationId: value('locationId'),
      clinicianId: value('clinicianId'),
    });
    return new Response(file.body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') {
      return new Response(error.message, { status: 400 });
    }
    return trpcErrorResponse(error);
  }
}
