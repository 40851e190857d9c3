import * as bcrypt from 'bcryptjs';

/** Password policy for every account: 8–64 characters with letters, digits and a symbol. */
export function checkPasswordPolicy(password: string): string | null {
  if (password.length < 8 || password.length > 64) return '密码长度应为8–64位';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password) || !/[^A-Za-z0-9]/.test(password)) {
    return '密码须同时包含字母、数字和符号';
  }
  return null;
}

export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A random initial password that meets the policy. */
export function generatePassword(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const symbols = '@#%+=!';
  const pick = (set: string): string => set.charAt(Math.floor(Math.random() * set.length));
  const chars = [pick(symbols), pick(digits), pick(digits)];
  while (chars.length < 12) chars.push(pick(letters));
  return chars.sort(() => Math.random() - 0.5).join('');
}
