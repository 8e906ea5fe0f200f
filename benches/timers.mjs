// Schedules 20,000 timers and reports how long scheduling took and how long
// until all had fired. Run by benches/timers under autorun and node.
const N = 20000;
let fired = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) setTimeout(() => fired++, i % 50);
const scheduled = performance.now() - t0;
setTimeout(() => {
  const total = performance.now() - t0;
  console.log(JSON.stringify({ scheduled: +scheduled.toFixed(2), total: +total.toFixed(2), fired }));
}, 60);
