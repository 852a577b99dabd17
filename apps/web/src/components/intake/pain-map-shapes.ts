import type { PainRegion } from '@stride/exam-schema';

/** One clickable area of the body picture, in the view's 240 × 500 coordinate space. */
export type RegionShape =
  | { region: PainRegion; kind: 'polygon'; points: string }
  | { region: PainRegion; kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number };

export interface PainMapView {
  id: 'front' | 'side';
  title: string;
  /** Orientation words printed at the picture's left and right edges. */
  left: string;
  right: string;
  outline: string;
  /** Drawn but not clickable: landmarks that help a patient find their way. */
  landmarks: { cx: number; cy: number; rx: number; ry: number; label: string }[];
  shapes: RegionShape[];
}

/** A leg from the front, inner side on the left. */
const front: PainMapView = {
  id: 'front',
  title: 'Front',
  left: 'Inner',
  right: 'Outer',
  outline:
    'M40,20 L200,20 C206,90 196,160 182,205 C192,235 190,275 176,298 C184,340 174,400 154,480 ' +
    'L102,480 C92,420 68,350 70,305 C56,280 52,235 60,205 C44,150 36,90 40,20 Z',
  landmarks: [],
  shapes: [
    { region: 'groin', kind: 'polygon', points: '42,24 92,24 66,74 44,70' },
    { region: 'medial_thigh', kind: 'polygon', points: '46,82 74,80 90,198 66,204' },
    { region: 'anterior_thigh', kind: 'polygon', points: '100,26 162,26 152,198 100,198' },
    { region: 'lateral_thigh', kind: 'polygon', points: '170,26 198,26 186,202 160,200' },
    { region: 'medial_knee', kind: 'polygon', points: '64,212 94,212 94,258 66,262' },
    { region: 'anterior_patella', kind: 'ellipse', cx: 120, cy: 238, rx: 24, ry: 28 },
    { region: 'lateral_knee', kind: 'polygon', points: '148,212 178,210 176,262 148,258' },
    { region: 'medial_joint_line', kind: 'polygon', points: '66,268 98,266 98,284 68,286' },
    { region: 'inferior_pole', kind: 'ellipse', cx: 122, cy: 284, rx: 18, ry: 11 },
    { region: 'proximal_medial_tibia', kind: 'polygon', points: '70,292 100,292 100,334 76,336' },
    { region: 'medial_leg', kind: 'polygon', points: '82,346 108,346 114,466 104,466' },
  ],
};

/** The same leg from the outside, front on the left, with the low back and buttock. */
const side: PainMapView = {
  id: 'side',
  title: 'Side',
  left: 'Front',
  right: 'Back',
  outline:
    'M60,10 L190,10 C200,60 205,110 190,150 C182,200 172,230 168,262 C178,300 182,340 166,384 ' +
    'C156,420 152,460 150,490 L110,490 C108,450 104,410 98,360 C92,320 90,290 88,262 ' +
    'C80,230 66,190 60,150 C56,100 56,50 60,10 Z',
  landmarks: [{ cx: 86, cy: 262, rx: 9, ry: 22, label: 'Kneecap' }],
  shapes: [
    { region: 'low_back', kind: 'polygon', points: '146,14 188,14 194,66 148,66' },
    { region: 'buttock', kind: 'ellipse', cx: 170, cy: 112, rx: 24, ry: 34 },
    { region: 'retropatellar', kind: 'ellipse', cx: 110, cy: 262, rx: 14, ry: 22 },
    { region: 'posterior_knee', kind: 'ellipse', cx: 150, cy: 266, rx: 15, ry: 26 },
  ],
};

export const painMapViews: readonly PainMapView[] = [front, side];
