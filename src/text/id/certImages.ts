// Indonesian text of the images uploaded for the certificate templates (issue 12 item 4): the logo, and the
// signature or stamp; the refusals the server and the panel give, and the panel's words.

const MB = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',').replace(/,0$/, '')} MB`;

export const IMAGE_ROLE_NAME = { logo: 'Logo', signature: 'Tanda tangan / stempel' } as const;

export const CERT_IMAGES_TEXT = {
  /** The stored file's name in Drive. */
  fileName: (role: keyof typeof IMAGE_ROLE_NAME, name: string) =>
    `${role === 'logo' ? 'Logo' : 'Tanda Tangan'} DOU ASN - ${name}`,
  tooLarge: (name: string, bytes: number, max: number) =>
    `Berkas "${name}" berukuran ${MB(bytes)}, lebih dari batas ${MB(max)}. Perkecil gambarnya (mis. simpan ulang dengan lebar sekitar 600 piksel), lalu unggah lagi.`,
  notImage: (name: string) =>
    `Berkas "${name}" bukan gambar PNG atau JPEG. Simpan gambar sebagai PNG atau JPG (mis. lewat aplikasi Paint atau Foto), lalu unggah lagi.`,
  mismatch: (name: string, says: string, is: string) =>
    `Berkas "${name}" bernama atau bertipe ${says}, tetapi isinya gambar ${is}. Simpan ulang gambar dengan jenis yang benar, lalu unggah lagi.`,
  unnamed: 'tanpa nama',
  noRole: 'Pilih dulu gambar mana yang diunggah: Logo, atau Tanda tangan / stempel.',
  otherKind: 'bukan PNG/JPEG',
  empty: 'Berkas yang dipilih kosong. Pilih berkas gambar PNG atau JPEG.',
  stored: (role: keyof typeof IMAGE_ROLE_NAME) =>
    `${IMAGE_ROLE_NAME[role]} tersimpan. Gambar dicetak pada template yang dibuat dengan tombol Buat Template.`,
  templatesExist:
    'Template yang sudah ada tidak diubah oleh add-on, agar isian Anda di sana tidak hilang. Buka template di Google Dokumen dan sisipkan gambarnya lewat Sisipkan → Gambar → Upload dari komputer; atau, bila template belum pernah Anda ubah, hapus template itu di Drive lalu klik Buat Template lagi.',
  removed: (role: keyof typeof IMAGE_ROLE_NAME) =>
    `${IMAGE_ROLE_NAME[role]} dihapus. Template yang sudah ada tidak diubah; hapus gambarnya di Google Dokumen bila perlu.`,
  nothingToRemove: (role: keyof typeof IMAGE_ROLE_NAME) => `${IMAGE_ROLE_NAME[role]} belum diunggah.`,
  /** A stored image the add-on can no longer open (deleted in Drive). */
  missing: (role: keyof typeof IMAGE_ROLE_NAME) =>
    `${IMAGE_ROLE_NAME[role]} yang diunggah tidak dapat dibuka lagi (mungkin terhapus di Drive), jadi template dibuat tanpa gambar itu. Unggah lagi gambarnya bila perlu.`,
} as const;

/** The panel's words (sidebar/sections/certTemplate.tsx). */
export const CERT_IMAGES_UI = {
  title: 'Logo dan tanda tangan',
  hint: 'Gambar PNG atau JPEG, paling besar 2 MB. Logo dicetak di tengah atas sertifikat; tanda tangan atau stempel di atas nama penandatangan. Unggah sebelum klik Buat Template.',
  choose: (role: keyof typeof IMAGE_ROLE_NAME) => `Pilih berkas ${IMAGE_ROLE_NAME[role].toLowerCase()}`,
  none: 'belum ada',
  upload: 'Unggah…',
  replace: 'Ganti…',
  remove: 'Hapus',
  sending: 'Mengunggah…',
  size: (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : MB(bytes)),
  open: 'buka',
} as const;
