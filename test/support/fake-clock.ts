/** A clock tests move by hand. */
export interface FakeClock {
  now: () => Date;
  set: (at: Date | string) => void;
  advance: (ms: number) => void;
}

export function fakeClock(start: Date | string = '2026-03-02T02:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
