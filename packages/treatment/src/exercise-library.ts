import type { Exercise, ExerciseCategory } from './exercise-schema';

/**
 * The shared catalogue. Texts are the clinic's own words for patients; dosages are starting
 * points a clinician edits per plan. Adjuncts (tape, strap) are listed so they can be added,
 * never so they can be the plan.
 */
export const exerciseLibrary = [
  {
    id: 'education_load',
    name: 'Know your load',
    category: 'education',
    purpose: 'Understand why the knee hurts and how to change your running so it can settle.',
    howTo:
      'Read the notes from your clinician. Write down each run: distance, surface and pain. Cut back hills, speed work and sudden jumps in distance for now.',
    dosage: 'Once a week: review your running diary',
    daysPerWeek: 1,
  },
  {
    id: 'pain_monitoring',
    name: 'Pain-monitoring rule',
    category: 'education',
    purpose: 'Lets you keep moving while making sure you are not overdoing it.',
    howTo:
      'During any run or exercise, pain may reach 5 out of 10 at most. It should settle soon after and be gone by the next morning. If not, do less next time.',
    dosage: 'After every run: rate your pain 0–10',
    daysPerWeek: 1,
  },
  {
    id: 'cadence_retraining',
    name: 'Quicker, shorter steps',
    category: 'gait',
    purpose: 'Shorter, quicker steps take load off the front of the knee with every stride.',
    howTo:
      'Set a metronome app to your target step rate. Run easy and match one footstep to each beat. Keep your usual speed; the steps simply get shorter.',
    dosage: 'Every run: 5–10 % more steps per minute',
    daysPerWeek: 3,
  },
  {
    id: 'side_lying_hip_abduction',
    name: 'Side-lying leg lift',
    category: 'hip',
    purpose: 'Strengthens the side of the hip so the pelvis stays level when you land.',
    howTo:
      'Lie on your side, bottom knee bent, top leg straight and slightly behind you. Lift the top leg towards the ceiling, toes pointing forward, hold 2 seconds, lower slowly.',
    dosage: '3 sets of 12, slow',
    daysPerWeek: 3,
  },
  {
    id: 'banded_clamshell',
    name: 'Clamshell with band',
    category: 'hip',
    purpose: 'Builds the muscles that turn the thigh outward and stop the knee falling in.',
    howTo:
      'Lie on your side with knees bent and a band just above them. Keep the feet together and open the top knee like a shell without rolling the pelvis back.',
    dosage: '3 sets of 15',
    daysPerWeek: 3,
  },
  {
    id: 'standing_hip_hike',
    name: 'Hip hike on a step',
    category: 'hip',
    purpose: 'Trains the hip to hold the pelvis level in single-leg stance, as in running.',
    howTo:
      'Stand sideways on a step on the sore-side leg, the other foot hanging off. Let the free hip drop a little, then lift it above level using the standing hip. Keep both knees straight.',
    dosage: '3 sets of 12',
    daysPerWeek: 3,
  },
  {
    id: 'side_plank',
    name: 'Side plank',
    category: 'hip',
    purpose: 'Strengthens the hip and trunk together for a steady stance phase.',
    howTo:
      'Lie on your side propped on your elbow, knees bent to start. Lift the hips so the body forms a straight line. Progress to straight legs when it is easy.',
    dosage: '3 holds of 20–40 seconds each side',
    daysPerWeek: 3,
  },
  {
    id: 'glute_bridge',
    name: 'Bridge',
    category: 'hip',
    purpose: 'Strengthens the buttock muscles that drive you forward and protect the knee.',
    howTo:
      'Lie on your back, knees bent, feet flat. Squeeze your buttocks and lift the hips until shoulders, hips and knees line up. Lower slowly.',
    dosage: '3 sets of 12',
    daysPerWeek: 3,
  },
  {
    id: 'single_leg_bridge',
    name: 'Single-leg bridge',
    category: 'hip',
    purpose: 'Harder bridge that loads one hip at a time, closer to how you run.',
    howTo:
      'Set up as for the bridge, then straighten one leg. Lift with the other leg, keeping the pelvis level, and lower in three seconds.',
    dosage: '3 sets of 8–10 each side',
    daysPerWeek: 3,
  },
  {
    id: 'single_leg_squat_mirror',
    name: 'Mirror single-leg squat',
    category: 'control',
    purpose: 'Teaches the knee to track over the foot instead of collapsing inward.',
    howTo:
      'Face a mirror and stand on one leg. Bend the knee to a quarter squat, keeping the kneecap in line with the second toe and the pelvis level. Rise slowly.',
    dosage: '3 sets of 8, slow and controlled',
    daysPerWeek: 4,
  },
  {
    id: 'step_down_eccentric',
    name: 'Slow step-down',
    category: 'knee',
    purpose: 'Strengthens the thigh muscle in the lowering action that stairs and running demand.',
    howTo:
      'Stand on a low step. Slowly lower the other heel towards the floor over 3 seconds, knee pointing over the toes, then push back up.',
    dosage: '3 sets of 10',
    daysPerWeek: 3,
  },
  {
    id: 'wall_sit_isometric',
    name: 'Wall sit',
    category: 'knee',
    purpose: 'Loads the thigh muscle without movement, which often eases kneecap pain.',
    howTo:
      'Lean your back against a wall and slide down until the knees are bent to a comfortable angle, no deeper than a chair. Hold steady and breathe.',
    dosage: '5 holds of 30–45 seconds',
    daysPerWeek: 4,
  },
  {
    id: 'spanish_squat_isometric',
    name: 'Spanish squat hold',
    category: 'knee',
    purpose: 'A strong but kind load for the kneecap tendon that often calms pain quickly.',
    howTo:
      'Loop a strong band around a post and behind both knees. Step back until it is tight, then sit back with an upright shin and hold.',
    dosage: '5 holds of 45 seconds',
    daysPerWeek: 5,
  },
  {
    id: 'terminal_knee_extension',
    name: 'Band knee straightening',
    category: 'knee',
    purpose: 'Wakes up the thigh muscle to fully straighten the knee.',
    howTo:
      'Loop a band behind the knee and anchor it in front of you. Start with the knee slightly bent, then straighten it fully against the band and hold 2 seconds.',
    dosage: '3 sets of 15',
    daysPerWeek: 4,
  },
  {
    id: 'quad_sets',
    name: 'Thigh tightening',
    category: 'knee',
    purpose: 'Keeps the thigh muscle working while the knee is irritable.',
    howTo:
      'Sit with the leg straight and a rolled towel under the knee. Press the knee into the towel by tightening the thigh, hold 5 seconds, relax.',
    dosage: '3 sets of 10',
    daysPerWeek: 7,
  },
  {
    id: 'slow_split_squat',
    name: 'Slow split squat',
    category: 'knee',
    purpose: 'Heavy, slow strength work that makes the tendon and thigh more robust.',
    howTo:
      'Stand in a long stride, holding weights if able. Lower the back knee towards the floor in 3 seconds and rise in 3 seconds, front knee over the foot.',
    dosage: '4 sets of 8, heavy enough that the last two are hard',
    daysPerWeek: 3,
  },
  {
    id: 'decline_squat',
    name: 'Decline squat',
    category: 'knee',
    purpose: 'Focuses strength work on the kneecap tendon.',
    howTo:
      'Stand on a slanted board, heels up. Squat slowly to about 60 degrees of knee bend and rise. Add a backpack with weight as it gets easy.',
    dosage: '3 sets of 15',
    daysPerWeek: 3,
  },
  {
    id: 'pogo_hops',
    name: 'Pogo hops',
    category: 'plyometric',
    purpose: 'Prepares the legs to absorb and return energy again, like springs, before racing.',
    howTo:
      'Hop on the spot on both feet with small, quick, quiet contacts, knees soft. Progress to single-leg hops when two feet feel easy and painless.',
    dosage: '3 sets of 20 seconds',
    daysPerWeek: 2,
  },
  {
    id: 'knee_to_wall_mobilisation',
    name: 'Knee-to-wall ankle bend',
    category: 'ankle_foot',
    purpose: 'Frees up the ankle so the shin can move forward and the knee is not forced to twist.',
    howTo:
      'Face a wall with one foot a few centimetres away. Keeping the heel down, push the knee forward to touch the wall, then move the foot back a little as it improves.',
    dosage: '2 sets of 15 each side',
    daysPerWeek: 7,
  },
  {
    id: 'calf_stretch_wall',
    name: 'Bent-knee calf stretch',
    category: 'ankle_foot',
    purpose: 'Loosens the deep calf muscle that limits how far the ankle bends.',
    howTo:
      'Stand facing a wall in a short stride. Bend both knees and sink the back knee down while keeping its heel on the floor until you feel the low calf stretch.',
    dosage: '3 holds of 30 seconds each side',
    daysPerWeek: 7,
  },
  {
    id: 'bent_knee_calf_raise',
    name: 'Bent-knee calf raise',
    category: 'ankle_foot',
    purpose: 'Strengthens the calf so the foot and ankle share the landing load.',
    howTo:
      'Stand on one leg with the knee slightly bent, holding a support. Rise onto the ball of the foot, pause, and lower in three seconds.',
    dosage: '3 sets of 15 each side',
    daysPerWeek: 3,
  },
  {
    id: 'short_foot',
    name: 'Short foot',
    category: 'ankle_foot',
    purpose: 'Trains the small foot muscles that hold the arch up when you land.',
    howTo:
      'Sit or stand with the foot flat. Draw the ball of the foot towards the heel to lift the arch without curling the toes. Hold 5 seconds.',
    dosage: '3 sets of 10',
    daysPerWeek: 5,
  },
  {
    id: 'femoral_nerve_slider',
    name: 'Front-thigh nerve glide',
    category: 'nerve',
    purpose: 'Gently moves the nerve at the front of the thigh so it becomes less sensitive.',
    howTo:
      'Lie on your side, sore leg on top. Bend the top knee while you bring your chin to your chest, then straighten the knee as you look up. Keep it smooth and easy, never painful.',
    dosage: '2 sets of 10 smooth glides',
    daysPerWeek: 7,
  },
  {
    id: 'femoral_nerve_tensioner',
    name: 'Front-thigh nerve stretch',
    category: 'nerve',
    purpose: 'Builds the nerve’s tolerance to the stretch it gets at the end of each stride.',
    howTo:
      'Lie on your side, sore leg on top, head neutral. Take the top hip back and bend the knee until you feel a mild pull at the front of the thigh, then ease off. Stop at a mild pull.',
    dosage: '2 sets of 8, 2-second holds',
    daysPerWeek: 5,
  },
  {
    id: 'saphenous_nerve_slider',
    name: 'Inner-knee nerve glide',
    category: 'nerve',
    purpose: 'Moves the small nerve of the inner knee so it slides freely again.',
    howTo:
      'Lie on your back with the leg turned out and resting to the side. Point the foot up while you tilt your head back, then relax the foot as you lift the chin. Slow and comfortable.',
    dosage: '2 sets of 10 smooth glides',
    daysPerWeek: 7,
  },
  {
    id: 'saphenous_nerve_tensioner',
    name: 'Inner-knee nerve stretch',
    category: 'nerve',
    purpose: 'Gradually lets the inner-knee nerve accept more stretch without pain.',
    howTo:
      'Lie on your front. Take the leg out to the side, straighten the knee and pull the toes up until you feel a mild pull along the inner knee, then relax. Stop at a mild pull.',
    dosage: '2 sets of 8, 2-second holds',
    daysPerWeek: 5,
  },
  {
    id: 'adductor_canal_soft_tissue',
    name: 'Inner-thigh release',
    category: 'soft_tissue',
    purpose: 'Loosens the tissue on the inner thigh where the nerve can get caught.',
    howTo:
      'Sitting, press gently with your fingers or a soft ball along the inner thigh above the knee, slowly moving along it. Firm but not painful; stop if tingling increases.',
    dosage: '2 minutes',
    daysPerWeek: 5,
  },
  {
    id: 'adductor_squeeze',
    name: 'Ball squeeze',
    category: 'hip',
    purpose: 'Strengthens the inner-thigh muscles that steady the knee.',
    howTo:
      'Lie on your back, knees bent, with a ball or pillow between the knees. Squeeze for 10 seconds, then relax fully.',
    dosage: '3 sets of 8 squeezes',
    daysPerWeek: 3,
  },
  {
    id: 'hamstring_bridge',
    name: 'Heels-out bridge',
    category: 'hip',
    purpose: 'Strengthens the back of the thigh, which attaches close to the inner knee.',
    howTo:
      'Lie on your back with heels on a low step, knees only slightly bent. Lift the hips by pressing the heels down, hold 3 seconds, lower.',
    dosage: '3 sets of 10',
    daysPerWeek: 3,
  },
  {
    id: 'hip_flexor_stretch',
    name: 'Kneeling hip stretch',
    category: 'mobility',
    purpose: 'Opens the front of the hip so the leg can swing back freely.',
    howTo:
      'Kneel on the sore-side knee with the other foot in front. Tuck the tail under and shift forward until you feel the front of the hip stretch.',
    dosage: '3 holds of 30 seconds',
    daysPerWeek: 5,
  },
  {
    id: 'hip_90_90_mobility',
    name: 'Hip 90/90 switch',
    category: 'mobility',
    purpose: 'Keeps the hip turning freely in both directions.',
    howTo:
      'Sit with both knees bent at right angles, one leg in front, one to the side. Rotate both knees to the other side without using your hands, and back.',
    dosage: '2 sets of 10 switches',
    daysPerWeek: 5,
  },
  {
    id: 'prone_press_up',
    name: 'Lying back bend',
    category: 'spine',
    purpose: 'Eases the lower back, which can send pain down to the knee.',
    howTo:
      'Lie face down with hands under the shoulders. Push the upper body up while the hips stay on the floor and the back relaxes. Lower slowly.',
    dosage: '2 sets of 10',
    daysPerWeek: 7,
  },
  {
    id: 'bird_dog',
    name: 'Bird dog',
    category: 'spine',
    purpose: 'Trains a steady back and pelvis while arms and legs move.',
    howTo:
      'On hands and knees, reach one arm forward and the opposite leg back until both are level with the body. Hold 3 seconds without the back sagging, then switch.',
    dosage: '3 sets of 8 each side',
    daysPerWeek: 4,
  },
  {
    id: 'dead_bug',
    name: 'Dead bug',
    category: 'spine',
    purpose: 'Strengthens the deep tummy muscles that keep the pelvis steady while running.',
    howTo:
      'Lie on your back, arms up, hips and knees bent at right angles. Slowly lower one arm and the opposite leg while the lower back stays pressed to the floor.',
    dosage: '3 sets of 8 each side',
    daysPerWeek: 4,
  },
  {
    id: 'cycling_easy',
    name: 'Easy cycling',
    category: 'cross_training',
    purpose: 'Keeps your fitness up while running is reduced, without hurting the knee.',
    howTo:
      'Ride a stationary or road bike at an easy, chatty effort. Raise the saddle if the front of the knee aches.',
    dosage: '20–40 minutes, easy',
    daysPerWeek: 3,
  },
  {
    id: 'walk_run_intervals',
    name: 'Walk–run session',
    category: 'running',
    purpose: 'Brings running back in small, safe steps.',
    howTo:
      'On flat ground, alternate walking and running as your current level says. Rest at least a day between sessions. Move up a level only if the last two went by without more pain, swelling or stiffness.',
    dosage: 'At your current level, on flat ground',
    daysPerWeek: 3,
  },
  {
    id: 'patellar_taping',
    name: 'Kneecap taping',
    category: 'adjunct',
    purpose: 'Short-term help to ease pain while the exercises do the real work.',
    howTo:
      'Your clinician shows you how to apply the tape. Wear it for runs or painful tasks only, and remove it if the skin gets sore.',
    dosage: 'For runs only, first weeks',
    daysPerWeek: 3,
  },
  {
    id: 'knee_strap',
    name: 'Knee strap',
    category: 'adjunct',
    purpose: 'A short-term comfort aid, never a fix: the fix is at the hip, foot and ankle.',
    howTo:
      'Place the strap just below the kneecap, snug but not tight, only for runs in the first weeks.',
    dosage: 'For runs only, first weeks',
    daysPerWeek: 3,
  },
] as const satisfies readonly Exercise[];

export type ExerciseId = (typeof exerciseLibrary)[number]['id'];

const byId: ReadonlyMap<string, Exercise> = new Map(exerciseLibrary.map((e) => [e.id, e]));

export function findExercise(id: string): Exercise | undefined {
  return byId.get(id);
}

export function isAdjunct(category: ExerciseCategory): boolean {
  return category === 'adjunct';
}
