import { describe, expect, it } from 'vitest';
import { CreateUserRequest, UpdateUserRequest, Username } from './user.js';

describe('user contracts', () => {
  it('normalises usernames to lower case and refuses accents and spaces', () => {
    expect(Username.parse('  BuuDien2 ')).toBe('buudien2');
    for (const bad of ['bưu điện', 'ab', '1abc', 'a'.repeat(41), 'có.dấu']) {
      expect(Username.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('requires a password of at least 10 characters and a known role', () => {
    const base = { username: 'nguoimoi', fullName: 'Người Mới', role: 'specialist', password: '1234567890' };
    expect(CreateUserRequest.parse(base).unitId).toBeNull();
    expect(CreateUserRequest.safeParse({ ...base, password: '123456789' }).success).toBe(false);
    expect(CreateUserRequest.safeParse({ ...base, role: 'king' }).success).toBe(false);
  });

  it('refuses an empty update', () => {
    expect(UpdateUserRequest.safeParse({}).success).toBe(false);
    expect(UpdateUserRequest.safeParse({ isActive: false }).success).toBe(true);
  });
});
