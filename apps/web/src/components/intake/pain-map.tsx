'use client';

import type { KeyboardEvent } from 'react';

import type { PainRegion } from '@stride/exam-schema';
import { painRegionLabels } from '@stride/exam-schema';

import type { PainMapView, RegionShape } from './pain-map-shapes';
import { painMapViews } from './pain-map-shapes';

function Shape({ shape, className }: { shape: RegionShape; className: string }) {
  return shape.kind === 'ellipse' ? (
    <ellipse cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} className={className} />
  ) : (
    <polygon points={shape.points} className={className} />
  );
}

function View({
  view,
  selected,
  onToggle,
}: {
  view: PainMapView;
  selected: readonly PainRegion[];
  onToggle?: ((region: PainRegion) => void) | undefined;
}) {
  const titleId = `pain-map-${view.id}-title`;
  const keyDown = (region: PainRegion) => (e: KeyboardEvent) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onToggle?.(region);
    }
  };
  return (
    <figure className="flex min-w-0 flex-1 flex-col items-center">
      <figcaption id={titleId} className="text-sm font-medium text-slate-700">
        {view.title}
      </figcaption>
      <svg
        viewBox="-14 0 268 500"
        className="mt-1 h-auto w-full max-w-56"
        role="group"
        aria-labelledby={titleId}
        data-testid={`pain-map-${view.id}`}
      >
        <path d={view.outline} className="fill-slate-100 stroke-slate-400" strokeWidth={2} />
        <text x={-10} y={498} className="fill-slate-600 text-[15px]" aria-hidden="true">
          {view.left}
        </text>
        <text x={250} y={498} textAnchor="end" className="fill-slate-600 text-[15px]" aria-hidden>
          {view.right}
        </text>
        {view.landmarks.map((l) => (
          <ellipse
            key={l.label}
            cx={l.cx}
            cy={l.cy}
            rx={l.rx}
            ry={l.ry}
            className="fill-slate-300 stroke-slate-500"
            aria-hidden="true"
          />
        ))}
        {view.shapes.map((shape) => {
          const on = selected.includes(shape.region);
          const label = painRegionLabels[shape.region];
          const look = on
            ? 'fill-rose-500/70 stroke-rose-800'
            : 'fill-brand-100/80 stroke-brand-700 group-hover:fill-brand-100';
          if (!onToggle)
            return (
              <g key={shape.region} aria-hidden="true">
                <Shape
                  shape={shape}
                  className={
                    on ? 'fill-rose-500/70 stroke-rose-800' : 'fill-white/60 stroke-slate-300'
                  }
                />
              </g>
            );
          return (
            <g
              key={shape.region}
              role="checkbox"
              aria-checked={on}
              aria-label={label}
              tabIndex={0}
              className="group cursor-pointer outline-none"
              onClick={() => onToggle(shape.region)}
              onKeyDown={keyDown(shape.region)}
              data-testid={`pain-region-${shape.region}`}
            >
              <title>{label}</title>
              <Shape
                shape={shape}
                className={`${look} stroke-2 group-focus-visible:stroke-amber-500 group-focus-visible:stroke-[5]`}
              />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * The body picture the patient taps where it hurts. Each area is a checkbox with its name, so
 * it works with a keyboard (Tab, then Space) and a screen reader as well as a pointer.
 */
export function PainMap({
  selected,
  onToggle,
  labelledBy,
}: {
  selected: readonly PainRegion[];
  /** Absent for a read-only picture (the clinician's view). */
  onToggle?: (region: PainRegion) => void;
  labelledBy?: string;
}) {
  const names = selected.map((r) => painRegionLabels[r]).join(', ');
  return (
    <div
      role={onToggle ? 'group' : 'img'}
      aria-labelledby={onToggle ? labelledBy : undefined}
      aria-label={onToggle ? undefined : `Pain marked at: ${names || 'nowhere'}`}
      className="flex gap-2 sm:gap-6"
      data-testid="pain-map"
    >
      {painMapViews.map((view) => (
        <View key={view.id} view={view} selected={selected} onToggle={onToggle} />
      ))}
    </div>
  );
}
