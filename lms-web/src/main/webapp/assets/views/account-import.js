// Administrators: import accounts from a CSV file. Check first (the server reads the file and reports
// every row's problems; nothing is written), then import all rows at once or none. The file is sent
// with XMLHttpRequest, because fetch cannot report upload progress; the server's own work (hashing
// each one-time password, then writing) is polled, so the progress bar shows real progress.

import { h } from '../dom.js';
import { t, hasText } from '../i18n.js';
import { getJson, failureKey } from '../api.js';
import { csrfHeaders } from '../session.js';
import { field, valueOf } from '../form.js';

const FIELDS = ['loginId', 'displayName', 'email', 'role', 'department', 'organisation'];
const POLL_MS = 500;
/** The upload takes this share of the bar during a commit; the server's steps take the rest. */
const UPLOAD_SHARE = 20;

/** POSTs the file as the body; resolves to { ok, status, body } like api.js, never rejects. */
function upload(url, file, onProgress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    for (const [name, value] of Object.entries(csrfHeaders())) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, body });
    });
    xhr.addEventListener('error', () => resolve({ ok: false, status: 0, body: null }));
    xhr.send(file);
  });
}

function problemText(error) {
  const key = `import.problem.${error.code}`;
  return hasText(key) ? t(key) : error.reason;
}

function rowErrorText(error) {
  const key = `import.error.${error.code}`;
  const text = hasText(key) ? t(key) : error.reason;
  return `${t(`import.field.${error.field}`)}: ${text}`;
}

function roleText(role) {
  const key = `import.role.${role}`;
  return hasText(key) ? t(key) : role;
}

function rowsTable(rows) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'data import-rows', 'data-testid': 'import-rows' },
      // Problems come right after the line number, so a phone shows them without scrolling sideways.
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('import.col.line')),
        h('th', { scope: 'col' }, t('import.col.problems')),
        h('th', { scope: 'col' }, t('import.field.loginId')),
        h('th', { scope: 'col' }, t('import.field.displayName')),
        h('th', { scope: 'col' }, t('import.field.email')),
        h('th', { scope: 'col' }, t('import.field.role')),
        h('th', { scope: 'col' }, t('import.field.organisation')))),
      h('tbody', {}, rows.map((row) => h('tr', { class: row.errors.length ? 'row-error' : null },
        h('td', {}, String(row.line)),
        h('td', {}, row.errors.length
          ? h('ul', { class: 'row-problems' }, row.errors.map((error) => h('li', {}, rowErrorText(error))))
          : h('span', { class: 'badge badge-ok' }, t('import.rowOk'))),
        h('td', {}, row.loginId ?? ''),
        h('td', {}, row.displayName ?? ''),
        h('td', {}, row.email ?? ''),
        h('td', {}, (row.roles ?? []).map(roleText).join(', ')),
        h('td', {}, [row.organisation, row.department].filter(Boolean).join(' / ')))))));
}

function errorsTable(errors) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'data import-rows' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('import.col.line')),
        h('th', { scope: 'col' }, t('import.col.problems')))),
      h('tbody', {}, errors.map((error) => h('tr', { class: 'row-error' },
        h('td', {}, error.line > 0 ? String(error.line) : ''),
        h('td', {}, rowErrorText(error)))))));
}

