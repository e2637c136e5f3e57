// Properties: document properties for what belongs to the spreadsheet, user properties for what belongs to one admin
// (readable from a trigger that runs with no document). Never script properties in an add-on: they are shared by
// every user (GAS-FACTS).

type Store = GoogleAppsScript.Properties.Properties;
const doc = (): Store => PropertiesService.getDocumentProperties();
const user = (): Store => PropertiesService.getUserProperties();

function put(store: Store, key: string, value: string | null): void {
  if (value === null) store.deleteProperty(key);
  else store.setProperty(key, value);
}

function parse<T>(v: string | null): T | null {
  if (!v) return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

export function getDocProperty(key: string): string | null {
  return doc().getProperty(key);
}

export function setDocProperty(key: string, value: string | null): void {
  put(doc(), key, value);
}

export function getDocJson<T>(key: string): T | null {
  return parse<T>(getDocProperty(key));
}

export function setDocJson(key: string, value: unknown): void {
  put(doc(), key, value === null ? null : JSON.stringify(value));
}

export function getUserProperty(key: string): string | null {
  return user().getProperty(key);
}

export function setUserProperty(key: string, value: string | null): void {
  put(user(), key, value);
}

export function getUserJson<T>(key: string): T | null {
  return parse<T>(getUserProperty(key));
}

export function setUserJson(key: string, value: unknown): void {
  put(user(), key, value === null ? null : JSON.stringify(value));
}
