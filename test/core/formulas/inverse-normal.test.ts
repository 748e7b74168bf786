import { describe, expect, it } from 'vitest';
import { inverseNormal } from '../../../src/core/formulas/inverse-normal';

describe('inverseNormal', () => {
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.98, 2.0537489106318225],
    [0.99, 2.3263478740408408],
    [0.999, 3.090232306167813],
    [0.05, -1.6448536269514722],
    [1e-10, -6.361340902404056],
  ])('z(%d) = %d', (p, z) => {
    expect(inverseNormal(p)).toBeCloseTo(z, 12);
  });

  it('rounds to the printed table values 1.28, 1.65, 2.05, 2.33', () => {
    expect([0.9, 0.95, 0.98, 0.99].map((p) => Math.round(inverseNormal(p) * 100) / 100)).toEqual([1.28, 1.64, 2.05, 2.33]);
  });

  it('is NaN outside (0, 1)', () => {
    expect(inverseNormal(0)).toBeNaN();
    expect(inverseNormal(1)).toBeNaN();
  });
});
