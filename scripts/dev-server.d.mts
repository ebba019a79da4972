export interface DevServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
}
export function startDevServer(options?: { timeoutMs?: number; vars?: Record<string, string> }): Promise<DevServer>;
