import type { WeeklyHours } from '../schema';

export const DEMO_ORG = { slug: 'stride-demo', name: 'Stride Sports Clinics' } as const;
export const DEMO_PASSWORD = 'stride-demo-2026';

const weekdayHours = (
  start: string,
  end: string,
  sat?: { start: string; end: string },
): WeeklyHours => ({
  mon: [{ start, end }],
  tue: [{ start, end }],
  wed: [{ start, end }],
  thu: [{ start, end }],
  fri: [{ start, end }],
  ...(sat ? { sat: [sat] } : {}),
});

export const DEMO_LOCATIONS = [
  {
    key: 'santa-monica',
    name: 'Santa Monica',
    addressLine1: '1450 Ocean Avenue',
    city: 'Santa Monica',
    region: 'CA',
    postalCode: '90401',
    timeZone: 'America/Los_Angeles',
    openingHours: weekdayHours('07:00', '19:00', { start: '08:00', end: '13:00' }),
  },
  {
    key: 'pasadena',
    name: 'Pasadena',
    addressLine1: '88 East Colorado Boulevard',
    city: 'Pasadena',
    region: 'CA',
    postalCode: '91105',
    timeZone: 'America/Los_Angeles',
    openingHours: weekdayHours('07:30', '18:30'),
  },
  {
    key: 'phoenix',
    name: 'Phoenix',
    addressLine1: '2200 North Central Avenue',
    city: 'Phoenix',
    region: 'AZ',
    postalCode: '85004',
    // Arizona keeps standard time all year: the demo's no-DST location.
    timeZone: 'America/Phoenix',
    openingHours: weekdayHours('06:30', '17:30', { start: '07:00', end: '12:00' }),
  },
] as const;

export type DemoLocationKey = (typeof DEMO_LOCATIONS)[number]['key'];

export const DEMO_ADMIN = { key: 'admin', email: 'admin@stride.example', name: 'Dana Whitfield' };
export const DEMO_FRONT_DESK = {
  key: 'front-desk',
  email: 'frontdesk@stride.example',
  name: 'Rosa Delgado',
  locations: ['santa-monica'] as DemoLocationKey[],
};

export const DEMO_CLINICIANS: {
  key: string;
  email: string;
  name: string;
  locations: DemoLocationKey[];
}[] = [
  {
    key: 'raman',
    email: 'priya.raman@stride.example',
    name: 'Dr. Priya Raman',
    locations: ['santa-monica', 'pasadena'],
  },
  {
    key: 'chen',
    email: 'marcus.chen@stride.example',
    name: 'Dr. Marcus Chen',
    locations: ['santa-monica'],
  },
  {
    key: 'vasquez',
    email: 'elena.vasquez@stride.example',
    name: 'Dr. Elena Vasquez',
    locations: ['pasadena'],
  },
  {
    key: 'okafor',
    email: 'sam.okafor@stride.example',
    name: 'Dr. Sam Okafor',
    locations: ['pasadena', 'phoenix'],
  },
  {
    key: 'lee',
    email: 'hannah.lee@stride.example',
    name: 'Dr. Hannah Lee',
    locations: ['phoenix'],
  },
  {
    key: 'ellis',
    email: 'jordan.ellis@stride.example',
    name: 'Dr. Jordan Ellis',
    locations: ['santa-monica'],
  },
];

export const GIVEN_NAMES = {
  female: [
    'Maya',
    'Olivia',
    'Sofia',
    'Grace',
    'Lena',
    'Isabel',
    'Chloe',
    'Nina',
    'Aisha',
    'Ruth',
    'Keiko',
    'Camila',
  ],
  male: [
    'Daniel',
    'Lucas',
    'Mateo',
    'Owen',
    'Ravi',
    'Theo',
    'Caleb',
    'Diego',
    'Kenji',
    'Samuel',
    'Andre',
    'Felix',
  ],
} as const;

export const FAMILY_NAMES = [
  'Alvarez',
  'Brooks',
  'Carter',
  'Dunn',
  'Estrada',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ibarra',
  'Jensen',
  'Kim',
  'Lopez',
  'Morales',
  'Nakamura',
  'Ortiz',
  'Patel',
  'Quinn',
  'Reyes',
  'Singh',
  'Turner',
] as const;

/** Races demo patients train for; several are on the Los Angeles Marathon. */
export const RACES = [
  { name: 'Los Angeles Marathon', date: '2027-03-14' },
  { name: 'Los Angeles Marathon', date: '2027-03-14' },
  { name: 'Los Angeles Marathon', date: '2027-03-14' },
  { name: 'Rose Bowl Half Marathon', date: '2027-01-17' },
  { name: 'Phoenix Half Marathon', date: '2027-02-27' },
  { name: 'Santa Monica Classic 10K', date: '2027-05-02' },
  { name: 'Mesa-Phoenix Marathon', date: '2027-02-13' },
  { name: 'Big Sur Marathon', date: '2027-04-25' },
] as const;

/** The four appointment types every clinic starts with (issue: scheduling). */
export const DEFAULT_APPOINTMENT_TYPES = [
  {
    key: 'initial_assessment',
    name: 'Initial assessment',
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    resourceKinds: ['gait_lab'],
  },
  {
    key: 'gait_retest',
    name: 'Gait re-test',
    durationMinutes: 45,
    bufferAfterMinutes: 15,
    resourceKinds: ['gait_lab'],
  },
  {
    key: 'follow_up',
    name: 'Follow-up',
    durationMinutes: 30,
    bufferAfterMinutes: 5,
    resourceKinds: ['exam_room'],
  },
  {
    key: 'telehealth_checkin',
    name: 'Telehealth check-in',
    durationMinutes: 20,
    bufferAfterMinutes: 0,
    resourceKinds: [],
  },
] as const satisfies readonly {
  key: string;
  name: string;
  durationMinutes: number;
  bufferAfterMinutes: number;
  resourceKinds: readonly ('gait_lab' | 'exam_room')[];
}[];

/**
 * Weekly hours (ISO weekday → location) per clinician. The two who work at two locations split
 * their week between them.
 */
export const DEMO_WORKING_DAYS: Record<
  string,
  Partial<Record<1 | 2 | 3 | 4 | 5 | 6, DemoLocationKey>>
> = {
  raman: { 1: 'santa-monica', 2: 'pasadena', 3: 'santa-monica', 4: 'pasadena', 5: 'santa-monica' },
  chen: {
    1: 'santa-monica',
    2: 'santa-monica',
    3: 'santa-monica',
    4: 'santa-monica',
    6: 'santa-monica',
  },
  vasquez: { 1: 'pasadena', 2: 'pasadena', 3: 'pasadena', 4: 'pasadena', 5: 'pasadena' },
  okafor: { 1: 'phoenix', 2: 'phoenix', 3: 'pasadena', 4: 'phoenix', 5: 'pasadena' },
  lee: { 1: 'phoenix', 2: 'phoenix', 3: 'phoenix', 4: 'phoenix', 5: 'phoenix', 6: 'phoenix' },
  ellis: {
    2: 'santa-monica',
    3: 'santa-monica',
    4: 'santa-monica',
    5: 'santa-monica',
    6: 'santa-monica',
  },
};
