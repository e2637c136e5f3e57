// Tests of the emulated FormApp and the simulated respondent: each row of emulator/README.md (FormApp).

import { createEnvironment } from '../../emulator/environment';
import { createFormApp, type FakeForm, FORM_MESSAGES } from '../../emulator/forms';
import { _allForms, _deleteForm, SimulatedParticipants, submitResponse } from '../../emulator/respondent';
import { COST_MODEL, Runtime } from '../../emulator/runtime';
import { FakeSpreadsheet } from '../../emulator/spreadsheet';

const NIP = '198501012010011001';
const NIP_PATTERN = '\\d{18}';

function setup(locale = 'id_ID') {
  const rt = new Runtime({ start: new Date('2026-11-24T08:00:00+07:00') });
  const ss = new FakeSpreadsheet({ locale, rt, id: '1TestSpreadsheetxxxxxxxxxxxxxxxxxxxxxxxxx' });
  const FormApp = createFormApp(rt, ss);
  return { rt, ss, FormApp };
}

/** A published pre-test quiz: NIP (validated), Nama, two multiple-choice questions, one checkbox. */
function quiz(FormApp: ReturnType<typeof setup>['FormApp'], opts: { email?: boolean } = {}) {
  const form = FormApp.create('Pre-Test K01').setTitle('Pre-Test K01');
  form.setIsQuiz(true);
  if (opts.email) form.setCollectEmail(true);
  const nip = form.addTextItem().setTitle('NIP').setRequired(true);
  nip.setValidation(
    FormApp.createTextValidation().requireTextMatchesPattern(NIP_PATTERN).setHelpText('NIP 18 digit').build(),
  );
  form.addTextItem().setTitle('Nama').setRequired(true);
  const q1 = form.addMultipleChoiceItem().setTitle('1. Ibu kota Jawa Timur?');
  q1.setChoices([q1.createChoice('Surabaya', true), q1.createChoice('Malang', false)]).setPoints(2);
  const q2 = form.addMultipleChoiceItem().setTitle('2. Kota mangga?');
  q2.setChoices([q2.createChoice('Probolinggo', true), q2.createChoice('Kediri', false)]).setPoints(3);
  const q3 = form.addCheckboxItem().setTitle('3. Nilai dasar ASN?');
  q3.setChoices([
    q3.createChoice('Berorientasi Pelayanan', true),
    q3.createChoice('Akuntabel', true),
    q3.createChoice('Malas', false),
  ]);
  q3.setPoints(5);
  form.setPublished(true);
  return { form, nip, q1, q2, q3 };
}

describe('publishing', () => {
  test('a new form is unpublished: published URL, accepting responses and respondents all refused', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Presensi');
    expect(form.isPublished()).toBe(false);
    expect(form.supportsAdvancedResponderPermissions()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => form.getPublishedUrl()).toThrow(FORM_MESSAGES.unpublished);
    expect(() => form.setAcceptingResponses(true)).toThrow('Operation not supported on unpublished form');
    form.addTextItem().setTitle('NIP');
    expect(() => submitResponse(form, { NIP })).toThrow(/not published/);
    expect(() => form.createResponse().submit()).toThrow(/not published/);
  });

  test('after setPublished(true) the form has a viewform URL and accepts responses until closed', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Presensi');
    form.addTextItem().setTitle('NIP');
    form.setPublished(true);
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]{48}\/viewform$/,
    );
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.isAcceptingResponses()).toBe(true);
    submitResponse(form, { NIP });
    form.setAcceptingResponses(false);
    expect(() => submitResponse(form, { NIP })).toThrow(/no longer accepting/);
    expect(form.getResponses()).toHaveLength(1);
  });
});

