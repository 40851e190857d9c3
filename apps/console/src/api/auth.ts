import { request } from './request';

export function login(body: Api.Auth.LoginRequest): Promise<Api.Auth.LoginResponse> {
  // Wrong password and lockout are shown on the login form itself.
  return request.post<Api.Auth.LoginResponse>('/auth/login', body, { auth: false, notify: false });
}

export function logout(): Promise<void> {
  return request.post<void>('/auth/logout', undefined, { responseType: 'none', notify: false });
}

export function fetchMe(): Promise<Api.Auth.User> {
  return request.get<Api.Auth.User>('/auth/me');
}

export function changePassword(body: Api.Auth.ChangePasswordRequest): Promise<void> {
  return request.post<void>('/auth/password', body, { responseType: 'none', notify: false });
}
