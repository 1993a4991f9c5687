'use strict';

/**
 * autocannon's setupRequest for a target whose every request must name something of its own
 * (see Target.perRequest in harness.ts): request N goes to `request.data.paths[N]`. It runs in
 * the load generator's worker thread, where this one module instance serves every connection,
 * so the counter below is shared by them and no path is sent twice.
 */
let next = 0;

module.exports = function nextPath(request) {
  const { paths } = request.data;
  // Past the end the last path repeats; its refusal counts as a failed request in the report.
  request.path = paths[Math.min(next, paths.length - 1)];
  next += 1;
  return request;
};
