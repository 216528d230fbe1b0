import { spawn } from "node:child_process";

/** Runs a command with inherited stdio; resolves on exit code 0, rejects otherwise. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`)),
    );
  });
}

export const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Node arguments that run the Lede server (server.ts), in production or development mode. */
export function serverCommand(dev = false): string[] {
  return ["--import", "tsx", "server.ts", ...(dev ? ["--dev"] : [])];
}
