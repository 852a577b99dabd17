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
