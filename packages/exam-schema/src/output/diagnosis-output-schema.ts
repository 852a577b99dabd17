import { z } from 'zod';

import { conditionIds } from '../vocabulary/conditions';
import { examTestIds } from '../vocabulary/exam-vocabulary';

export const evidenceKinds = ['expert-weight', 'published-lr', 'cluster'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const evidenceDirections = ['for', 'against'] as const;
export type EvidenceDirection = (typeof evidenceDirections)[number];

/** One factor that moved a condition: the finding, how far, and on whose authority. */
export const evidenceSchema = z.strictObject({
  finding: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
  direction: z.enum(evidenceDirections),
  weight: z.number().positive(),
  kind: z.enum(evidenceKinds),
  source: z.string().min(1),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const differentialEntrySchema = z.strictObject({
  condition: z.enum(conditionIds),
  probability: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});
export type DifferentialEntry = z.infer<typeof differentialEntrySchema>;

export const profileRefSchema = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().min(1),
});
export type ProfileRef = z.infer<typeof profileRefSchema>;

export const referralSchema = z.strictObject({
  recommended: z.boolean(),
  urgent: z.boolean(),
  reasons: z.array(z.string()),
});
export type Referral = z.infer<typeof referralSchema>;

/** What `diagnose` returns (case-format.md, "Engine output"); usable as a tRPC `.output()`. */
export const diagnosisOutputSchema = z.strictObject({
  profile: profileRefSchema,
  engineVersion: z.string().min(1),
  differential: z.array(differentialEntrySchema).length(conditionIds.length),
  otherProfile: z.strictObject({ id: z.string().min(1), top: z.enum(conditionIds) }),
  referral: referralSchema,
  nextTests: z.array(z.enum(examTestIds)),
  contributingFactors: z.array(z.string()),
});
export type DiagnosisOutput = z.infer<typeof diagnosisOutputSchema>;
