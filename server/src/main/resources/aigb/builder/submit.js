// Submitting the profile to this server's registry, with the organisation's token. The server says
// whether it keeps a registry; where it does not, nothing is shown.

export function renderSubmit(app) {
  return null;
}
