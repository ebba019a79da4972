export interface DevServer {
  url: string;
  /** The folder holding this server's local D1. */
  persistTo: string;
  /** Ends the server, keeping its data. */
  kill(): Promise<void>;
  /** Ends the server and deletes its data. */
  stop(): Promise<void>;
  output(): string;
}
export function startDevServer(options?: { timeoutMs?: number; vars?: Record<string, string> }): Promise<DevServer>;
