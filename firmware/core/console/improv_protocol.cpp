#include "core/console/improv_protocol.hpp"

namespace printcam::console::improv {
namespace {

/// The packet's length byte caps its data at 255 bytes.
constexpr std::size_t kMaxData = 255;

}  // namespace

std::uint8_t checksum(const std::uint8_t* bytes, std::size_t len) {
  unsigned sum = 0;
  for (std::size_t i = 0; i < len; ++i) sum += bytes[i];
  return static_cast<std::uint8_t>(sum & 0xFFu);
}

std::optional<Bytes> build_packet(PacketType type, const Bytes& data) {
  if (data.size() > kMaxData) return std::nullopt;
  Bytes p(kMagic, kMagic + kMagicLength);
  p.push_back(kVersion);
  p.push_back(static_cast<std::uint8_t>(type));
  p.push_back(static_cast<std::uint8_t>(data.size()));
  p.insert(p.end(), data.begin(), data.end());
  p.push_back(checksum(p.data(), p.size()));
  p.push_back('\n');
  return p;
}

Bytes build_state(State state) {
  return *build_packet(PacketType::CurrentState, {static_cast<std::uint8_t>(state)});
}

Bytes build_error(Error error) {
  return *build_packet(PacketType::ErrorState, {static_cast<std::uint8_t>(error)});
}

std::optional<Bytes> build_rpc_result(std::uint8_t command, const std::vector<std::string>& strings) {
  Bytes data{command, 0};
  for (const std::string& s : strings) {
    if (s.size() > kMaxData) return std::nullopt;
    data.push_back(static_cast<std::uint8_t>(s.size()));
    data.insert(data.end(), s.begin(), s.end());
  }
  if (data.size() > kMaxData) return std::nullopt;
  data[1] = static_cast<std::uint8_t>(data.size() - 2);
  return build_packet(PacketType::RpcResult, data);
}

std::optional<Rpc> parse_rpc(const Bytes& data) {
  if (data.size() < 2 || data[1] != data.size() - 2) return std::nullopt;
  return Rpc{data[0], Bytes(data.begin() + 2, data.end())};
}

std::optional<WifiSettings> parse_wifi_settings(const Bytes& payload) {
  if (payload.empty()) return std::nullopt;
  const std::size_t ssid_len = payload[0];
  if (payload.size() < 1 + ssid_len + 1) return std::nullopt;
  const std::size_t pw_len = payload[1 + ssid_len];
  if (payload.size() != 2 + ssid_len + pw_len) return std::nullopt;
  const auto* p = payload.data();
  return WifiSettings{std::string(p + 1, p + 1 + ssid_len),
                      std::string(p + 2 + ssid_len, p + payload.size())};
}

}  // namespace printcam::console::improv
