import type { Me } from '@motcua/core';
import { ApiError, apiRequest, getJson, postJson } from '../../api/client.js';

/** The signed-in user, or null when the browser has no valid session. */
export async function findCurrentUser(): Promise<Me | null> {
  try {
    return await getJson<Me>('/api/auth/me', { isSessionOptional: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function signIn(username: string, password: string): Promise<Me> {
  return postJson<Me>('/api/auth/login', { username, password }, { isSessionOptional: true });
}

export async function signOut(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', isSessionOptional: true });
}
