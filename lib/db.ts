// The one PrismaClient of the process. Kept on globalThis so Next's dev reloads don't open a
// pool per reload.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { ledePrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.ledePrisma ??= createPrismaClient(env().DATABASE_URL));
