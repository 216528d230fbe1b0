// The PrismaClients of the process, kept on globalThis so Next's dev reloads don't open a pool
// per reload: `db` (the primary: writes, actions, admin) and `readerDb` for cached reader queries,
// which uses a read replica when DATABASE_REPLICA_URL is set and the replica is caught up
// (lib/db/replicas.ts); without replicas it is `db`.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { createReaderClient, replicaUrls, type ReaderClient } from "@/lib/db/replicas";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { ledePrisma?: PrismaClient; ledeReader?: ReaderClient };

export const db: PrismaClient = (globalForPrisma.ledePrisma ??= createPrismaClient(env().DATABASE_URL));

export const readerDb: ReaderClient = (globalForPrisma.ledeReader ??= createReaderClient(
  db,
  replicaUrls(env().DATABASE_REPLICA_URL).map((url) => createPrismaClient(url)),
));
