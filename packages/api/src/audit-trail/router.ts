import { adminProcedure, createTRPCRouter, patientProcedure, recordKeeperProcedure } from '../trpc';
import { auditPageOutput } from './audit-rows';
import { audited, auditedWithoutPatient } from './audit-rule';
import {
  listRecordAccess,
  patientRecordAccessInput,
  recordAccessInput,
  recordAccessOutput,
} from './list-record-access';
import { searchAuditLog, searchAuditLogInput } from './search-audit-log';

/** Reading the log is itself audited: each procedure here writes one row. */
export const auditTrailRouter = createTRPCRouter({
  search: adminProcedure
    .meta(auditedWithoutPatient('audit.search'))
    .input(searchAuditLogInput)
    .output(auditPageOutput)
    .query(({ ctx, input }) => searchAuditLog(ctx, input)),
  /** The patient's "who accessed my record". */
  mine: patientProcedure
    .meta(audited('audit.record_access.read'))
    .input(recordAccessInput)
    .output(recordAccessOutput)
    .query(({ ctx, input }) => listRecordAccess(ctx, input)),
  forPatient: recordKeeperProcedure
    .meta(audited('audit.record_access.read'))
    .input(patientRecordAccessInput)
    .output(recordAccessOutput)
    .query(({ ctx, input }) => listRecordAccess(ctx, input)),
});
