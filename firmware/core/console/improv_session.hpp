#pragma once
// The device side of Improv Serial: answers RPCs and reports the provisioning state machine,
//   READY --wifi settings--> PROVISIONING --joined--> PROVISIONED (+ RPC result: the camera's URL)
//                                          --failed or timed out--> error UNABLE_TO_CONNECT, READY.
// A camera already on Wi-Fi (provisioned earlier, or by the `wifi` text command) reports
// PROVISIONED with its URL, so the client can go straight to the camera.

#include <cstdint>

#include "core/console/console_backend.hpp"
#include "core/console/improv_protocol.hpp"
#include "core/console/join_starter.hpp"
#include "core/console/join_tracker.hpp"
#include "core/console/serial_writer.hpp"

namespace printcam::console {

class ImprovSession {
 public:
  ImprovSession(ConsoleBackend& backend, SerialWriter& out, const JoinTracker& tracker, JoinStarter& joins)
      : backend_(backend), out_(out), tracker_(tracker), joins_(joins) {}

  void on_packet(std::uint8_t type, const improv::Bytes& data);
  void on_bad_packet();
  void on_join_outcome(const JoinOutcome& outcome);

 private:
  improv::State current_state(WifiState& wifi);
  void send_state_and_url(std::uint8_t command);
  void send_result(std::uint8_t command, const std::vector<std::string>& strings);
  void send_scan();

  ConsoleBackend& backend_;
  SerialWriter& out_;
  const JoinTracker& tracker_;
  JoinStarter& joins_;
};

}  // namespace printcam::console
