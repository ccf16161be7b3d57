export function waitFor(url: string, timeoutMs: number): Promise<void>;
export function assertPortsFree(ports: number[]): Promise<void>;
export function writeResults(kind: string, report: string, data: unknown): void;
export function calibratedSlowdown(benchmarkIndex: number): number;