describe('creating a form', () => {
  test("create(title) names only the Drive file: getTitle() is '' until setTitle; create(title, isPublished)", () => {
    const { FormApp } = setup();
    const form = FormApp.create('Pre-Test DOU-1');
    expect(form.getTitle()).toBe('');
    expect(form._state.fileName).toBe('Pre-Test DOU-1');
    expect(form.setTitle('Pre-Test DOU-1').getTitle()).toBe('Pre-Test DOU-1');
    expect(form.isPublished()).toBe(false);
    const pub = FormApp.create('Presensi', true);
    expect(pub.getTitle()).toBe('');
    expect(pub.isPublished()).toBe(true);
    expect(pub.getPublishedUrl()).toMatch(/\/forms\/d\/e\/.+\/viewform$/);
    expect(FormApp.create('Draf', false).isPublished()).toBe(false);
    expect(() => FormApp.create('X', 'ya' as unknown as boolean)).toThrow(
      "The parameters (String,String) don't match the method signature for FormApp.create.",
    );
  });

  test('a Form has no method for the quiz release-grade or show-answers settings', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Pre-Test').setIsQuiz(true);
    const methods = new Set<string>();
    for (let o: object | null = form; o && o !== Object.prototype; o = Object.getPrototypeOf(o))
      for (const k of Object.getOwnPropertyNames(o)) methods.add(k);
    // submitGrades saves grades set on responses (row 31), not a quiz setting
    expect(
      [...methods].filter(
        (m) => m !== 'submitGrades' && /release|grade|correctAnswer|missed|showAnswer|pointValue/i.test(m),
      ),
    ).toEqual([]);
    expect((form as unknown as Record<string, unknown>).setReleaseGrade).toBeUndefined();
    expect((form as unknown as Record<string, unknown>).setShowCorrectAnswers).toBeUndefined();
  });
});

describe('opening forms', () => {
  test('openById / openByUrl find a form by id or edit URL; unknown ids and published URLs throw', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Evaluasi').setTitle('Evaluasi');
    form.setPublished(true);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Evaluasi');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(() => FormApp.openById('1nope')).toThrow(FORM_MESSAGES.notFound);
    expect(() => FormApp.openByUrl(form.getPublishedUrl())).toThrow(FORM_MESSAGES.notFound);
    expect(FormApp.getActiveForm()).toBeNull();
  });
});

describe('items', () => {
  test('getItems() gives generic Items: type-specific methods need a cast, a wrong cast throws', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Q');
    form.addMultipleChoiceItem().setTitle('Pilih').setChoiceValues(['A', 'B']);
    form.addPageBreakItem().setTitle('Halaman 2');
    const [generic, page] = form.getItems();
    expect((generic as unknown as Record<string, unknown>).setChoices).toBeUndefined();
    // Google's enum values are objects printing as their names: == 'NAME' holds, === 'NAME' does not.
    // biome-ignore lint/suspicious/noDoubleEquals: loose equality is what Google's own samples use.
    expect((generic.getType() as unknown) == 'MULTIPLE_CHOICE').toBe(true);
    expect((generic.getType() as unknown) === 'MULTIPLE_CHOICE').toBe(false);
    expect(generic.getType()).toBe(FormApp.ItemType.MULTIPLE_CHOICE);
    expect(
      generic
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['A', 'B']);
    expect(() => generic.asTextItem()).toThrow(FORM_MESSAGES.wrongCast);
    expect(page.getIndex()).toBe(1);
    expect(form.getItems(FormApp.ItemType.PAGE_BREAK)).toHaveLength(1);
    expect(form.getItemById(generic.getId())?.getTitle()).toBe('Pilih');
    expect(form.getItemById(12345)).toBeNull();
  });

  test('blank or repeated choices and builders passed unbuilt are rejected', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Q');
    const mc = form.addMultipleChoiceItem();
    expect(() => mc.setChoiceValues(['A', 'A'])).toThrow(FORM_MESSAGES.invalidData);
    expect(() => mc.setChoiceValues(['A', ''])).toThrow(FORM_MESSAGES.invalidData);
    const text = form.addTextItem();
    expect(() => text.setValidation(FormApp.createTextValidation().requireTextMatchesPattern('x'))).toThrow(
      /don't match the method signature for FormApp\.TextItem\.setValidation/,
    );
  });

  test('moveItem and deleteItem reorder and remove', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Q');
    form.addTextItem().setTitle('a');
    form.addTextItem().setTitle('b');
    const c = form.addTextItem().setTitle('c');
    form.moveItem(2, 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'a', 'b']);
    form.deleteItem(form.getItemById(c.getId()));
    form.deleteItem(0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['b']);
  });
});

