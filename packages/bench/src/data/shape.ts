/** The synthetic group's size (issue 9) and the seed every pseudo-random choice is hashed with. */
export const SHAPE = {
  seed: 20_261_126,
  locations: 20,
  cliniciansPerLocation: 10,
  patients: 100_000,
  appointments: 1_000_000,
  encounters: 150_000,
  /** Three years of diary: 143 weeks of history and the 13-week booking horizon ahead. */
  weeksBack: 143,
  weeksAhead: 13,
  examRooms: 10,
  gaitLabs: 2,
  /** Patients with a portal account (the first patients of clinician 1, at location 1). */
  portalPatients: 50,
  /** One in this many patients is on an active plan with recent ticks, pain logs and requests. */
  activePlanEvery: 10,
} as const;

export const CLINICIANS = SHAPE.locations * SHAPE.cliniciansPerLocation;
export const PATIENTS_PER_CLINICIAN = SHAPE.patients / CLINICIANS;

/** First byte of every generated uuid names its table, so ids are readable and never collide. */
export const KIND = {
  org: 0xb0,
  location: 0xb1,
  room: 0xb2,
  type: 0xb3,
  user: 0xb4,
  patient: 0xb5,
  appointment: 0xb6,
  allocation: 0xb7,
  encounter: 0xb8,
  diagnosis: 0xb9,
  plan: 0xba,
  intake: 0xbb,
  response: 0xbc,
  exerciseLog: 0xbd,
  painLog: 0xbe,
  followUp: 0xbf,
  audit: 0xc0,
  hours: 0xc1,
} as const;

/** User numbers besides clinicians 1..200; portal patients are PATIENT_USER_BASE + patient n. */
export const ADMIN_USER = 1001;
export const FRONT_DESK_USER = 1002;
export const PATIENT_USER_BASE = 100_000;

export const BENCH_PASSWORD = 'stride-bench-2026';
export const emailOf = {
  admin: 'admin@bench.example',
  frontDesk: 'frontdesk@bench.example',
  clinician: (n: number): string => `clinician${n}@bench.example`,
  patient: (n: number): string => `patient${n}@bench.example`,
};

/** A uuid as the generator writes it, for the runner to address rows without querying. */
export function benchId(kind: number, n: number): string {
  const hex = (v: number, width: number): string => v.toString(16).padStart(width, '0');
  return `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
}
