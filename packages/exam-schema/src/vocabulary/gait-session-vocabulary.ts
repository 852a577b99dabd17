import type { IdsOf } from './define-vocabulary';
import { idsOf, labelsOf } from './define-vocabulary';

export const cameraViews = [
  {
    id: 'sagittal_left',
    label: 'Side view, left',
    hint: 'Knee flexion, tibia inclination, foot strike',
  },
  { id: 'sagittal_right', label: 'Side view, right' },
  { id: 'posterior', label: 'Back view', hint: 'Pelvic drop, hip adduction, rearfoot eversion' },
  {
    id: 'anterior',
    label: 'Front view',
    hint: 'Shows the foot when crossover gait hides it from behind',
  },
] as const;
export type CameraView = IdsOf<typeof cameraViews>;
export const cameraViewIds = idsOf(cameraViews);
export const cameraViewLabels = labelsOf(cameraViews);

export const captureDevices = [
  { id: 'smartphone', label: 'Smartphone camera' },
  { id: 'video_camera', label: 'Video camera' },
  { id: 'high_speed_camera', label: 'High-speed camera' },
  { id: 'motion_capture', label: '3D motion capture' },
  { id: 'imu_wearable', label: 'Wearable IMU / accelerometer' },
  { id: 'pressure_insoles', label: 'Pressure insoles' },
  { id: 'instrumented_treadmill', label: 'Instrumented treadmill' },
] as const;
export type CaptureDevice = IdsOf<typeof captureDevices>;
export const captureDeviceIds = idsOf(captureDevices);
export const captureDeviceLabels = labelsOf(captureDevices);

export const shoeKinds = [
  { id: 'own_daily_trainer', label: "Runner's own daily trainer" },
  { id: 'racing', label: 'Racing shoe' },
  { id: 'stability', label: 'Stability shoe' },
  { id: 'minimalist', label: 'Minimalist shoe' },
  { id: 'barefoot', label: 'Barefoot' },
  { id: 'other', label: 'Other' },
] as const;
export type ShoeKind = IdsOf<typeof shoeKinds>;
export const shoeKindIds = idsOf(shoeKinds);
export const shoeKindLabels = labelsOf(shoeKinds);

export const gaitSurfaces = [
  { id: 'treadmill', label: 'Treadmill' },
  { id: 'overground', label: 'Overground' },
] as const;
export const gaitSurfaceIds = idsOf(gaitSurfaces);