describe('quiz scoring', () => {
  test('a correct choice scores the item points, a wrong one 0; the checkbox needs the exact set', () => {
    const { FormApp } = setup();
    const { form, q1, q2, q3 } = quiz(FormApp);
    submitResponse(form, {
      NIP,
      Nama: 'Ani',
      '1. Ibu kota Jawa Timur?': 'Surabaya',
      '2. Kota mangga?': 'Kediri',
      '3. Nilai dasar ASN?': ['Akuntabel', 'Berorientasi Pelayanan'],
    });
    const [r] = form.getResponses();
    expect(r.getResponseForItem(q1)?.getScore()).toBe(2);
    expect(r.getResponseForItem(q2)?.getScore()).toBe(0);
    expect(r.getResponseForItem(q3)?.getScore()).toBe(5);
    expect(r.getResponseForItem(q3)?.getResponse()).toEqual(['Akuntabel', 'Berorientasi Pelayanan']);
  });

  test('getGradableItemResponses lists unanswered gradable items (score 0); getItemResponses omits them', () => {
    const { FormApp } = setup();
    const { form } = quiz(FormApp);
    submitResponse(form, { NIP, Nama: 'Budi', '1. Ibu kota Jawa Timur?': 'Surabaya' });
    const [r] = form.getResponses();
    expect(r.getItemResponses().map((x) => x.getItem().getTitle())).toEqual([
      'NIP',
      'Nama',
      '1. Ibu kota Jawa Timur?',
    ]);
    const gradable = r.getGradableItemResponses();
    expect(gradable).toHaveLength(5);
    expect(gradable.map((x) => x.getScore())).toEqual([0, 0, 2, 0, 0]);
  });

  test('a grade set by a script (setScore, withItemGrade, submitGrades) is kept as given, even above the points', () => {
    const { FormApp } = setup();
    const { form, q1, q2 } = quiz(FormApp);
    submitResponse(form, {
      NIP,
      Nama: 'Ani',
      '1. Ibu kota Jawa Timur?': 'Surabaya',
      '2. Kota mangga?': 'Kediri',
    });
    const [r] = form.getResponses();
    const g1 = r.getGradableResponseForItem(q1);
    const g2 = r.getGradableResponseForItem(q2);
    if (!g1 || !g2) throw new Error('no gradable responses');
    // not saved until submitGrades: a fresh read still gives the answer key's score
    r.withItemGrade(g1.setScore(7)).withItemGrade(g2.setScore(-1));
    expect(form.getResponses()[0].getResponseForItem(q1)?.getScore()).toBe(2);
    form.submitGrades([r]);
    const [again] = form.getResponses();
    expect(again.getResponseForItem(q1)?.getScore()).toBe(7);
    expect(again.getGradableResponseForItem(q2)?.getScore()).toBe(-1);
    expect(again.getGradableItemResponses().map((x) => x.getScore())).toEqual([0, 0, 7, -1, 0]);
    expect(() => g1.setScore('7' as unknown as number)).toThrow();
  });

  test('outside a quiz, correct answers do not count: getScore() is null', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Survei');
    const mc = form.addMultipleChoiceItem().setTitle('P');
    mc.setChoices([mc.createChoice('Ya', true), mc.createChoice('Tidak')]).setPoints(4);
    form.setPublished(true);
    submitResponse(form, { P: 'Ya' });
    expect(form.getResponses()[0].getItemResponses()[0].getScore()).toBeNull();
    expect(form.getResponses()[0].getGradableItemResponses()).toEqual([]);
  });
});

