// Logo and signature or stamp for the certificate templates (issue 12 item 4): a file input each, checked in the
// browser (PNG or JPEG, at most 2 MB) before it is sent, the stored file's name with Hapus. The server checks the
// bytes again; Buat Template prints what is stored.

import { useEffect, useState } from 'preact/hooks';
import { IMAGE_MAX_BYTES } from '../../src/core/imageFile';
import type { CertImagesState } from '../../src/shared/rpc';
import { IMAGE_ROLE_NAME, CERT_IMAGES_TEXT as T, CERT_IMAGES_UI as U } from '../../src/text/id/certImages';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

type Role = keyof typeof IMAGE_ROLE_NAME;
const ROLES: readonly Role[] = ['logo', 'signature'];
const TYPES = ['image/png', 'image/jpeg'];

/** The file's content as base64 (the data: URL's prefix removed). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(T.notImage(file.name)));
    reader.readAsDataURL(file);
  });
}

export function CertTemplate(props: { disabled: boolean; onChange?: () => void }) {
  const [state, setState] = useState<CertImagesState | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState<Role | null>(null);

  useEffect(() => {
    settle(call('certificateImages'), setNote).then((r) => r && setState(r));
  }, []);

  const send = async (role: Role, input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNote(null);
    // the browser's own check first: nothing too large or of another type is sent
    if (file.size === 0) return setNote({ kind: 'error', text: T.empty });
    if (!TYPES.includes(file.type)) return setNote({ kind: 'error', text: T.notImage(file.name) });
    if (file.size > IMAGE_MAX_BYTES)
      return setNote({ kind: 'error', text: T.tooLarge(file.name, file.size, IMAGE_MAX_BYTES) });
    setBusy(role);
    try {
      const base64 = await readBase64(file);
      const r = await settle(
        call('uploadCertificateImage', { role, name: file.name, mimeType: file.type, base64 }),
        setNote,
      );
      if (r) {
        setState(r);
        setNote({ kind: r.templatesExist ? 'warn' : 'ok', text: r.message });
        props.onChange?.();
      }
    } catch {
      setNote({ kind: 'error', text: T.notImage(file.name) });
    } finally {
      setBusy(null);
    }
  };
  const remove = async (role: Role) => {
    setNote(null);
    const r = await settle(call('removeCertificateImage', role), setNote);
    if (r) {
      setState(r);
      setNote({ kind: 'ok', text: r.message });
    }
  };

  return (
    <div class="cert-part" id="cert-images">
      <h3 class="part-title">{U.title}</h3>
      <Hint>{U.hint}</Hint>
      {ROLES.map((role) => {
        const stored = state?.[role] ?? null;
        const off = props.disabled || busy !== null;
        return (
          <div class="image-row" key={role} id={`cert-image-${role}`}>
            <p class="image-name">{IMAGE_ROLE_NAME[role]}</p>
            <p class="image-stored">
              {stored ? (
                <>
                  <ExtLink href={stored.url}>{stored.name}</ExtLink>{' '}
                  <span class="muted">({U.size(stored.size)})</span>
                </>
              ) : (
                <span class="muted">{U.none}</span>
              )}
            </p>
            <div class="actions">
              {/* the browser's own file button speaks the browser's language: a label in Indonesian opens it */}
              <input
                id={`cert-image-input-${role}`}
                class="file-input"
                type="file"
                accept="image/png,image/jpeg"
                aria-label={U.choose(role)}
                disabled={off}
                onChange={(e) => send(role, e.currentTarget)}
              />
              <label
                for={`cert-image-input-${role}`}
                class={`btn btn-secondary btn-small${off ? ' is-disabled' : ''}`}
                aria-hidden="true"
              >
                {stored ? U.replace : U.upload}
              </label>
              {stored ? (
                <ActionButton label={U.remove} small disabled={off} onClick={() => remove(role)} />
              ) : null}
            </div>
            {busy === role ? <p class="hint">{U.sending}</p> : null}
          </div>
        );
      })}
      <Message note={note} />
    </div>
  );
}
