#include "core/connect/connect_routes.hpp"

#include "core/http/errors.hpp"

namespace printcam::connect {

void register_connect_routes(http::Router& router, UploadTrigger& trigger) {
  router.add("POST", "/api/connect/upload", http::Access::kAdmin,
             [&trigger](ports::HttpRequest&, ports::HttpResponse& res) {
               const TriggerResult result = trigger.request_upload();
               if (!result.accepted) {
                 http::send_error(res, 409, result.code, result.message);
                 return;
               }
               res.set_status(202);
               res.add_header("Content-Type", "application/json");
               res.add_header("Cache-Control", "no-store");
               res.send("{\"queued\":true}");
             });
}

}  // namespace printcam::connect