describe('respondent checks', () => {
  test('NIP validation pattern, required items, choices and scale bounds are enforced', () => {
    const { FormApp } = setup();
    const { form } = quiz(FormApp);
    expect(() => submitResponse(form, { NIP: NIP.slice(1), Nama: 'A' })).toThrow(
      /NIP.*not valid: NIP 18 digit/,
    );
    expect(() => submitResponse(form, { NIP: `${NIP} `, Nama: 'A' })).toThrow(/not valid/);
    expect(() => submitResponse(form, { NIP })).toThrow('Required question not answered: "Nama".');
    expect(() => submitResponse(form, { NIP, Nama: 'A', '2. Kota mangga?': 'Jember' })).toThrow(
      /not a valid answer/,
    );
    expect(() => submitResponse(form, { NIP, Nama: 'A', Bogus: 'x' })).toThrow(/No item titled/);
    const scale = form.addScaleItem().setTitle('Puas?').setBounds(1, 4);
    expect(() => submitResponse(form, { NIP, Nama: 'A', [scale.getId()]: 5 })).toThrow(/not a valid answer/);
    submitResponse(form, { NIP, Nama: 'A', 'Puas?': 4 });
    expect(form.getResponses()[0].getResponseForItem(scale)?.getResponse()).toBe('4');
  });

  test('a sign-in form with one response per user refuses a second response from the same email', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Presensi');
    form.addTextItem().setTitle('NIP');
    form.setCollectEmail(true).setLimitOneResponsePerUser(true).setPublished(true);
    submitResponse(form, { NIP }, { email: 'ani@example.go.id' });
    expect(() => submitResponse(form, { NIP }, { email: 'ani@example.go.id' })).toThrow(/already responded/);
    expect(form.getResponses()[0].getRespondentEmail()).toBe('ani@example.go.id');
  });
});

describe('grid items', () => {
  test('getResponse() is one string per row, null for an unanswered row', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Evaluasi');
    const g = form.addGridItem().setTitle('Sesi 1: Etika — Budi').setRows(['Materi', 'Penyajian']);
    g.setColumns(['1', '2', '3', '4']);
    form.setPublished(true);
    submitResponse(form, { 'Sesi 1: Etika — Budi': ['4', null] });
    submitResponse(form, { 'Sesi 1: Etika — Budi': { Penyajian: '3' } });
    const [a, b] = form.getResponses();
    expect(a.getItemResponses()[0].getResponse()).toEqual(['4', null]);
    expect(b.getItemResponses()[0].getResponse()).toEqual([null, '3']);
    expect(() => submitResponse(form, { 'Sesi 1: Etika — Budi': ['5', '1'] })).toThrow(/not a valid answer/);
  });
});

