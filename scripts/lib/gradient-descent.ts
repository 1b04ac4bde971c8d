/**
 * The gradient-descent example of the algorithms chapter (图/Figure 3.x,
 * `fig-gradient-descent`): the elongated convex valley L(w1, w2) = A·w1² + B·w2²,
 * descended from one start point with three learning rates. The figure is
 * drawn from these numbers (scripts/make-figures.ts), and a content test checks
 * that what the caption calls each rate is what the rate does
 * (tests/content/gradient-descent-figure.test.ts).
 */
export type Point = [number, number];

export const A = 0.4;
export const B = 2;
export const START: Point = [-5, 2.4];
export const STEPS = 20;

/** The Hessian is diag(2A, 2B): curvatures 0.8 along w1 and 4 along w2, the steep, narrow direction. */
export const CURVATURES = [2 * A, 2 * B] as const;
/** The fixed rate that shrinks the error fastest on a quadratic: 2 / (λmin + λmax). */
export const BEST_RATE = 2 / (CURVATURES[0] + CURVATURES[1]);
/** Above 2 / λmax every step overshoots further than the last, and the loss grows without bound. */
export const DIVERGENCE_RATE = 2 / Math.max(...CURVATURES);

/** Too small, well chosen, too large: the rates the figure draws, in its legend's order. */
export const RATES = { small: 0.03, good: 0.4, large: 0.48 } as const;

export const loss = ([w1, w2]: Point): number => A * w1 * w1 + B * w2 * w2;
const grad = ([w1, w2]: Point): Point => [2 * A * w1, 2 * B * w2];

/** The START point and each of the STEPS points after it. */
export function descend(eta: number, steps = STEPS): Point[] {
  const points: Point[] = [START];
  let p = START;
  for (let i = 0; i < steps; i++) {
    const g = grad(p);
    p = [p[0] - eta * g[0], p[1] - eta * g[1]];
    points.push(p);
  }
  return points;
}

/** Distance from the minimum, (0, 0), after the last step. */
export function distanceAfter(eta: number, steps = STEPS): number {
  const end = descend(eta, steps).at(-1)!;
  return Math.hypot(end[0], end[1]);
}

/** How often w2 changes sign: a path bouncing across the valley changes it on every step. */
export function signChanges(eta: number, steps = STEPS): number {
  const points = descend(eta, steps);
  return points.slice(1).filter((p, i) => Math.sign(p[1]) !== Math.sign(points[i]![1])).length;
}
