// A CPU profile of part of a run (the bench's measured phase), through the inspector in this process.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function startProfile(): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 250 µs: fine enough for requests of a few milliseconds, coarse enough not to slow them much
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      process.stderr.write(`bench: CPU profile written to ${file}\n`);
    },
  };
}