async function choices() {
  const [organisations, programmes] = await Promise.all([getJson('/api/organisations'), getJson('/api/programmes')]);
  return {
    organisations: organisations.ok ? organisations.body : [],
    cohorts: programmes.ok ? programmes.body.flatMap((programme) => programme.cohorts.map((cohort) => ({
      value: cohort.id, label: `${programme.name} / ${cohort.name}`,
    }))) : [],
  };
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('import.title')), h('p', { class: 'muted' }, t('status.loading')));
  const options = await choices();

  const fileField = field('file', t('import.file'), { type: 'file', required: true, hint: t('import.fileHint') });
  fileField.control.setAttribute('accept', '.csv,.txt,text/csv');
  const encodingField = field('encoding', t('import.encoding'), {
    type: 'select', value: 'auto', hint: t('import.encodingHint'),
    choices: [
      { value: 'auto', label: t('import.encoding.auto') },
      { value: 'utf-8', label: 'UTF-8' },
      { value: 'shift_jis', label: t('import.encoding.sjis') },
    ],
  });
  const organisationField = field('organisationId', t('import.organisation'), {
    type: 'select', hint: t('import.organisationHint'),
    choices: [{ value: '', label: t('import.none') },
      ...options.organisations.map((o) => ({ value: o.id, label: o.name }))],
  });
  const cohortField = field('cohortId', t('import.cohort'), {
    type: 'select', hint: t('import.cohortHint'),
    choices: [{ value: '', label: t('import.noSeat') }, ...options.cohorts],
  });
  const formFields = [fileField, encodingField, organisationField, cohortField];

  const summary = h('p', { class: 'error', role: 'alert', 'data-testid': 'import-error' });
  const progress = h('progress', { max: 100, value: 0, 'aria-label': t('import.progress'), hidden: true });
  const progressText = h('p', { class: 'muted', role: 'status', 'data-testid': 'import-progress-text' });
  const checkButton = h('button', { type: 'submit', class: 'button' }, t('import.check'));
  const preview = h('div', { class: 'import-preview', 'data-testid': 'import-preview' });
  const outcome = h('div', { class: 'import-outcome', 'data-testid': 'import-outcome' });
  const form = h('form', { class: 'form', novalidate: true }, formFields.map((f) => f.element), checkButton);

  let mapping = null;
  let busy = false;

  function showProgress(fraction, text) {
    progress.hidden = false;
    progress.value = Math.round(fraction * 100);
    progress.textContent = `${progress.value}%`;
    progressText.textContent = text;
  }

  function query() {
    const file = fileField.control.files[0];
    const params = new URLSearchParams({ fileName: file.name, encoding: valueOf(encodingField) ?? 'auto' });
    const organisation = valueOf(organisationField);
    const cohort = valueOf(cohortField);
    if (organisation) {
      params.set('organisationId', organisation);
    }
    if (cohort) {
      params.set('cohortId', cohort);
    }
    if (mapping) {
      for (const name of FIELDS) {
        params.set(`${name}Column`, mapping[name] ?? '');
      }
    }
    return params.toString();
  }

  function showFileProblem(result) {
    const errors = result.body?.errors ?? [];
    formFields.forEach((f) => { f.error.textContent = ''; f.control.removeAttribute('aria-invalid'); });
    const unclaimed = [];
    for (const error of errors) {
      const target = formFields.find((f) => f.name === error.field);
      if (target) {
        target.error.textContent = problemText(error);
        target.control.setAttribute('aria-invalid', 'true');
      } else {
        unclaimed.push(problemText(error));
      }
    }
    summary.textContent = errors.length ? unclaimed.join(' ') : t(failureKey(result));
  }

  function mappingControls(result) {
    const selects = FIELDS.map((name) => {
      const required = result.fields.find((f) => f.name === name)?.required;
      const control = field(`column-${name}`, t(`import.field.${name}`), {
        type: 'select', value: result.columns[name] ?? '', required,
        choices: [{ value: '', label: t('import.notUsed') }, ...result.headers.filter(Boolean)
          .map((header) => ({ value: header, label: header }))],
      });
      control.control.addEventListener('change', () => {
        mapping = { ...result.columns, [name]: control.control.value };
        FIELDS.forEach((other) => { mapping[other] = mapping[other] ?? ''; });
        check();
      });
      return control.element;
    });
    return h('details', { class: 'import-mapping' },
      h('summary', {}, t('import.mapping')),
      h('p', { class: 'hint' }, t('import.mappingHint')),
      h('div', { class: 'import-mapping-grid' }, selects));
  }

  function showPreview(result) {
    mapping = { ...result.columns };
    FIELDS.forEach((name) => { mapping[name] = mapping[name] ?? ''; });
    const onlyErrors = h('input', { type: 'checkbox', id: 'only-errors', checked: result.invalidRows > 0 });
    const table = h('div', {});
    const drawRows = () => table.replaceChildren(rowsTable(onlyErrors.checked
      ? result.rows.filter((row) => row.errors.length) : result.rows));
    onlyErrors.addEventListener('change', drawRows);
    drawRows();
    const commit = h('button', {
      type: 'button', class: 'button', 'data-testid': 'import-commit',
      disabled: result.invalidRows > 0 || result.rows.length === 0,
    }, t('import.commit', { count: result.validRows }));
    commit.addEventListener('click', () => runCommit(commit));
    preview.replaceChildren(h('section', { class: 'card' },
      h('h2', {}, t('import.previewTitle')),
      h('dl', { class: 'facts' },
        h('div', { class: 'fact' }, h('dt', {}, t('import.detected')), h('dd', { 'data-testid': 'import-encoding' },
          result.encoding)),
        h('div', { class: 'fact' }, h('dt', {}, t('import.validRows')), h('dd', {}, String(result.validRows))),
        h('div', { class: 'fact' }, h('dt', {}, t('import.invalidRows')),
          h('dd', { class: result.invalidRows ? 'error' : null, 'data-testid': 'import-invalid' },
            String(result.invalidRows))),
        result.cohort ? h('div', { class: 'fact' }, h('dt', {}, t('import.cohort')),
          h('dd', {}, `${result.cohort.programmeName} / ${result.cohort.name}`)) : null),
      mappingControls(result),
      result.invalidRows > 0 ? h('p', { class: 'notice' }, t('import.fixFirst')) : null,
      h('div', { class: 'field field-check' }, onlyErrors, h('label', { for: 'only-errors' }, t('import.onlyErrors'))),
      table,
      h('div', { class: 'actions' }, commit)));
    // On a phone the form fills the screen: bring the result into view.
    preview.scrollIntoView({ block: 'start' });
  }

  async function check() {
    if (busy) {
      return;
    }
    const file = fileField.control.files[0];
    summary.textContent = '';
    outcome.replaceChildren();
    if (!file) {
      fileField.error.textContent = t('import.chooseFile');
      fileField.control.setAttribute('aria-invalid', 'true');
      fileField.control.focus();
      return;
    }
    busy = true;
    checkButton.disabled = true;
    try {
      showProgress(0, t('import.uploading'));
      const result = await upload(`/api/account-imports/preview?${query()}`, file,
        (fraction) => showProgress(fraction, t('import.uploading')));
      if (!result.ok) {
        progress.hidden = true;
        progressText.textContent = '';
        preview.replaceChildren();
        showFileProblem(result);
        return;
      }
      formFields.forEach((f) => { f.error.textContent = ''; f.control.removeAttribute('aria-invalid'); });
      showProgress(1, t('import.checked', { count: result.body.rows.length }));
      showPreview(result.body);
    } finally {
      busy = false;
      checkButton.disabled = false;
    }
  }

  async function poll(id) {
    for (;;) {
      const result = await getJson(`/api/account-imports/${encodeURIComponent(id)}`);
      if (!result.ok) {
        return null;
      }
      const job = result.body;
      const share = (UPLOAD_SHARE + ((100 - UPLOAD_SHARE) * job.done) / Math.max(1, job.steps)) / 100;
      if (job.state === 'HASHING') {
        showProgress(share, t('import.hashing', { done: Math.min(job.done, job.rows), rows: job.rows }));
      } else if (job.state === 'WRITING') {
        showProgress(share, t('import.writing'));
      } else {
        return job;
      }
      await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    }
  }

  async function download(id, button) {
    button.disabled = true;
    const response = await fetch(`/api/account-imports/${encodeURIComponent(id)}/credentials`, {
      method: 'POST', credentials: 'same-origin', headers: csrfHeaders(),
    }).catch(() => null);
    if (!response || !response.ok) {
      button.replaceWith(h('p', { class: 'error', role: 'alert' }, t(response?.status === 410
        ? 'import.passwordsGone' : 'common.tryAgain')));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: 'manabi-accounts.csv', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    button.replaceWith(h('p', { class: 'success', role: 'status', 'data-testid': 'import-downloaded' },
      t('import.downloaded')));
  }

  async function runCommit(button) {
    if (busy) {
      return;
    }
    busy = true;
    button.disabled = true;
    checkButton.disabled = true;
    outcome.replaceChildren();
    summary.textContent = '';
    try {
      const file = fileField.control.files[0];
      const started = await upload(`/api/account-imports?${query()}`, file,
        (fraction) => showProgress((fraction * UPLOAD_SHARE) / 100, t('import.uploading')));
      if (!started.ok) {
        progress.hidden = true;
        progressText.textContent = '';
        if (started.body?.type === 'urn:manabi:problem:import-rows') {
          // The rows changed since the preview (an id was taken meanwhile): show the new preview.
          busy = false;
          await check();
        } else {
          showFileProblem(started);
        }
        return;
      }
      const job = await poll(started.body.id);
      if (!job) {
        summary.textContent = t('common.tryAgain');
        return;
      }
      if (job.state === 'DONE') {
        showProgress(1, t('import.done', { count: job.created }));
        const downloadButton = h('button', { type: 'button', class: 'button', 'data-testid': 'import-download' },
          t('import.download'));
        downloadButton.addEventListener('click', () => download(job.id, downloadButton));
        preview.replaceChildren();
        outcome.replaceChildren(h('section', { class: 'card' },
          h('h2', { class: 'success' }, t('import.done', { count: job.created })),
          h('p', { class: 'notice' }, t('import.passwordsOnce')),
          h('div', { class: 'actions' }, downloadButton)));
        outcome.scrollIntoView({ block: 'start' });
      } else {
        progress.hidden = true;
        progressText.textContent = '';
        outcome.replaceChildren(h('section', { class: 'card' },
          h('h2', { class: 'error' }, t('import.failed')),
          errorsTable(job.errors)));
        outcome.scrollIntoView({ block: 'start' });
      }
    } finally {
      busy = false;
      checkButton.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    mapping = null;
    check();
  });
  // A preview holds only for the choices it was made with: any change asks for a new check.
  formFields.forEach((f) => f.control.addEventListener('change', () => {
    mapping = f === fileField ? null : mapping;
    preview.replaceChildren();
  }));

  view.replaceChildren(
    h('h1', {}, t('import.title')),
    h('section', { class: 'card' },
      h('p', {}, t('import.lead')),
      h('p', { class: 'hint' }, t('import.format')),
      form, summary, progress, progressText),
    preview,
    outcome);
}
