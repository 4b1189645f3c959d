#include "core/connect/put_request.hpp"

#include <algorithm>

namespace printcam::connect {

PutResult put_to_connect(ports::HttpClient& http, const PutRequest& request) {
  const ports::HttpHeaderField headers[] = {
      {"Content-Type", request.content_type},
      {"Token", request.token},
      {"Fingerprint", request.fingerprint},
      {"User-Agent", kUserAgent},
  };
  ports::HttpClientRequest req;
  req.method = "PUT";
  req.url = request.url;
  req.headers = headers;
  req.header_count = std::size(headers);
  req.content_length = request.head_size + request.size;
  req.connect_timeout_ms = request.connect_timeout_ms;
  req.io_timeout_ms = request.io_timeout_ms;

  PutResult result;
  const auto fail = [&](const ports::HttpClientResult& r) {
    http.close();
    result.client = r;
    result.failure = classify_client_error(r.error);
    return result;
  };
  if (auto r = http.open(req); !r.ok()) return fail(r);
  for (const auto& [data, size] :
       {std::pair{request.head, request.head_size}, {request.body, request.size}}) {
    for (std::size_t done = 0; done < size;) {
      const std::size_t n = std::min(kBodyChunkBytes, size - done);
      if (auto r = http.write(data + done, n); !r.ok()) return fail(r);
      done += n;
      result.bytes_sent += n;
    }
  }
  if (auto r = http.fetch_response(&result.http_status); !r.ok()) return fail(r);
  // Connection: close ends the exchange; Connect's small JSON answer carries nothing we act on.
  http.close();
  result.failure = classify_status(result.http_status);
  return result;
}

}  // namespace printcam::connect
