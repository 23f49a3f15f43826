// Deterministic synthetic chronologies for layout and rendering tests: a fixed
// seed, clusters of dense events separated by long quiet spans, mixed precision.
export function syntheticTimeline(count: number, seed = 7) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const clusters = [1905, 1950, 1991, 2022];
  const events = Array.from({ length: count }, (_, i) => {
    const base = clusters[i % clusters.length];
    const year = base + Math.floor(random() * (base === 2022 ? 2 : 12));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const date = precision < 0.2 ? `${year}` : precision < 0.4 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { id: `event-${i + 1}`, date, headline: `Synthetic event number ${i + 1}` };
  });
  return {
    title: `${count} synthetic events`,
    eras: [{ id: 'era', date: '1950/1953', label: 'A synthetic era' }],
    events,
  };
}
