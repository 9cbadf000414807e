export interface PrismOptions {
  mode?: "mock" | "proxy";
  spec: string;
  upstream?: string;
  host?: string;
  port?: number;
  logFile?: string;
  echo?: boolean;
  timeoutMs?: number;
}
export interface RunningPrism {
  url: string;
  pid: number;
  stop(): Promise<void>;
}
export function startPrism(options: PrismOptions): Promise<RunningPrism>;
