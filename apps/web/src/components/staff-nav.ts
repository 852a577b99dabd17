import type { Role } from '@stride/db';

/** The staff pages each role can open, in the order they use them. */
export function staffNav(role: Role): { href: string; label: string }[] {
  switch (role) {
    case 'admin':
      return [
        { href: '/admin', label: 'Locations' },
        { href: '/admin/appointment-types', label: 'Appointment types' },
        { href: '/clinician/schedule', label: 'Schedule' },
        { href: '/clinician/availability', label: 'Hours' },
        { href: '/admin/reports', label: 'Reports' },
        { href: '/admin/staff', label: 'Staff' },
        { href: '/admin/instruments', label: 'Questionnaires' },
        { href: '/admin/priors', label: 'Priors' },
        { href: '/admin/outbox', label: 'Outbox' },
        { href: '/admin/exports', label: 'Export' },
        { href: '/admin/audit', label: 'Audit log' },
      ];
    case 'clinician':
      return [
        { href: '/clinician', label: 'Caseload' },
        { href: '/clinician/schedule', label: 'Schedule' },
        { href: '/clinician/availability', label: 'Hours' },
      ];
    case 'front_desk':
      return [
        { href: '/clinician', label: 'Patients' },
        { href: '/clinician/schedule', label: 'Schedule' },
      ];
    case 'patient':
      return [];
  }
}
