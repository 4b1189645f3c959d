#include "core/connect/upload_status.hpp"

#include "core/json/json_escape.hpp"

namespace printcam::connect {
namespace {

void key(std::string& out, std::string_view k) {
  if (out.back() != '{') out += ',';
  json::append_string(out, k);
  out += ':';
}

void attempt_json(std::string& out, const AttemptRecord& a) {
  if (!a.valid) {
    out += "null";
    return;
  }
  out += '{';
  key(out, "uptime_s");
  out += std::to_string(a.uptime_ms / 1000);
  key(out, "at");
  out += a.unix_s > 0 ? std::to_string(a.unix_s) : "null";
  key(out, "ok");
  out += a.failure == Failure::kNone ? "true" : "false";
  key(out, "code");
  json::append_string(out, failure_code(a.failure));
  key(out, "message");
  json::append_string(out, failure_message(a.failure));
  key(out, "http_status");
  out += a.http_status > 0 ? std::to_string(a.http_status) : "null";
  key(out, "duration_ms");
  out += std::to_string(a.duration_ms);
  key(out, "bytes");
  out += std::to_string(a.bytes);
  if (!a.detail.empty()) {
    key(out, "detail");
    json::append_string(out, a.detail);
  }
  out += '}';
}

}  // namespace

std::string upload_status_json(const UploadStatus& s, std::uint64_t now_ms) {
  std::string out = "{";
  key(out, "state");
  json::append_string(out, s.state);
  key(out, "problem");
  if (s.problem.empty()) {
    out += "null";
  } else {
    json::append_string(out, s.problem);
  }
  key(out, "interval_s");
  out += std::to_string(s.interval_s);
  key(out, "url");
  json::append_string(out, s.url);
  key(out, "fingerprint");
  json::append_string(out, s.fingerprint);
  key(out, "next_attempt_in_s");
  if (s.state == "waiting") {
    out += std::to_string(s.next_attempt_ms > now_ms ? (s.next_attempt_ms - now_ms + 999) / 1000 : 0);
  } else {
    out += "null";
  }
  key(out, "last_attempt");
  attempt_json(out, s.last_attempt);
  key(out, "last_success");
  attempt_json(out, s.last_success);
  key(out, "consecutive_failures");
  out += std::to_string(s.consecutive_failures);
  key(out, "totals");
  out += '{';
  key(out, "attempts");
  out += std::to_string(s.attempts);
  key(out, "successes");
  out += std::to_string(s.successes);
  key(out, "failures");
  out += std::to_string(s.failures);
  key(out, "by_code");
  out += '{';
  for (std::size_t i = 1; i < kFailureKinds; ++i) {
    if (s.failures_by_kind[i] == 0) continue;
    key(out, failure_code(static_cast<Failure>(i)));
    out += std::to_string(s.failures_by_kind[i]);
  }
  out += "}}";
  key(out, "info");
  out += '{';
  key(out, "pending");
  out += s.info.pending ? "true" : "false";
  key(out, "sent");
  out += std::to_string(s.info.sent);
  key(out, "failures");
  out += std::to_string(s.info.failures);
  key(out, "last");
  attempt_json(out, s.info.last);
  out += "}}";
  return out;
}

}  // namespace printcam::connect
