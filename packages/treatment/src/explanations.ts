import type { ConditionId } from '@stride/exam-schema';

/** What the patient reads about their diagnosis: plain words, no jargon, no blame. */
export const diagnosisExplanations: Readonly<
  Record<ConditionId, { title: string; explanation: string }>
> = {
  chondromalacia_patellae: {
    title: 'Softened cartilage under the kneecap',
    explanation:
      'The smooth lining under your kneecap has become softer and sore when it is pressed against the thigh bone, as on stairs or in a squat. The plan lowers that pressure with strength work and sensible running loads. A scan is only needed if it does not improve.',
  },
  patellofemoral_malalignment: {
    title: 'The kneecap is being pulled off its track',
    explanation:
      'When you land, your thigh turns inward a little too much and the kneecap is pulled to the outside, which irritates it. The knee itself is not damaged: the fix is stronger, better-controlled hips and a slightly quicker running step.',
  },
  iliotibial_band_syndrome: {
    title: 'Irritation on the outside of the knee',
    explanation:
      'The strong band of tissue on the outside of your thigh is squeezing a sensitive spot at the outer knee with each stride. It settles when the hip holds the leg steadier and you avoid downhills and sloping roads for a while.',
  },
  femoral_nerve_irritation: {
    title: 'A touchy nerve at the front of the thigh',
    explanation:
      'The nerve that runs down the front of your thigh has become sensitive from being stretched quickly over and over as you run. It is not damaged and usually calms quickly with gentle nerve glides and small changes to how you run.',
  },
  saphenous_nerve_entrapment: {
    title: 'A small nerve caught on the inner knee',
    explanation:
      'A small nerve that gives feeling to the inner knee is being pinched in the tissue of the inner thigh. When the knee drops inward on landing, it is tugged each stride. Freeing the tissue, gliding the nerve and stronger hip control take the strain off.',
  },
  patellar_tendinopathy: {
    title: 'An overloaded kneecap tendon',
    explanation:
      'The tendon just below your kneecap has had more load than it could adapt to. Tendons get better with the right kind of load, so the plan builds it up step by step rather than resting it completely.',
  },
  pes_anserine_bursitis: {
    title: 'Irritation on the inner side below the knee',
    explanation:
      'Where three tendons attach on the inner side just below the knee, the tissue has become irritated. Easing the load for a while and strengthening the hip and thigh lets it settle.',
  },
  medial_meniscus_tear: {
    title: 'A possible tear in the knee’s inner cushion',
    explanation:
      'The rubbery cushion on the inner side of your knee may be torn. Your clinician may send you for a scan to check. Meanwhile the plan keeps the knee strong and moving without aggravating it.',
  },
  lumbar_referred_pain: {
    title: 'Pain from the lower back felt in the knee',
    explanation:
      'Your knee is not the source: a nerve from the lower back is sending pain down to the knee. Treating the back and the hip is what makes the knee feel better.',
  },
  hip_referred_pain: {
    title: 'Pain from the hip felt in the knee',
    explanation:
      'The hip shares nerves with the knee, so a problem in the hip can be felt as knee pain. Treating the hip is what makes the knee feel better.',
  },
};