describe('linked response sheet', () => {
  test('named by the spreadsheet locale with the next free number, inserted first, found by getFormUrl', () => {
    const { FormApp, ss } = setup('id_ID');
    ss._insertSheet('Jawaban Formulir 1');
    const form = FormApp.create('A');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    const sheet = ss._sheets[0];
    expect(sheet._name).toBe('Jawaban Formulir 2');
    expect(form.getDestinationId()).toBe(ss._id);
    expect(form.getDestinationType()).toBe(FormApp.DestinationType.SPREADSHEET);
    const url = sheet.getFormUrl() as string;
    expect(url).not.toBe(form.getEditUrl());
    expect(FormApp.openByUrl(url).getId()).toBe(form.getId());

    const en = setup('en_US');
    en.FormApp.create('B').setDestination(en.FormApp.DestinationType.SPREADSHEET, en.ss._id);
    expect(en.ss._sheets[0]._name).toBe('Form Responses 1');
  });

  test("the new sheet is not in this execution's getSheets()/getSheetByName() until SpreadsheetApp.flush()", () => {
    const env = createEnvironment();
    const { FormApp, SpreadsheetApp } = env.globals as unknown as {
      FormApp: ReturnType<typeof setup>['FormApp'];
      SpreadsheetApp: { flush(): void; getActiveSpreadsheet(): FakeSpreadsheet };
    };
    env.rt.beginExecution();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const before = ss.getNumSheets();
    FormApp.create('A').setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const name = env.ss._sheets[0]._name;
    expect(name).toMatch(/^(Jawaban Formulir|Form Responses) 1$/);
    expect(ss.getSheets().map((s) => s.getName())).not.toContain(name);
    expect(ss.getSheetByName(name)).toBeNull();
    expect(ss.getNumSheets()).toBe(before);
    SpreadsheetApp.flush();
    expect(ss.getSheetByName(name)?.getName()).toBe(name);
    expect(ss.getNumSheets()).toBe(before + 1);
    env.rt.endExecution();
    // a later execution sees it without a flush
    FormApp.create('B').setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const second = env.ss._sheets[0]._name;
    env.rt.beginExecution();
    expect(ss.getSheetByName(second)?.getName()).toBe(second);
    env.rt.endExecution();
  });

  test('another spreadsheet id is not found; no destination throws; removeDestination unlinks', () => {
    const { FormApp, ss } = setup();
    const form = FormApp.create('A');
    expect(() => form.getDestinationId()).toThrow(FORM_MESSAGES.noDestination);
    expect(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, '1other')).toThrow(
      FORM_MESSAGES.notFound,
    );
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    const sheet = ss._sheets[0];
    form.removeDestination();
    expect(sheet.getFormUrl()).toBeNull();
    expect(() => form.getDestinationType()).toThrow(FORM_MESSAGES.noDestination);
  });

  test('header: timestamp, email, score, then one column per question; a grid has one per row', () => {
    const { FormApp, ss } = setup('id_ID');
    const { form } = quiz(FormApp, { email: true });
    form.addPageBreakItem().setTitle('Bagian 2');
    form
      .addGridItem()
      .setTitle('Penyelenggaraan')
      .setRows(['Ruangan', 'Konsumsi'])
      .setColumns(['1', '2', '3', '4']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    form.addParagraphTextItem().setTitle('Saran');
    expect(ss._sheets[0].getDataRange().getValues()[0]).toEqual([
      'Stempel waktu',
      'Alamat email',
      'Skor',
      'NIP',
      'Nama',
      '1. Ibu kota Jawa Timur?',
      '2. Kota mangga?',
      '3. Nilai dasar ASN?',
      'Penyelenggaraan [Ruangan]',
      'Penyelenggaraan [Konsumsi]',
      'Saran',
    ]);
    const en = setup('en_US');
    const q = quiz(en.FormApp, { email: true }).form;
    q.setDestination(en.FormApp.DestinationType.SPREADSHEET, en.ss._id);
    expect(en.ss._sheets[0].getDataRange().getValues()[0].slice(0, 3)).toEqual([
      'Timestamp',
      'Email Address',
      'Score',
    ]);
  });

  test('an 18-digit NIP stays whole in getResponses() but is a lossy number in the linked sheet', () => {
    const { FormApp, ss } = setup('id_ID');
    const { form } = quiz(FormApp, { email: true });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    const at = new Date('2026-11-24T08:15:00+07:00');
    submitResponse(
      form,
      {
        NIP,
        Nama: 'Siti',
        '1. Ibu kota Jawa Timur?': 'Surabaya',
        '2. Kota mangga?': 'Probolinggo',
        '3. Nilai dasar ASN?': ['Akuntabel', 'Malas'],
      },
      { email: 'siti@example.go.id', at },
    );
    const r = form.getResponses()[0];
    expect(r.getItemResponses()[0].getResponse()).toBe(NIP);
    expect(r.getTimestamp()?.getTime()).toBe(at.getTime());

    const row = ss._sheets[0].getDataRange().getValues()[1];
    expect(Object.prototype.toString.call(row[0])).toBe('[object Date]');
    expect((row[0] as Date).getTime()).toBe(at.getTime());
    expect(row[1]).toBe('siti@example.go.id');
    expect(row[2]).toBe('5 / 10');
    expect(typeof row[3]).toBe('number');
    expect(String(BigInt(row[3] as number))).not.toBe(NIP);
    expect(row[7]).toBe('Akuntabel, Malas');
  });

  test('the sheet holds the timestamp to the whole second, rows in time order; getTimestamp() keeps ms', () => {
    const { FormApp, ss } = setup();
    const { form } = quiz(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    const answers = (nama: string) => ({
      NIP,
      Nama: nama,
      '1. Ibu kota Jawa Timur?': 'Surabaya',
      '2. Kota mangga?': 'Kediri',
      '3. Nilai dasar ASN?': ['Akuntabel'],
    });
    const late = new Date('2026-11-24T08:20:07.900+07:00');
    const early = new Date('2026-11-24T08:15:03.250+07:00');
    submitResponse(form, answers('Terlambat'), { at: late });
    // a simulated submission given an earlier time lands before it, as if it had arrived then
    submitResponse(form, answers('Awal'), { at: early });
    const stamps = form.getResponses().map((r) => r.getTimestamp()?.getTime());
    expect(stamps).toEqual([early.getTime(), late.getTime()]);
    const rows = ss._sheets[0].getDataRange().getValues().slice(1);
    expect(rows.map((r) => (r[0] as Date).getTime())).toEqual([
      Date.parse('2026-11-24T08:15:03+07:00'),
      Date.parse('2026-11-24T08:20:07+07:00'),
    ]);
    expect(rows.map((r) => r[3])).toEqual(['Awal', 'Terlambat']);
  });

  test('responses received before the link are copied; deleteAllResponses leaves the sheet rows', () => {
    const { FormApp, ss } = setup();
    const form = FormApp.create('Presensi');
    form.addTextItem().setTitle('Nama');
    form.setPublished(true);
    submitResponse(form, { Nama: 'Ani' });
    submitResponse(form, { Nama: 'Budi' });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    submitResponse(form, { Nama: 'Cici' });
    const sheet = ss._sheets[0];
    expect(
      sheet
        .getDataRange()
        .getValues()
        .map((r) => r[1]),
    ).toEqual(['Nama', 'Ani', 'Budi', 'Cici']);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(sheet.getLastRow()).toBe(4);
  });
});

describe('pre-filled links', () => {
  test('toPrefilledUrl: published URL + usp=pp_url + entry.<entry id>=<encoded value>', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Post-Test');
    const nip = form.addTextItem().setTitle('NIP');
    const name = form.addTextItem().setTitle('Nama');
    expect(() => form.createResponse().withItemResponse(nip.createResponse(NIP)).toPrefilledUrl()).toThrow(
      FORM_MESSAGES.unpublished,
    );
    form.setPublished(true);
    const url = form
      .createResponse()
      .withItemResponse(nip.createResponse(NIP))
      .withItemResponse(name.createResponse('Siti Aminah & Co'))
      .toPrefilledUrl();
    const m = /^(.*)\?usp=pp_url&entry\.(\d+)=(\d+)&entry\.(\d+)=(.*)$/.exec(url);
    expect(m).not.toBeNull();
    const [, base, nipEntry, nipValue, , nameValue] = m as RegExpExecArray;
    expect(base).toBe(form.getPublishedUrl());
    expect(nipValue).toBe(NIP);
    expect(nameValue).toBe('Siti+Aminah+%26+Co');
    // The entry key is not the item id: code must use toPrefilledUrl(), not build links itself.
    expect(Number(nipEntry)).not.toBe(nip.getId());
  });

  test('createResponse of a choice item must use one of its choices', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Presensi');
    const mc = form
      .addMultipleChoiceItem()
      .setTitle('Sesi')
      .setChoiceValues(['Sesi 1: Etika', 'Sesi 2: SPBE']);
    expect(() => mc.createResponse('Sesi 3')).toThrow(/Invalid response/);
    expect(mc.createResponse('Sesi 1: Etika').getResponse()).toBe('Sesi 1: Etika');
    const box = form.addCheckboxItem().setChoiceValues(['a']);
    expect(() => box.createResponse('a' as unknown as string[])).toThrow(/method signature/);
  });
});

