export function contentSecurityPolicy(options?: {
  nonce?: string;
  development?: boolean;
  https?: boolean;
}): string;
export const STRICT_TRANSPORT_SECURITY: string;
