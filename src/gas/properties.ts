// Document properties (never script properties in an add-on: they are shared by every user, GAS-FACTS).

export function getDocProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function setDocProperty(key: string, value: string | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (value === null) props.deleteProperty(key);
  else props.setProperty(key, value);
}

export function getDocJson<T>(key: string): T | null {
  const v = getDocProperty(key);
  if (!v) return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

export function setDocJson(key: string, value: unknown): void {
  setDocProperty(key, value === null ? null : JSON.stringify(value));
}

export const PROP = {
  activeTraining: 'douasn.activeTraining',
  templates: 'douasn.templates',
  certificateJob: 'douasn.certificateJob',
  /** User property: quota windows and the hourly trigger's note to the admin (see features/certificates). */
  certificateUser: 'douasn.certificateUser',
} as const;

/** User properties: per user (and per add-on), readable from a trigger that runs with no document. */
export function getUserJson<T>(key: string): T | null {
  const v = PropertiesService.getUserProperties().getProperty(key);
  if (!v) return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

export function setUserJson(key: string, value: unknown): void {
  const props = PropertiesService.getUserProperties();
  if (value === null) props.deleteProperty(key);
  else props.setProperty(key, JSON.stringify(value));
}