describe('calls and simulated time', () => {
  test('create 500 ms, item 150 ms, getResponses 300 + 2 per response, other Form calls 100 ms', () => {
    const { FormApp, rt } = setup();
    const t0 = rt.now;
    const form = FormApp.create('Biaya');
    form.addTextItem();
    form.addMultipleChoiceItem();
    form.setPublished(true);
    expect(rt.now - t0).toBe(COST_MODEL.formCreate + 2 * COST_MODEL.formItemAdd + COST_MODEL.formOther);
    expect(rt.snapshot()).toMatchObject({
      'FormApp.create': 1,
      'FormApp.Form.addTextItem': 1,
      'FormApp.Form.addMultipleChoiceItem': 1,
      'FormApp.Form.setPublished': 1,
    });

    // Respondents are not the script: their submissions count nothing and do not move the clock.
    const t1 = rt.now;
    const calls = rt.totalCalls();
    for (let i = 0; i < 3; i++) submitResponse(form, {});
    expect(rt.now).toBe(t1);
    expect(rt.totalCalls()).toBe(calls);

    form.getResponses();
    expect(rt.now - t1).toBe(300 + 2 * 3);
    expect(rt.costs.get('FormApp.Form.getResponses')).toBe(306);
  });

  test("setDestination's sheet work is Google's: only the Form call is counted", () => {
    const { FormApp, rt, ss } = setup();
    const form = FormApp.create('A');
    form.addTextItem().setTitle('NIP');
    rt.resetCounters();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    expect(rt.snapshot()).toEqual({ 'FormApp.Form.setDestination': 1 });
  });
});

