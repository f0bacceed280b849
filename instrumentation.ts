export async function register() {
  // Only the Node.js server touches SQLite; the edge runtime never runs this.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startUp } = await import('./db/startup');
    startUp();
    const { startBackgroundWork } = await import('./lib/registrations/background');
    startBackgroundWork();
  }
}
