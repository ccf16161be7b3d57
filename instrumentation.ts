// Runs once when a server starts: the background workers (scheduled publishing) live in
// the web server's process, and pg-boss makes sure each job runs on one instance only.
export async function register() {
  // Read here directly (not through lib/platform/env): Next replaces this literal at build time so
  // the Node-only job code is left out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Settings production needs are checked before anything else starts.
  const { assertEnvAtStartup } = await import('@/lib/platform/env');
  assertEnvAtStartup();
  const { startJobWorkers } = await import('@/lib/newsroom/data/scheduled-publishing');
  await startJobWorkers().catch((error: unknown) => {
    // The site keeps serving; scheduled stories wait for the sweep after the next start.
    console.error('[jobs] không khởi động được hàng đợi công việc:', error);
  });
  const { scheduleActiveBreakingEnds } = await import('@/lib/newsroom/data/breaking');
  await scheduleActiveBreakingEnds().catch((error: unknown) => console.error('[breaking] không đặt được giờ tắt tin nóng:', error));
}