describe('emulator-only helpers', () => {
  test('_allForms summarises forms as JSON; _deleteForm makes openById fail and unlinks the sheet', () => {
    const { FormApp, ss } = setup();
    const { form } = quiz(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    submitResponse(form, { NIP, Nama: 'Ani' });
    const [s] = _allForms(FormApp);
    expect(JSON.parse(JSON.stringify(s))).toMatchObject({
      fileName: 'Pre-Test K01',
      title: 'Pre-Test K01',
      published: true,
      isQuiz: true,
      questions: 5,
      responses: 1,
      responseSheet: 'Jawaban Formulir 1',
    });
    expect(s.publishedUrl).toBe(form.getPublishedUrl());
    _deleteForm(FormApp, form.getId());
    expect(() => FormApp.openById(form.getId())).toThrow(FORM_MESSAGES.notFound);
    expect(ss._sheets[0].getFormUrl()).toBeNull();
    expect(_allForms(FormApp)).toEqual([]);
  });

  test('FormResponse.submit() by a script is checked like a respondent and stamped with the clock', () => {
    const { FormApp, rt } = setup();
    const form = FormApp.create('A');
    const nip = form.addTextItem().setTitle('NIP').setRequired(true);
    form.setPublished(true);
    expect(() => form.createResponse().submit()).toThrow(/Required question/);
    const r = form.createResponse().withItemResponse(nip.createResponse(NIP)).submit();
    const submittedAt = rt.now;
    expect(r.getTimestamp()?.getTime()).toBe(submittedAt);
    expect(() => r.submit()).toThrow(FORM_MESSAGES.alreadySubmitted);
    expect(form.getResponses(new Date(rt.now + 1))).toHaveLength(0);
    expect(form.getResponses(new Date(rt.now - 60_000))).toHaveLength(1);
  });

  test('getResponses(date) gives the responses submitted strictly after the date, in submission order', () => {
    const { FormApp } = setup();
    const form = FormApp.create('A');
    form.addTextItem().setTitle('NIP');
    form.setPublished(true);
    form.setAcceptingResponses(true);
    const at = (s: string) => new Date(`2026-11-24T08:00:${s}+07:00`);
    const a = submitResponse(form, { NIP }, { at: at('10.250') });
    const b = submitResponse(form, { NIP }, { at: at('05.000') });
    const c = submitResponse(form, { NIP }, { at: at('20.000') });
    expect(form.getResponses().map((r) => r.getId())).toEqual([b.id, a.id, c.id]);
    expect(form.getResponses(at('05.000')).map((r) => r.getId())).toEqual([a.id, c.id]);
    expect(form.getResponses(at('10.249')).map((r) => r.getId())).toEqual([a.id, c.id]);
    expect(form.getResponses(at('10.250')).map((r) => r.getId())).toEqual([c.id]);
    expect(form.getResponses(at('20.000'))).toEqual([]);
    expect(() => form.getResponses('2026-11-24' as unknown as Date)).toThrow(/getResponses/);
  });

  test('the environment exposes FormApp linked to its spreadsheet', () => {
    const env = createEnvironment();
    const FormApp = env.globals.FormApp as ReturnType<typeof createFormApp>;
    const form = FormApp.create('Lingkungan');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, env.ss._id);
    expect(env.ss._sheets[0].getFormUrl()).toContain(form.getId());
  });
});

describe('SimulatedParticipants', () => {
  const roster = Array.from({ length: 20 }, (_, i) => ({
    nip: `1985010120100110${String(i).padStart(2, '0')}`,
    name: `Peserta ${i + 1}`,
  }));

  function run(seed: number) {
    const { FormApp, ss } = setup();
    const { form } = quiz(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss._id);
    const report = new SimulatedParticipants(seed).answerForm(form as FakeForm, roster, {
      start: new Date('2026-11-24T08:00:00+07:00'),
      absent: 2,
      nipTypos: 1,
      duplicates: 2,
      late: 1,
      invalidNipAttempts: 1,
    });
    return { form, report, ss };
  }

  test('is deterministic for a seed and produces the requested mistakes', () => {
    const a = run(7);
    const b = run(7);
    const strip = (r: typeof a.report) =>
      r.submitted.map((s) => [s.nip, s.submittedNip, s.kind, s.at.getTime(), s.correct]);
    expect(strip(a.report)).toEqual(strip(b.report));
    expect(a.report.absent).toHaveLength(2);
    expect(a.report.submitted).toHaveLength(18 + 2);
    const typo = a.report.submitted.filter((s) => s.kind === 'typo');
    expect(typo).toHaveLength(1);
    expect(typo[0].submittedNip).toMatch(/^\d{18}$/);
    expect(typo[0].submittedNip).not.toBe(typo[0].nip);
    expect(a.report.submitted.filter((s) => s.kind === 'duplicate')).toHaveLength(2);
    const late = a.report.submitted.find((s) => s.kind === 'late');
    expect(late && late.at.getTime() - Date.parse('2026-11-24T08:00:00+07:00')).toBeGreaterThanOrEqual(
      3 * 86_400_000,
    );
    // The 17-digit attempt fails the form's validation, then the person retries.
    expect(a.report.rejected).toHaveLength(1);
    expect(a.report.rejected[0].attemptedNip).toHaveLength(17);
    expect(a.form.getResponses()).toHaveLength(20);
    expect(a.ss._sheets[0].getLastRow()).toBe(21);
    expect(strip(run(8).report)).not.toEqual(strip(a.report));
  });

  test('a form that is not a quiz is answered with an answer key given apart: same answers as the quiz', () => {
    const draw = (plain: boolean) => {
      const { FormApp } = setup();
      const { form } = quiz(FormApp);
      if (plain) {
        // the same form without quiz, correct choices or points
        form.setIsQuiz(false);
        for (const item of form._state.items) {
          for (const c of item.choices) c.correct = false;
          item.points = 0;
        }
      }
      const answerKey = plain
        ? {
            '1. Ibu kota Jawa Timur?': 'surabaya',
            '2. Kota mangga?': 'Probolinggo',
            '3. Nilai dasar ASN?': ['Berorientasi Pelayanan', 'Akuntabel'],
          }
        : undefined;
      const report = new SimulatedParticipants(11).answerForm(form as FakeForm, roster.slice(0, 8), {
        start: new Date('2026-11-24T08:00:00+07:00'),
        accuracy: 0.6,
        answerKey,
      });
      const answers = form.getResponses().map((r) => r.getItemResponses().map((x) => x.getResponse()));
      return { report, answers, form };
    };
    const q = draw(false);
    const p = draw(true);
    expect(p.form.isQuiz()).toBe(false);
    expect(p.answers).toEqual(q.answers);
    expect(p.report.submitted.map((s) => [s.correct, s.keyed])).toEqual(
      q.report.submitted.map((s) => [s.correct, s.keyed]),
    );
    expect(p.report.submitted.every((s) => s.keyed === 3)).toBe(true);
    // answers are the form's own choice text, so they pass its checks
    expect(p.answers.flat(2)).toContain('Surabaya');
  });

  test('accuracy 1 answers every keyed item correctly, accuracy 0 none', () => {
    for (const accuracy of [1, 0]) {
      const { FormApp } = setup();
      const { form } = quiz(FormApp);
      const report = new SimulatedParticipants(3).answerForm(form as FakeForm, roster.slice(0, 5), {
        start: new Date('2026-11-24T08:00:00+07:00'),
        accuracy,
      });
      const scores = form
        .getResponses()
        .map((r) => r.getGradableItemResponses().reduce((s, x) => s + (x.getScore() ?? 0), 0));
      expect(scores).toEqual(Array(5).fill(accuracy === 1 ? 10 : 0));
      expect(report.submitted.every((s) => s.correct === accuracy * s.keyed)).toBe(true);
    }
  });
});
